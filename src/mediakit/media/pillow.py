"""The Pillow side of :mod:`mediakit.media.images`: imported only by workers."""

from __future__ import annotations

import io
import logging
import threading
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from PySide6.QtGui import QImage

from mediakit.media.images import TRUNCATED, Box, DecodeError, fitted_size

log = logging.getLogger(__name__)

# The format promises stills of 100 megapixels; Pillow's default warns from
# 89 MP. At this value it warns above 120 MP and refuses above 240 MP
# (DecompressionBombError), which we report as a limit, by name.
Image.MAX_IMAGE_PIXELS = 120_000_000

_OPENING = threading.Lock()

# EXIF orientations 5-8 turn the picture a quarter: width and height swap.
_QUARTER_TURNS = {5, 6, 7, 8}
_EXIF_ORIENTATION = 0x0112
_JPEG_EOI = b"\xff\xd9"


def decode_with_pillow(path: Path, box: Box | None) -> QImage:
    """``path`` decoded to fit ``box``, or in full when None (see :func:`.images.decode`)."""
    try:
        try:
            with _open(path) as im:
                image = _reduce(im, box)
            truncated = False
        except OSError as error:
            if "truncated" not in str(error):
                raise
            image = _reduce_truncated_jpeg(path, box, error)
            truncated = True
    except DecodeError:
        raise
    except FileNotFoundError:
        raise DecodeError(path, "file not found") from None
    except PermissionError:
        raise DecodeError(path, "permission denied") from None
    except UnidentifiedImageError:
        raise DecodeError(path, "not a readable image (JPEG, PNG, WebP or TIFF)") from None
    except Image.DecompressionBombError:
        limit = 2 * (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000
        raise DecodeError(path, f"larger than the limit of {limit} megapixels") from None
    except (OSError, ValueError, SyntaxError, MemoryError) as error:
        # Pillow reports broken data as any of these; the text helps a producer.
        raise DecodeError(path, f"cannot be decoded ({error})") from None
    qimage = to_qimage(image)
    if truncated:
        qimage.setText(TRUNCATED, "1")
    return qimage


def _open(path: Path | io.BytesIO) -> Image.Image:
    """``Image.open`` without Pillow's DecompressionBombWarning (120-240 MP): such a
    still is within our limit and decodes normally; above it Pillow still refuses.

    The filter change is global in Python 3.11, so opens (header reads, fast)
    take turns; decoding itself runs in parallel.
    """
    with _OPENING, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(path)


def _reduce(im: Image.Image, box: Box | None) -> Image.Image:
    if box is not None:
        # draft() works in the stored orientation: turn the box with the picture.
        orientation = im.getexif().get(_EXIF_ORIENTATION, 1)
        stored_box = (box[1], box[0]) if orientation in _QUARTER_TURNS else box
        target = fitted_size(im.size, stored_box)
        # Asks libjpeg for 1/2, 1/4 or 1/8 scale, still >= target; no-op elsewhere.
        im.draft("RGB", target)
    im.load()
    upright = ImageOps.exif_transpose(im)
    if box is not None:
        target = fitted_size(upright.size, box)
        if target != upright.size:
            upright = upright.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    return upright


def _reduce_truncated_jpeg(path: Path, box: Box | None, error: OSError) -> Image.Image:
    """Show what a cut-off JPEG holds: an end marker lets libjpeg finish in grey."""
    data = path.read_bytes()
    if not data.startswith(b"\xff\xd8"):
        raise DecodeError(path, f"the file is cut short ({error})")
    log.info("%s is truncated; showing the part that decodes", path)
    try:
        with _open(io.BytesIO(data + _JPEG_EOI)) as im:
            return _reduce(im, box)
    except OSError:
        raise DecodeError(path, f"the file is cut short ({error})") from None


def to_qimage(image: Image.Image) -> QImage:
    """A deep-copied ``QImage`` of ``image`` (RGBA when it has transparency)."""
    alpha = image.mode in {"RGBA", "LA", "PA"} or image.has_transparency_data
    if alpha:
        rgb = image.convert("RGBA")
        fmt, depth = QImage.Format.Format_RGBA8888, 4
    else:
        rgb = image.convert("RGB")
        fmt, depth = QImage.Format.Format_RGB888, 3
    data = rgb.tobytes()
    width, height = rgb.size
    # QImage wraps the bytes without owning them: copy before they go away.
    return QImage(data, width, height, width * depth, fmt).copy()
