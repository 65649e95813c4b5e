"""The window and its widgets, fed by kit objects and media signals."""
