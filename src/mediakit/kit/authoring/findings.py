"""What ``mediakit init`` found in a folder: plain data, from the scan to the draft.

Paths are relative to the folder, written with ``/`` as ``kit.yaml`` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StillFound:
    """An image: its size as shown (EXIF rotation applied) and what its metadata says."""

    path: str
    width: int | None = None
    height: int | None = None
    caption: str | None = None  # EXIF ImageDescription, XMP dc:description, IPTC caption
    credit: str | None = None  # author and copyright, joined
    named_poster: bool = False  # poster*, affiche*: the film's poster, not a still

    @property
    def portrait(self) -> bool:
        return self.width is not None and self.height is not None and self.height > self.width

    @property
    def pixels(self) -> int:
        return (self.width or 0) * (self.height or 0)


@dataclass(frozen=True)
class VideoFacts:
    """What VLC reads from a film's header (``mediakit.media.filmfacts``)."""

    duration_ms: int
    width: int | None = None
    height: int | None = None
    video_codec: str | None = None
    audio_codec: str | None = None


@dataclass(frozen=True)
class VideoFound:
    path: str
    size: int  # bytes: the tie-breaker when VLC cannot say which film is longest
    facts: VideoFacts | None = None


@dataclass(frozen=True)
class SubtitleFound:
    path: str
    language: str | None  # from the name (film.fr.srt, ROPED_EN.vtt); None: unknown


@dataclass(frozen=True)
class TextFound:
    """A Markdown or text file whose name says what it is (synopsis.en.md)."""

    path: str
    field: str  # synopsis, statement, ai_disclosure or article
    language: str | None
    heading: str | None = None  # an article's first Markdown heading: its title, guessed


@dataclass(frozen=True)
class Findings:
    stills: tuple[StillFound, ...] = ()  # name order, posters by name included
    videos: tuple[VideoFound, ...] = ()
    subtitles: tuple[SubtitleFound, ...] = ()
    texts: tuple[TextFound, ...] = ()
    unused: tuple[str, ...] = field(default_factory=tuple)  # files that fit no field
