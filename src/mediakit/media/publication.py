"""Stills for publication: copies of the originals with their caption, credit,
copyright, alt text and the film's title in the file's own metadata, plus
``CREDITS.txt`` and ``credits.csv`` listing them (worker side, no Qt).

The image data is never re-encoded: JPEG, PNG and WebP get an XMP packet
(:mod:`mediakit.media.xmp_embed`); any other format (TIFF …) is copied
untouched with an ``.xmp`` sidecar beside it. A still whose Content
Credentials had to be dropped from its copy (any byte change breaks them) is
also exported untouched into ``originals/`` under the same name, and
CREDITS.txt says so. No file is ever overwritten
(:mod:`mediakit.media.publication_names`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mediakit.kit.manifest.model import Kit, Still, Text
from mediakit.media.publication_credits import credits_csv, credits_txt
from mediakit.media.publication_names import still_name, write_new
from mediakit.media.xmp import StillMetadata, clean, packet, sidecar
from mediakit.media.xmp_embed import EXTENSIONS, embed, format_of
from mediakit.safeio import read_regular
from mediakit.typography import credit_line

ORIGINALS = "originals"
CREDITS_TXT = "CREDITS.txt"
CREDITS_CSV = "credits.csv"
MAX_STILL_BYTES = 1 << 30  # read whole: a still larger than this is refused

Progress = Callable[[int, int], None]  # stills done, stills in all; may raise Cancelled


@dataclass(frozen=True)
class Planned:
    """One still to export: where it is read from, the name it is given, what is written."""

    source: Path
    name: str
    meta: StillMetadata


@dataclass(frozen=True)
class Exported:
    source: Path
    file: Path  # the publication copy (for a sidecar format: the untouched original)
    meta: StillMetadata
    sidecar: Path | None = None  # the .xmp beside it, for formats we do not write into
    original: Path | None = None  # originals/NAME: Content Credentials kept there


@dataclass(frozen=True)
class Failed:
    source: Path
    error: str


@dataclass
class ExportReport:
    folder: Path
    language: str
    exported: list[Exported] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    credits_txt: Path | None = None
    credits_csv: Path | None = None
    stopped: bool = False  # asked to stop: the stills after those in the report were left


def _values(text: Text | None) -> dict[str, str]:
    return dict(text.values) if text is not None else {}


def metadata(kit: Kit, still: Still, language: str) -> StillMetadata:
    credit = (still.credit or "").strip()
    return StillMetadata(
        language=language,
        captions=_values(still.caption),
        alts=_values(still.alt),
        credit=credit.removeprefix("©").strip(),
        copyright=credit_line(credit) if credit else "",
        film=kit.text(kit.title, language),
    )


def caption_line(kit: Kit, still: Still, language: str) -> str:
    """ "Caption — © Credit", as a still is credited beside its picture."""
    caption = clean(kit.text(still.caption, language))
    credit = clean(still.credit or "")
    return " — ".join(part for part in (caption, credit_line(credit) if credit else "") if part)


def plan(kit: Kit, language: str, rows: Sequence[int] | None = None) -> list[Planned]:
    """The stills at ``rows`` (the kit's order; None: all), named and described."""
    count = len(kit.stills)
    chosen = range(count) if rows is None else sorted({r for r in rows if 0 <= r < count})
    planned = []
    for row in chosen:
        still = kit.stills[row]
        extension = still.file.path.suffix or ".bin"
        name = still_name(kit.id, row + 1, count, still.credit or "", extension)
        planned.append(Planned(still.file.path, name, metadata(kit, still, language)))
    return planned


def export_one(item: Planned, folder: Path) -> Exported:
    """Write ``item``'s publication copy (and its original or sidecar) into ``folder``."""
    data = read_regular(item.source, MAX_STILL_BYTES)
    if len(data) > MAX_STILL_BYTES:
        raise ValueError("the file is larger than 1 GiB")
    kind = format_of(data[:16])
    if kind is None:  # not a format we write into: the original as it is, and a sidecar
        copy = write_new(folder, item.name, data)
        side = write_new(folder, f"{copy.stem}.xmp", sidecar(item.meta))
        return Exported(item.source, copy, item.meta, sidecar=side)
    name = str(Path(item.name).with_suffix(EXTENSIONS[kind]))
    embedded = embed(data, packet(item.meta))
    if embedded.dropped_c2pa:
        (folder / ORIGINALS).mkdir(exist_ok=True)
    copy = write_new(folder, name, embedded.data)
    original = None
    if embedded.dropped_c2pa:  # never a copy without its credentials kept beside it
        try:
            original = write_new(folder / ORIGINALS, copy.name, data)
        except BaseException:
            copy.unlink(missing_ok=True)
            raise
    return Exported(item.source, copy, item.meta, original=original)


def export_stills(
    items: Sequence[Planned],
    folder: Path,
    language: str,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
) -> ExportReport:
    """Export ``items`` into ``folder`` (created if missing), then CREDITS.txt and
    credits.csv for those that were written. A still that cannot be exported is
    reported in ``failed``; the others go on. When ``stop()`` says so, the stills
    not begun are left and the credits list those written. OSError when
    ``folder`` cannot be made."""
    folder.mkdir(parents=True, exist_ok=True)
    report = ExportReport(folder, language)
    for done, item in enumerate(items, start=1):
        if stop is not None and stop():
            report.stopped = True
            break
        try:
            report.exported.append(export_one(item, folder))
        except (OSError, ValueError) as error:
            report.failed.append(Failed(item.source, _reason(error)))
        if progress is not None:
            progress(done, len(items))
    if report.exported:
        report.credits_txt = write_new(folder, CREDITS_TXT, credits_txt(report).encode())
        report.credits_csv = write_new(folder, CREDITS_CSV, credits_csv(report).encode("utf-8-sig"))
    return report


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
