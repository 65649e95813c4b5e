"""Decoding stills at the size they are shown, off the GUI thread.

A 6000x4000 JPEG takes ~150 ms and 92 MiB to decode in full, yet a thumbnail
needs 1/64th of its pixels. :func:`decode` asks the JPEG decoder itself for a
reduced scale (``draft``) before resizing, applies the EXIF orientation (odd
or unreadable EXIF is ignored: the picture is shown as stored), and returns a
``QImage`` (never a ``QPixmap``: workers run it). Every failure, whatever
Pillow raised, becomes a :class:`DecodeError` whose message names the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

# Key set on a QImage (QImage.text) when only part of the file could be read.
TRUNCATED = "mediakit-truncated"

Box = tuple[int, int]


class DecodeError(Exception):
    """A still that cannot be shown; ``str()`` is the message for the user."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


def fitted_size(size: Box, box: Box) -> Box:
    """``size`` scaled to fit inside ``box``, keeping its shape, never enlarged."""
    width, height = size
    scale = min(box[0] / width, box[1] / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))


def decode(path: Path, box: Box | int | None = None) -> QImage:
    """``path`` decoded to fit ``box`` (an int is a square), or in full when None.

    Runs in a worker. A truncated JPEG gives what decodes (the rest grey) and
    the image's ``text(TRUNCATED)`` is ``"1"``. Pillow is imported here, on
    first use in a worker, so that it costs nothing at start-up.
    """
    from mediakit.media.pillow import decode_with_pillow

    return decode_with_pillow(path, (box, box) if isinstance(box, int) else box)
