"""Writing the site: every page, the stylesheet, the script and the media into
FOLDER — whole, or not at all.

The site is built in a hidden folder beside FOLDER, then renamed into place:
an interrupted export (Ctrl+C, a full disk, a still that breaks Pillow) leaves
FOLDER as it was. FOLDER may be new, empty, or a previous export of ours
(its :data:`MARKER` lists every file we wrote): anything else in it is the
user's, and the export is refused (:class:`FolderTakenError`) rather than
replacing it — re-exporting never deletes a file we did not make.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from mediakit.cancel import Cancelled
from mediakit.kit.manifest.model import Kit
from mediakit.publish.web.css import stylesheet
from mediakit.publish.web.files import Archive, MediaBuilder, SiteMedia
from mediakit.publish.web.page import ICON, SCRIPT, STYLESHEET, page_file, render_page
from mediakit.publish.web.script import PAGE_JS
from mediakit.safeio import read_regular

MARKER = ".mediakit-web.json"  # what a previous export of ours wrote, for the next one
_MARK_KIND = "mediakit web press page"
_MARKER_BYTES = 1 << 20  # ours lists a site's files: a few KB

# (done, in all, what is being done: a kit file, a page) — may raise Cancelled.
Progress = Callable[[int, int, str], None]


class FolderTakenError(Exception):
    """FOLDER holds files that are not a previous export of ours: ``foreign`` names some."""

    def __init__(self, folder: Path, foreign: Sequence[str]) -> None:
        super().__init__(
            f"{folder}: holds files that are not a mediakit web page: {', '.join(foreign)}"
        )
        self.folder = folder
        self.foreign = tuple(foreign)


@dataclass(frozen=True)
class SiteReport:
    folder: Path
    pages: tuple[str, ...]  # index.html first
    files: tuple[str, ...]  # every file written, site paths
    total_bytes: int
    page_bytes: int  # the HTML, CSS, script and thumbnails: what a reader loads before any media
    problems: tuple[tuple[str, str], ...]  # (kit file, why): written without it
    archive: Archive | None


def _relative_files(folder: Path) -> set[str]:
    found = set()
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_dir():
            found.add(path.relative_to(folder).as_posix())
    return found


def check_folder(folder: Path) -> bool:
    """Whether FOLDER holds a previous export (True) or nothing yet (False);
    FolderTakenError when it holds anything else, NotADirectoryError when it is a file."""
    if not folder.exists() and not folder.is_symlink():
        return False
    if folder.is_symlink() or not folder.is_dir():
        raise NotADirectoryError(20, "it is not a folder", str(folder))
    present = _relative_files(folder)
    if not present:
        return False
    try:
        # A regular file only, bounded: a FIFO named so must not hang the export.
        mark = json.loads(read_regular(folder / MARKER, _MARKER_BYTES).decode("utf-8"))
        ours = set(mark["files"]) if mark.get("kind") == _MARK_KIND else set()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        ours = set()
    foreign = sorted(present - ours - ({MARKER} if ours else set()))
    if foreign:
        raise FolderTakenError(folder, foreign[:5])
    return True


def export_site(
    kit: Kit,
    folder: Path,
    languages: Sequence[str] | None = None,
    archive: Path | None = None,
    progress: Progress | None = None,
) -> SiteReport:
    """Write the web press page of ``kit`` into ``folder``, one page per language
    (``languages``, the kit's by default; the first is ``index.html``) and the
    ``archive`` beside them when given. Raises FolderTakenError, OSError, Cancelled."""
    folder = Path(folder)
    codes = list(languages or kit.languages)
    replacing = check_folder(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = folder.parent / f".{folder.name}.mediakit-{os.urandom(4).hex()}.tmp"
    building.mkdir()
    try:
        report = _build(kit, building, codes, archive, progress)
        _swap(building, folder, replacing)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return _moved(report, folder)


def _build(
    kit: Kit, root: Path, codes: list[str], archive: Path | None, progress: Progress | None
) -> SiteReport:
    steps = len(kit.stills) + len(kit.people) + len(codes) + (archive is not None)
    if kit.film is not None:
        steps += 1 + len(kit.film.subtitles) + (kit.film.poster is not None)
    done = [0]

    def step(name: str) -> None:
        if progress is not None:
            progress(min(done[0], steps), steps, name)
        done[0] += 1

    builder = MediaBuilder(kit, root, step)
    builder.names.claim("", MARKER)
    for reserved in (STYLESHEET, SCRIPT, ICON, *(page_file(code, codes[0]) for code in codes)):
        builder.names.claim("", reserved)
    media = builder.build(archive)
    pages = []
    for code in codes:
        name = page_file(code, codes[0])
        step(name)
        (root / name).write_text(render_page(kit, code, media, codes), encoding="utf-8")
        pages.append(name)
    (root / STYLESHEET).write_text(stylesheet(), encoding="utf-8")
    (root / SCRIPT).write_text(PAGE_JS, encoding="utf-8")
    # The app's icon: without one a browser asks the host for /favicon.ico (a 404 logged).
    (root / ICON).write_bytes(files("mediakit.assets").joinpath("mediakit.svg").read_bytes())
    written = [*pages, STYLESHEET, SCRIPT, ICON, *media.written]
    mark = {"kind": _MARK_KIND, "kit": kit.id, "languages": codes, "files": sorted(written)}
    (root / MARKER).write_text(json.dumps(mark, indent=1) + "\n", encoding="utf-8")
    step("")
    return _report(root, pages, written, media)


def _report(root: Path, pages: list[str], files: list[str], media: SiteMedia) -> SiteReport:
    sizes = {name: (root / name).stat().st_size for name in files}
    originals = {
        media.film,
        *(p.original for p in media.stills if p is not None),
        *(p.original for p in media.photos.values()),
    }
    originals |= {media.poster.original} if media.poster else set()
    originals |= {t.file for t in media.tracks} | ({media.archive.file} if media.archive else set())
    light = sum(size for name, size in sizes.items() if name not in originals)
    return SiteReport(
        root,
        tuple(pages),
        tuple(files),
        sum(sizes.values()),
        light,
        tuple(media.problems),
        media.archive,
    )


def _moved(report: SiteReport, folder: Path) -> SiteReport:
    return SiteReport(
        folder, report.pages, report.files, report.total_bytes, report.page_bytes,
        report.problems, report.archive,
    )  # fmt: skip


def _swap(building: Path, folder: Path, replacing: bool) -> None:
    """Put the finished site in place of FOLDER (absent, empty, or our previous export)."""
    if not folder.exists():
        building.rename(folder)
        return
    # Checked again at the last moment: a file the user put there meanwhile is kept.
    check_folder(folder)
    old = folder.parent / f".{folder.name}.mediakit-old-{os.urandom(4).hex()}"
    folder.rename(old)
    try:
        building.rename(folder)
    except BaseException:
        old.rename(folder)
        raise
    with contextlib.suppress(OSError):
        shutil.rmtree(old)


__all__ = [
    "MARKER",
    "Cancelled",
    "FolderTakenError",
    "Progress",
    "SiteReport",
    "check_folder",
    "export_site",
]
