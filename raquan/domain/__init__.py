"""What raquan knows about Vietnamese administration, shared by every command: units and their
names, dates and working days, document types, the phrases documents are written in."""
