"""raquan's command line (``raquan.cli.app``): one module per command, each parsing its options
and printing what the core returns."""
