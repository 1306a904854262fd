"""Rendering official documents (.docx) from the models: templates, typesetting, frame."""
