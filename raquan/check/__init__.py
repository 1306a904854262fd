"""``raquan check``: every selected rule run over the files, the diagnostics returned."""
