"""``CREDITS.txt`` and ``credits.csv`` of a publication export.

CREDITS.txt is for people, in the export's language: each file with its
caption, credit, copyright and alt text, and where the Content Credentials of
a still went. credits.csv is for tools and spreadsheets: UTF-8 *with* a byte
order mark (Excel takes a CSV without one for the system's code page and
garbles "é"; Python's ``utf-8-sig``, LibreOffice, pandas and csvkit all skip
it), RFC 4180 quoting and CRLF line ends, one header row — ``file, caption,
credit, copyright, alt, film`` — in English, as column names are read by
programs. A cell that a spreadsheet would run as a formula (``=``, ``+``,
``-``, ``@`` first) gets a leading ``'``, as OWASP advises: kit text comes
from strangers.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from mediakit.catalog import QT_TRANSLATE_NOOP, translate_in
from mediakit.media.xmp import clean

if TYPE_CHECKING:
    from mediakit.media.publication import ExportReport

CONTEXT = "publication"
CSV_HEADER = ("file", "caption", "credit", "copyright", "alt", "film")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_TITLE = QT_TRANSLATE_NOOP("publication", "{film} — stills for publication")
_INTRO = QT_TRANSLATE_NOOP(
    "publication",
    "Each file carries its caption, credit, copyright and alt text in its own metadata "
    "(XMP); credits.csv lists the same for spreadsheets.",
)
_CAPTION = QT_TRANSLATE_NOOP("publication", "Caption: {text}")
_CREDIT = QT_TRANSLATE_NOOP("publication", "Credit: {text}")
_COPYRIGHT = QT_TRANSLATE_NOOP("publication", "Copyright: {text}")
_ALT = QT_TRANSLATE_NOOP("publication", "Alt text: {text}")
_NO_CREDIT = QT_TRANSLATE_NOOP("publication", "Credit: none given in the kit")
_KEPT = QT_TRANSLATE_NOOP(
    "publication",
    "Content Credentials: kept in {original} (the untouched original); this copy has none, "
    "since writing the caption into it changed its bytes.",
)
_SIDECAR = QT_TRANSLATE_NOOP(
    "publication",
    "Metadata: in {sidecar} beside it (this format is exported untouched).",
)


def _in(language: str, source: str) -> str:
    """``source`` (marked above) in the export's language rather than the interface's."""
    return translate_in(language, CONTEXT, source)


def credits_txt(report: ExportReport) -> str:
    language = report.language
    film = next((clean(e.meta.film) for e in report.exported if e.meta.film), "")
    lines = [_in(language, _TITLE).format(film=film or report.folder.name), ""]
    lines += [_in(language, _INTRO), ""]
    for exported in report.exported:
        meta = exported.meta
        lines.append(exported.file.name)
        if caption := clean(meta.caption()):
            lines.append("  " + _in(language, _CAPTION).format(text=caption))
        if meta.credit:
            lines.append("  " + _in(language, _CREDIT).format(text=clean(meta.credit)))
            lines.append("  " + _in(language, _COPYRIGHT).format(text=clean(meta.copyright)))
        else:
            lines.append("  " + _in(language, _NO_CREDIT))
        if alt := clean(meta.alt()):
            lines.append("  " + _in(language, _ALT).format(text=alt))
        if exported.original is not None:
            where = exported.original.relative_to(exported.file.parent).as_posix()
            lines.append("  " + _in(language, _KEPT).format(original=where))
        if exported.sidecar is not None:
            lines.append("  " + _in(language, _SIDECAR).format(sidecar=exported.sidecar.name))
        lines.append("")
    # Captions may hold several lines: indent the following ones under their file.
    return "\n".join(line.replace("\n", "\n    ") for line in lines)


def _cell(text: str) -> str:
    text = clean(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def credits_csv(report: ExportReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_HEADER)
    for exported in report.exported:
        meta = exported.meta
        row = (meta.caption(), meta.credit, meta.copyright, meta.alt(), meta.film)
        writer.writerow((exported.file.name, *(_cell(value) for value in row)))
    return out.getvalue()
