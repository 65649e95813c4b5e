"""The gallery's thumbnails: JPEGs a few widths wide, upright, without metadata.

Pillow, without Qt (:mod:`mediakit.media.pillow` hands back ``QImage``, which
this package may not touch): the JPEG decoder reduces as it decodes
(``draft``), the EXIF orientation is applied the way the window applies it
(an unreadable orientation means "as stored", never a failure), and the files
are written without EXIF, XMP or comments — a caption's author or a camera's
serial number has no business in a web thumbnail. The colour profile is kept:
it is colour, not metadata.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from mediakit.media.orientation import QUARTER_TURNS, orientation, upright
from mediakit.safeio import open_regular

log = logging.getLogger(__name__)

WIDTHS = (480, 960, 1600)
QUALITY = 82
MAX_PIXELS = 240_000_000  # as the window: beyond this a still is refused, not decoded


@dataclass(frozen=True)
class Thumbnail:
    width: int
    height: int
    data: bytes  # a JPEG


class ThumbnailError(Exception):
    """The picture cannot be decoded; ``str()`` says why, for the user."""


def widths_for(width: int, wanted: Sequence[int] = WIDTHS) -> list[int]:
    """The thumbnail widths for a picture ``width`` wide: never enlarged, at least one;
    its own width too when it is well beyond the largest of them (1000 adds nothing to 960)."""
    smaller = [w for w in wanted if w < width]
    if width <= max(wanted) and (not smaller or width > smaller[-1] * 1.2):
        smaller.append(width)
    return smaller


def thumbnails(path: Path, wanted: Sequence[int] = WIDTHS) -> list[Thumbnail]:
    """The picture at ``path`` as JPEG thumbnails at :func:`widths_for` widths, smallest first."""
    try:
        return _make(path, wanted)
    except ThumbnailError:
        raise
    except Exception as error:  # whatever Pillow raises on a stranger's file
        log.debug("thumbnails of %s failed", path, exc_info=True)
        raise ThumbnailError(str(error) or type(error).__name__) from None


def _make(path: Path, wanted: Sequence[int]) -> list[Thumbnail]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a DecompressionBombWarning is within our limit
        with open_regular(path) as handle, Image.open(handle) as im:
            if im.width * im.height > MAX_PIXELS:
                raise ThumbnailError(f"{im.width}×{im.height} is beyond the still limit")
            stored = orientation(im)
            turned = stored in QUARTER_TURNS
            upright_width = im.height if turned else im.width
            sizes = widths_for(upright_width, wanted)
            if im.format in ("JPEG", "MPO"):  # reduce while decoding, to what the largest needs
                scale = max(sizes) / upright_width
                im.draft("RGB", (max(1, round(im.width * scale)), max(1, round(im.height * scale))))
            icc = im.info.get("icc_profile")
            im.load()
            picture = upright(im, stored)
    picture = _flattened(picture)
    made = []
    for width in sizes:
        height = max(1, round(picture.height * width / picture.width))
        scaled = (
            picture
            if (width, height) == picture.size
            else picture.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        )
        out = io.BytesIO()
        options = {"icc_profile": icc} if isinstance(icc, bytes) else {}
        scaled.save(out, "JPEG", quality=QUALITY, optimize=True, progressive=True, **options)
        made.append(Thumbnail(width, height, out.getvalue()))
    return made


def _flattened(picture: Image.Image) -> Image.Image:
    """RGB for JPEG: a transparent picture on white, as a page would show it."""
    if picture.mode in ("RGBA", "LA", "PA") or picture.has_transparency_data:
        rgba = picture.convert("RGBA")
        ground = Image.new("RGB", rgba.size, (255, 255, 255))
        ground.paste(rgba, mask=rgba.getchannel("A"))
        return ground
    return picture.convert("RGB")
