"""The site's media: the kit's files copied in under safe names, the gallery's
thumbnails, the subtitles as WebVTT, the archive beside — and what the page
needs to know of them (paths relative to the page, sizes, shapes).

Originals are copied byte for byte (never linked: the site is uploaded,
edited, deleted, and must never share a file with the kit), read only as
regular files (:func:`mediakit.safeio.open_regular`). Names in the site are
ASCII letters, digits, ``.``, ``-`` and ``_``: any host serves them, any
shell copies them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from mediakit.kit.manifest.model import Kit, KitFile
from mediakit.publish.web import webvtt
from mediakit.publish.web.thumbnails import ThumbnailError, thumbnails
from mediakit.safeio import open_regular

MEDIA = "media"
THUMBS = "thumbs"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Picture:
    """A still, the poster or a photo: its original, and thumbnails smallest first
    ((path, width, height)); ``problem`` says why there are none."""

    original: str
    size: int
    thumbs: tuple[tuple[str, int, int], ...] = ()
    problem: str | None = None


@dataclass(frozen=True)
class Track:
    language: str
    file: str  # the .vtt in the site
    data_url: str  # the same words for <track src> (see webvtt.data_url)


@dataclass(frozen=True)
class Archive:
    file: str
    size: int
    sha256: str


@dataclass
class SiteMedia:
    """Everything of the kit the pages show, as site paths."""

    film: str | None = None
    film_size: int = 0
    poster: Picture | None = None
    tracks: list[Track] = field(default_factory=list)
    stills: list[Picture | None] = field(default_factory=list)  # None: not readable
    photos: dict[int, Picture] = field(default_factory=dict)  # person index -> photo
    archive: Archive | None = None
    problems: list[tuple[str, str]] = field(default_factory=list)  # (kit file, why)
    written: list[str] = field(default_factory=list)  # every file, site paths


def safe_name(written: str) -> str:
    """``stills/Été #1.JPG`` → ``Ete-1.jpg``: the file name alone, of safe characters."""
    name = PurePosixPath(written.replace("\\", "/")).name.lstrip(".")
    # Accents dropped rather than replaced: "Été" is "Ete", not "-t-".
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = _UNSAFE.sub("-", stem).strip("-.") or "file"
    suffix = _UNSAFE.sub("", suffix).lower()
    return f"{stem}.{suffix}" if suffix else stem


class Names:
    """Free names in each folder of the site: a second ``poster.jpg`` is ``poster-2.jpg``."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, folder: str, name: str) -> str:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        for n in range(1, 100_000):
            candidate = name if n == 1 else f"{stem}-{n}{dot}{suffix}"
            path = f"{folder}/{candidate}" if folder else candidate
            if path.lower() not in self._taken:  # case-insensitive hosts exist
                self._taken.add(path.lower())
                return path
        raise FileExistsError(name)


class SourceError(OSError):
    """A kit's file could not be read (gone, a FIFO swapped in, unreadable): the
    site is written without it, and says so; writing errors stop the export."""


def copy_into(source: Path, target: Path, *, follow_links: bool = False) -> tuple[int, str]:
    """Copy the regular file ``source`` to the new file ``target``: (bytes, SHA-256).
    SourceError when ``source`` cannot be opened; other OSErrors are the output's."""
    digest = hashlib.sha256()
    size = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        src = open_regular(source, follow_links=follow_links)
    except OSError as error:
        raise SourceError(error.errno, error.strerror or str(error), str(source)) from None
    with src, target.open("xb") as out:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


Step = Callable[[str], None]  # called with the kit file about to be handled; may raise Cancelled


class MediaBuilder:
    """Writes the media of ``kit`` into ``root`` (a fresh folder) and says where it went."""

    def __init__(self, kit: Kit, root: Path, step: Step | None = None) -> None:
        self.kit, self.root = kit, root
        self.names = Names()
        self.media = SiteMedia()
        self._step = step or (lambda _name: None)

    def build(self, archive: Path | None = None) -> SiteMedia:
        kit, media = self.kit, self.media
        if kit.film is not None:
            film = kit.film
            self._step(film.file.written)
            copied = self._copy(film.file, "film")
            if copied is not None:
                media.film, media.film_size = copied
            if film.poster is not None:
                media.poster = self._picture(film.poster, "film")
            for subtitle in film.subtitles:
                self._track(subtitle.language, subtitle.file)
        for still in kit.stills:
            media.stills.append(self._picture(still.file, "stills"))  # None: unreadable
        for index, person in enumerate(kit.people):
            if person.photo is not None:
                photo = self._picture(person.photo, "people")
                if photo is not None:
                    media.photos[index] = photo
        if archive is not None:
            self._step(archive.name)
            name = self.names.claim("", safe_name(archive.name))
            size, sha = copy_into(archive, self.root / name, follow_links=True)
            media.archive = Archive(name, size, sha)
            media.written.append(name)
        return media

    def _copy(self, file: KitFile, folder: str) -> tuple[str, int] | None:
        """The kit's file copied into ``folder`` of the site; None (said) when unreadable."""
        path = self.names.claim(f"{MEDIA}/{folder}", safe_name(file.written))
        try:
            size, _sha = copy_into(file.path, self.root / path)
        except SourceError as error:
            (self.root / path).unlink(missing_ok=True)
            self.media.problems.append((file.written, error.strerror or str(error)))
            return None
        self.media.written.append(path)
        return path, size

    def _picture(self, file: KitFile, folder: str) -> Picture | None:
        self._step(file.written)
        copied = self._copy(file, folder)
        if copied is None:
            return None
        original, size = copied
        try:
            made = thumbnails(file.path)
        except (ThumbnailError, OSError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.media.problems.append((file.written, reason))
            return Picture(original, size, problem=reason)
        stem = PurePosixPath(original).stem
        thumbs = []
        for thumb in made:
            path = self.names.claim(THUMBS, f"{stem}-{thumb.width}.jpg")
            target = self.root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(thumb.data)
            self.media.written.append(path)
            thumbs.append((path, thumb.width, thumb.height))
        return Picture(original, size, tuple(thumbs))

    def _track(self, language: str, file: KitFile) -> None:
        self._step(file.written)
        try:
            vtt = webvtt.convert(file.path, file.written)
        except (ValueError, OSError) as error:
            self.media.problems.append((file.written, str(error)))
            return
        stem = PurePosixPath(safe_name(file.written)).stem
        path = self.names.claim(f"{MEDIA}/subtitles", f"{stem}.vtt")
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(vtt, encoding="utf-8")
        self.media.written.append(path)
        self.media.tracks.append(Track(language, path, webvtt.data_url(vtt)))
