"""Files the GUI loads: the app icon and style sheet."""
