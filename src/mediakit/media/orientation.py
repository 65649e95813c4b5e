"""A picture's EXIF orientation, and how to show it upright — without Qt, for
the window's decoder (:mod:`mediakit.media.pillow`) and the web press page's
thumbnails alike."""

from __future__ import annotations

import logging

from PIL import Image

log = logging.getLogger(__name__)

EXIF_ORIENTATION = 0x0112
# EXIF orientations 5-8 turn the picture a quarter: width and height swap.
QUARTER_TURNS = frozenset({5, 6, 7, 8})
# How to show each stored orientation upright (the table of ImageOps.exif_transpose,
# which we do not call: it also rewrites the EXIF, and odd tags make that raise).
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def orientation(im: Image.Image) -> int:
    """The EXIF orientation, 1-8; 1 when the EXIF cannot be read or holds anything else.

    A still with odd EXIF (an ASCII resolution, a value out of range, a block cut
    short) is still a good picture: it is shown as stored rather than refused.
    """
    try:
        value = im.getexif().get(EXIF_ORIENTATION, 1)
    except Exception as error:  # Pillow's EXIF parser raises many kinds on hostile data
        log.debug("ignoring the unreadable EXIF of %s: %r", _name(im), error)
        return 1
    if type(value) is int and 1 <= value <= 8:
        return value
    log.debug("ignoring the EXIF orientation %r of %s", value, _name(im))
    return 1


def upright(im: Image.Image, stored: int | None = None) -> Image.Image:
    """``im`` (loaded) turned as its orientation (``stored``, else its EXIF's) says;
    a new image either way, so that ``im`` may be closed after this."""
    method = UPRIGHT.get(orientation(im) if stored is None else stored)
    return im.transpose(method) if method is not None else im.copy()


def _name(im: Image.Image) -> str:
    return str(getattr(im, "filename", "") or "a still")
