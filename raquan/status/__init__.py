"""``raquan status``: the follow-up of a plan, units by tracked duties (terminal, web page,
Excel workbook)."""
