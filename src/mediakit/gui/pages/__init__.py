"""One module per section of the window."""
