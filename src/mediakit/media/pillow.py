"""The Pillow side of :mod:`mediakit.media.images`: imported only by workers."""

from __future__ import annotations

import io
import logging
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError
from PySide6.QtGui import QImage

from mediakit.kit.problems import media as say
from mediakit.media.decoding import TRUNCATED, Box, DecodeError, fitted_size
from mediakit.media.orientation import QUARTER_TURNS, orientation, upright
from mediakit.safeio import open_regular

log = logging.getLogger(__name__)

# The format promises stills of 100 megapixels; Pillow's default warns from
# 89 MP. At this value it warns above 120 MP and refuses above 240 MP
# (DecompressionBombError), which we report as a limit, by name.
Image.MAX_IMAGE_PIXELS = 120_000_000

_OPENING = threading.Lock()

_JPEG_EOI = b"\xff\xd9"
_DRAFTABLE = {"JPEG", "MPO"}  # the formats whose decoder can reduce as it decodes


def decode_with_pillow(path: Path, box: Box | None) -> QImage:
    """``path`` decoded to fit ``box``, or in full when None (see :func:`.images.decode`).

    Raises only :class:`DecodeError`: whatever Pillow raises on hostile data
    (TypeError, struct.error, KeyError… from a parser) becomes one naming the file.
    """
    try:
        return _decode(path, box)
    except DecodeError:
        raise
    except FileNotFoundError:
        raise DecodeError(path, say.DECODE_NOT_FOUND()) from None
    except PermissionError:
        raise DecodeError(path, say.DECODE_PERMISSION()) from None
    except UnidentifiedImageError:
        raise DecodeError(path, say.DECODE_UNREADABLE()) from None
    except Image.DecompressionBombError:
        limit = 2 * (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000
        raise DecodeError(path, say.DECODE_TOO_LARGE(limit=limit)) from None
    except (OSError, ValueError, SyntaxError, MemoryError) as error:
        # Pillow reports broken data as any of these; the text helps a producer.
        raise DecodeError(path, say.DECODE_FAILED(error=str(error))) from None
    except Exception as error:  # a parser tripping on hostile data: still the file's fault
        log.debug("decoding %s failed", path, exc_info=True)
        raise DecodeError(
            path, say.DECODE_FAILED(error=f"{type(error).__name__}: {error}")
        ) from None


def _decode(path: Path, box: Box | None) -> QImage:
    try:
        # Never a FIFO or a device swapped in since the kit was checked: a worker
        # blocked in open() forever is a window that never finishes loading.
        with open_regular(path) as handle, _open(handle, path) as im:
            image = _reduce(im, box)
        truncated = False
    except OSError as error:
        if "truncated" not in str(error):
            raise
        image = _reduce_truncated_jpeg(path, box, error)
        truncated = True
    qimage = to_qimage(image)
    if truncated:
        qimage.setText(TRUNCATED, "1")
    return qimage


def _open(source: BinaryIO, path: Path) -> Image.Image:
    """``Image.open`` of ``source`` (the still at ``path``), its warnings logged (see
    :func:`_warnings_logged`)."""
    with _warnings_logged(path):
        return Image.open(source)


@contextmanager
def _warnings_logged(source: object) -> Iterator[None]:
    """Pillow's warnings logged at debug level, never printed nor raised.

    Pillow warns of a DecompressionBombWarning (120-240 MP: within our limit,
    it decodes normally) and of corrupt EXIF, which it then skips: neither
    stops a still, so neither may print in a CLI run or fail under ``-W error``.
    The warnings filters are global in Python 3.11, so these blocks (header and
    EXIF reads, fast) take turns; decoding itself runs in parallel.
    """
    with _OPENING, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        log.debug("%s: Pillow warns: %s", source, warning.message)


def _reduce(im: Image.Image, box: Box | None) -> Image.Image:
    if box is not None:
        _draft(im, box)
    im.load()
    upright = _upright(im)
    if box is not None:
        target = fitted_size(upright.size, box)
        if target != upright.size:
            upright = upright.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    return upright


def _draft(im: Image.Image, box: Box) -> None:
    """Ask libjpeg for 1/2, 1/4 or 1/8 scale, still >= what ``box`` needs."""
    if im.format not in _DRAFTABLE:
        return  # reading a PNG's EXIF now would decode it all, for nothing
    # draft() works in the stored orientation: turn the box with the picture.
    stored_box = (box[1], box[0]) if _orientation(im) in QUARTER_TURNS else box
    im.draft("RGB", fitted_size(im.size, stored_box))


def _upright(im: Image.Image) -> Image.Image:
    with _warnings_logged(_name(im)):  # Pillow warns of odd EXIF: logged, not raised
        return upright(im)


def _orientation(im: Image.Image) -> int:
    with _warnings_logged(_name(im)):
        return orientation(im)


def _name(im: Image.Image) -> str:
    return str(getattr(im, "filename", "") or "a still")


def _reduce_truncated_jpeg(path: Path, box: Box | None, error: OSError) -> Image.Image:
    """Show what a cut-off JPEG holds: an end marker lets libjpeg finish in grey."""
    with open_regular(path) as handle:
        data = handle.read()
    if not data.startswith(b"\xff\xd8"):
        raise DecodeError(path, say.DECODE_CUT_SHORT(error=str(error)))
    log.info("%s is truncated; showing the part that decodes", path)
    try:
        with _open(io.BytesIO(data + _JPEG_EOI), path) as im:
            return _reduce(im, box)
    except OSError:
        raise DecodeError(path, say.DECODE_CUT_SHORT(error=str(error))) from None


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
