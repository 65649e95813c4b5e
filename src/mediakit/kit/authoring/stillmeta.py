"""A still's size, caption and credit, read from its header — never decoded.

Pillow opens lazily: the size, EXIF, XMP and IPTC are read from the header
and the pixels are never decoded. The caption is the image's own description
and the credit its author and copyright, as the three metadata families say
them: XMP first (Unicode, what current tools write), then IPTC, then EXIF
(often ASCII only, or stale after an edit).

XMP is parsed with the standard library, which expands entities: a packet
declaring any (``<!DOCTYPE``/``<!ENTITY``) is ignored, so a planted "billion
laughs" costs nothing (defusedxml, which Pillow's ``getxmp`` needs, is not a
dependency).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image, ImageFile, IptcImagePlugin

from mediakit.safeio import open_regular

_FORMATS = ["JPEG", "PNG", "WEBP", "TIFF"]
_EXIF_DESCRIPTION, _EXIF_ARTIST, _EXIF_COPYRIGHT, _EXIF_ORIENTATION = 0x010E, 0x013B, 0x8298, 0x112
_IPTC_CAPTION, _IPTC_BYLINE, _IPTC_COPYRIGHT = (2, 120), (2, 80), (2, 116)
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XMP_LIMIT = 4 << 20  # a PNG's iTXt may be large; a real packet is a few KiB
# What cameras write in ImageDescription when nobody did: "OLYMPUS DIGITAL CAMERA", "SONY DSC".
_CAMERA_DEFAULT = re.compile(r"(?i)(?:[\w-]+ )?(?:digital camera|dsc)|default|untitled")
_ROTATED = frozenset({5, 6, 7, 8})  # EXIF orientations that swap width and height


@dataclass(frozen=True)
class StillMeta:
    width: int
    height: int
    caption: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class _Said:
    """What one metadata family says: description, authors, rights."""

    description: str | None = None
    author: str | None = None
    rights: str | None = None


def read_still(path: Path) -> StillMeta | None:
    """Size and metadata of the still at ``path``; None when Pillow cannot open it."""
    try:
        with open_regular(path) as handle, warnings.catch_warnings():
            # A 100-megapixel still is allowed by the format: not a "bomb" to warn of.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(handle, formats=_FORMATS) as image:
                return _meta(image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, EOFError):
        return None


def _meta(image: ImageFile.ImageFile) -> StillMeta:
    # A PNG without an eXIf chunk before its pixels decodes them all to look after: not here.
    exif = image.getexif() if image.format != "PNG" or "exif" in image.info else Image.Exif()
    width, height = image.size
    if exif.get(_EXIF_ORIENTATION) in _ROTATED:
        width, height = height, width
    said = (_xmp(image.info.get("xmp")), _iptc(image), _exif(exif))
    description = next((s.description for s in said if _meant(s.description)), None)
    author = next((s.author for s in said if s.author), None)
    rights = next((s.rights for s in said if s.rights), None)
    return StillMeta(width, height, description, _credit(author, rights))


def _meant(description: str | None) -> bool:
    """A description someone wrote, not a camera's default ("OLYMPUS DIGITAL CAMERA")."""
    return bool(description) and not _CAMERA_DEFAULT.fullmatch(description or "")


def _credit(author: str | None, rights: str | None) -> str | None:
    """``Jane Doe / © Rope Films``; the rights alone when they name the author already."""
    if author and rights:
        return rights if author.casefold() in rights.casefold() else f"{author} / {rights}"
    return author or rights


def _clean(value: object) -> str | None:
    if isinstance(value, bytes):
        value = _decode(value)
    if not isinstance(value, str):
        return None
    # EXIF pads with NULs; Copyright holds "photographer\0editor". Line breaks are kept.
    parts = ["\n".join(_spaced(line) for line in part.splitlines()) for part in value.split("\x00")]
    text = ", ".join(part.strip() for part in parts if part.strip())
    return text or None


def _spaced(line: str) -> str:
    return " ".join(line.split())


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # IPTC's usual encoding when not UTF-8


def _exif(exif: Image.Exif) -> _Said:
    return _Said(
        _clean(_exif_text(exif.get(_EXIF_DESCRIPTION))),
        _clean(_exif_text(exif.get(_EXIF_ARTIST))),
        _clean(_exif_text(exif.get(_EXIF_COPYRIGHT))),
    )


def _exif_text(value: object) -> object:
    """EXIF's "ASCII" as written: UTF-8 by most tools today, which Pillow reads as
    Latin-1 ("Ã©" for "é"); taken back to UTF-8 where the bytes are UTF-8."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except UnicodeError:
            return value
    return value


def _iptc(image: ImageFile.ImageFile) -> _Said:
    try:
        info = IptcImagePlugin.getiptcinfo(image) or {}
    except Exception:  # a damaged IPTC block: Pillow's parser raises anything
        return _Said()

    def field(key: tuple[int, int]) -> str | None:
        value = info.get(key)
        values = value if isinstance(value, list) else [value]
        texts = [text for text in map(_clean, values) if text]
        return ", ".join(texts) or None

    return _Said(field(_IPTC_CAPTION), field(_IPTC_BYLINE), field(_IPTC_COPYRIGHT))


def _xmp(packet: object) -> _Said:
    if isinstance(packet, str):
        packet = packet.encode("utf-8")
    if not isinstance(packet, bytes) or len(packet) > _XMP_LIMIT:
        return _Said()
    lowered = packet.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        return _Said()
    start = packet.find(b"<")
    try:
        root = ElementTree.fromstring(packet[start:].rstrip(b"\x00 \t\r\n") if start >= 0 else b"")
    except ElementTree.ParseError:
        return _Said()
    return _Said(_alt(root, "description"), _seq(root, "creator"), _alt(root, "rights"))


def _alt(root: ElementTree.Element, name: str) -> str | None:
    """A language alternative (``rdf:Alt``): its ``x-default``, else its first."""
    items = [li for element in root.iter(f"{_DC}{name}") for li in element.iter(f"{_RDF}li")]
    default = [li for li in items if li.get(_XML_LANG, "").lower() == "x-default"]
    return next((text for li in default + items if (text := _clean(li.text))), None)


def _seq(root: ElementTree.Element, name: str) -> str | None:
    """An ordered list (``rdf:Seq`` of creators): joined with commas."""
    items = [li for element in root.iter(f"{_DC}{name}") for li in element.iter(f"{_RDF}li")]
    texts = [text for li in items if (text := _clean(li.text))]
    return ", ".join(dict.fromkeys(texts)) or None
