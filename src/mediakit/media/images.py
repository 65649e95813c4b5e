"""Decoding stills at the size they are shown, off the GUI thread.

A 6000x4000 JPEG takes ~150 ms and 92 MiB to decode in full, yet a thumbnail
needs 1/64th of its pixels. :func:`decode` asks the JPEG decoder itself for a
reduced scale (``draft``) before resizing, applies the EXIF orientation (odd
or unreadable EXIF is ignored: the picture is shown as stored), and returns a
``QImage`` (never a ``QPixmap``: workers run it). Every failure, whatever
Pillow raised, becomes a :class:`~mediakit.media.decoding.DecodeError` whose
message names the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from mediakit.media.decoding import Box


def decode(path: Path, box: Box | int | None = None) -> QImage:
    """``path`` decoded to fit ``box`` (an int is a square), or in full when None.

    Runs in a worker. A truncated JPEG gives what decodes (the rest grey) and
    the image's ``text(TRUNCATED)`` is ``"1"``. Pillow is imported here, on
    first use in a worker, so that it costs nothing at start-up.
    """
    from mediakit.media.pillow import decode_with_pillow

    return decode_with_pillow(path, (box, box) if isinstance(box, int) else box)
