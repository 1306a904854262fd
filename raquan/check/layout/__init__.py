"""The layout checks' shared machinery: what a .docx check sees (``LayoutContext``), the parts
of a document found in any .docx (``anatomy``), and the way findings are worded (``say``)."""
