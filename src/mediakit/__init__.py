"""mediakit: an offline viewer for press kits."""

__version__ = "0.1.0"
