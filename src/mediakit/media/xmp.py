"""An XMP packet for a still's publication copy: its caption, credit, copyright,
alt text and the film's title, as photo desks read them (IPTC Photo Metadata).

Our own small writer (no dependency): the fields are few and fixed, and the
text comes from strangers, so everything is escaped for XML and anything XML
1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) is
dropped, as are the bidi overrides that could make a caption read otherwise
in a desk's tool. Texts in several languages are ``rdf:Alt`` lists with an
``xml:lang`` for each and ``x-default`` first, in the export's language.

Fields (exiftool's names in brackets): ``dc:description`` [Description],
``photoshop:Credit`` [Credit], ``dc:creator`` [Creator], ``dc:rights``
[Rights], ``Iptc4xmpCore:AltTextAccessibility`` [AltTextAccessibility],
``photoshop:Headline`` [Headline].
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from mediakit import __version__

XMP_NAMESPACE = "http://ns.adobe.com/xap/1.0/"
PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"  # the XMP specification's own, in every packet
PADDING = 512  # spaces before the trailer, so a tool can edit the packet in place

# What XML 1.0 cannot carry, C1 controls, and the bidi embeddings, overrides and isolates.
_DROPPED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities (what xml.sax.saxutils.escape does,
    without its import of urllib and http: 30 ms when the stills page is built)."""
    return html.escape(text, quote=False)


def clean(text: str) -> str:
    """``text`` as XMP may carry it: line ends made ``\\n``, what XML cannot hold dropped."""
    return _DROPPED.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


@dataclass(frozen=True)
class StillMetadata:
    """What is written into a publication copy. ``captions`` and ``alts`` map a
    language code to the text; ``language`` is the export's (``x-default``)."""

    language: str
    captions: Mapping[str, str] = field(default_factory=dict)
    alts: Mapping[str, str] = field(default_factory=dict)
    credit: str = ""
    copyright: str = ""
    film: str = ""

    def caption(self) -> str:
        return _pick(self.captions, self.language)

    def alt(self) -> str:
        return _pick(self.alts, self.language)


def _pick(values: Mapping[str, str], language: str) -> str:
    for code, text in values.items():
        if code.lower() == language.lower():
            return text
    return next(iter(values.values()), "")


def _text(value: str) -> str:
    return escape(clean(value))


def _alternatives(values: Mapping[str, str], language: str) -> list[str]:
    """The ``rdf:li`` of an ``rdf:Alt``: ``x-default`` (the export's language), then each."""
    kept = {code: clean(text) for code, text in values.items() if _LANGUAGE.fullmatch(code)}
    kept = {code: text for code, text in kept.items() if text}
    if not kept:
        return []
    default = _pick(kept, language)
    items = [f'<rdf:li xml:lang="x-default">{escape(default)}</rdf:li>']
    items += [f'<rdf:li xml:lang="{code}">{escape(text)}</rdf:li>' for code, text in kept.items()]
    return items


def _property(name: str, container: str, items: list[str]) -> list[str]:
    if not items:
        return []
    inner = "".join(f"\n     {item}" for item in items)
    return [f"   <{name}>\n    <{container}>{inner}\n    </{container}>\n   </{name}>"]


def _simple(name: str, value: str) -> list[str]:
    text = _text(value)
    return [f"   <{name}>{text}</{name}>"] if text else []


def packet_xml(meta: StillMetadata) -> str:
    """The ``x:xmpmeta`` element (what a sidecar ``.xmp`` file holds)."""
    language = meta.language
    rights = {language: meta.copyright} if meta.copyright else {}
    creator = _text(meta.credit)
    body = [
        *_simple("photoshop:Headline", meta.film),
        *_simple("photoshop:Credit", meta.credit),
        *_property("dc:description", "rdf:Alt", _alternatives(meta.captions, language)),
        *_property("dc:creator", "rdf:Seq", [f"<rdf:li>{creator}</rdf:li>"] if creator else []),
        *_property("dc:rights", "rdf:Alt", _alternatives(rights, language)),
        *_property(
            "Iptc4xmpCore:AltTextAccessibility", "rdf:Alt", _alternatives(meta.alts, language)
        ),
    ]
    return "\n".join(
        [
            f'<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="mediakit {__version__}">',
            ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
            '  <rdf:Description rdf:about=""',
            '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
            '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
            '    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">',
            *body,
            "  </rdf:Description>",
            " </rdf:RDF>",
            "</x:xmpmeta>",
        ]
    )


def packet(meta: StillMetadata) -> bytes:
    """The whole packet, UTF-8, with its ``xpacket`` wrapper and some padding."""
    return (
        f'<?xpacket begin="\ufeff" id="{PACKET_ID}"?>\n'
        f"{packet_xml(meta)}\n"
        f"{' ' * PADDING}\n"
        '<?xpacket end="w"?>'
    ).encode()


def sidecar(meta: StillMetadata) -> bytes:
    """A sidecar ``.xmp`` file's content."""
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{packet_xml(meta)}\n'.encode()
