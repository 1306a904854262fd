"""Units' result files: finding them, adding them up, and rendering the reports."""
