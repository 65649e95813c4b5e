"""Walk a folder and sort its files into what a kit can hold: stills (with their
metadata), videos, subtitles and texts; everything else is "unused".

Only regular files are taken: links are left out (one pointing outside the
folder would be an error in the kit), and so are hidden files, the manifest
and its backups, archives and names that are not UTF-8 (``kit.yaml`` could
not name them). Formats are checked by their first bytes, as the kit's reader
checks them, so a draft names no file the reader would refuse for its content.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePosixPath

from mediakit.kit.authoring.findings import (
    Findings,
    StillFound,
    SubtitleFound,
    TextFound,
    VideoFound,
)
from mediakit.kit.authoring.names import (
    TEXT_SUFFIXES,
    is_poster_name,
    language_from_name,
    natural_key,
    text_field,
)
from mediakit.kit.authoring.stillmeta import read_still
from mediakit.kit.manifest.model import MANIFEST
from mediakit.kit.manifest.rules.media import image_format, subtitle_format
from mediakit.safeio import read_regular

STILL_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"})
VIDEO_SUFFIXES = frozenset({
    ".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".ts", ".mts",
    ".m2ts", ".mxf", ".ogv", ".wmv",
})  # fmt: skip
SUBTITLE_SUFFIXES = frozenset({".srt", ".vtt"})
MAX_FILES = 10_000  # the format's least archive a reader must take: beyond, not a kit folder
_LEFT_OUT = re.compile(rf"{re.escape(MANIFEST)}(\.bak(\.\d+)?)?|.*\.mediakit|checksums\.sha256")
_HEADING = re.compile(r"^#{1,2}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


def scan(folder: Path) -> Findings:
    """What ``folder`` holds, for a draft; stills, videos and texts in name order."""
    stills: list[StillFound] = []
    videos: list[VideoFound] = []
    subtitles: list[SubtitleFound] = []
    texts: list[TextFound] = []
    unused: list[str] = []
    for path, written in sorted(_files(folder), key=lambda found: natural_key(found[1])):
        name = PurePosixPath(written)
        suffix, stem = name.suffix.lower(), name.stem
        if suffix in STILL_SUFFIXES and (still := _still(path, written, stem)) is not None:
            stills.append(still)
        elif suffix in VIDEO_SUFFIXES:
            videos.append(VideoFound(written, path.stat().st_size))
        elif suffix in SUBTITLE_SUFFIXES and subtitle_format(_head(path, 512)) is not None:
            subtitles.append(SubtitleFound(written, language_from_name(stem)))
        elif suffix in TEXT_SUFFIXES and (field := text_field(stem)) is not None:
            heading = _heading(path) if field == "article" else None
            texts.append(TextFound(written, field, language_from_name(stem), heading))
        else:
            unused.append(written)
    return Findings(tuple(stills), tuple(videos), tuple(subtitles), tuple(texts), tuple(unused))


def _files(folder: Path) -> list[tuple[Path, str]]:
    """Every regular file below ``folder`` a kit may name, with its path as written."""
    found: list[tuple[Path, str]] = []
    pending = [(folder, "")]
    while pending and len(found) < MAX_FILES:
        here, prefix = pending.pop()
        try:
            entries = sorted(os.scandir(here), key=lambda entry: entry.name)
        except OSError:
            continue  # unreadable: nothing a kit could carry
        for entry in entries:
            written = prefix + entry.name
            if entry.name.startswith(".") or not _utf8(entry.name):
                continue
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISDIR(mode):
                pending.append((Path(entry.path), written + "/"))
            elif stat.S_ISREG(mode) and not _LEFT_OUT.fullmatch(written):
                found.append((Path(entry.path), written))
    return found[:MAX_FILES]


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes, kept by Python as lone surrogates
        return False
    return True


def _head(path: Path, size: int) -> bytes:
    try:
        return read_regular(path, size)[:size]
    except OSError:
        return b""


def _still(path: Path, written: str, stem: str) -> StillFound | None:
    if image_format(_head(path, 16)) is None:
        return None
    meta = read_still(path)
    if meta is None:
        return StillFound(written, named_poster=is_poster_name(stem))
    return StillFound(
        written, meta.width, meta.height, meta.caption, meta.credit, is_poster_name(stem)
    )


def _heading(path: Path) -> str | None:
    """An article's first level-1 or level-2 heading in its first 4 KiB: its title, guessed."""
    text = _head(path, 4096).decode("utf-8", "ignore").lstrip("\ufeff")
    found = _HEADING.search(text)
    return found.group(1).strip() if found else None
