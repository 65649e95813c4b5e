"""What a folder holds → the text of a draft ``kit.yaml``. Pure: no file is read.

The draft fills what the files say (stills with their sizes, captions and
credits, the film and its runtime, poster, subtitles, texts from files) and
shows every other field of the format commented out, with its explanation.
What only the author can write is left *empty* — ``logline:`` with no value —
which the kit's reader refuses: ``mediakit validate`` then lists exactly what
is left to fill, and a draft cannot be packed by accident. Those fields are
the logline, the synopsis (unless a file holds it), each still's ``alt`` (the
format warns without it), an article's publication (and title when its file
has no heading) and a subtitle's language when its name does not say it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from mediakit.kit.authoring.fieldnotes import FIELDS, commented, note
from mediakit.kit.authoring.findings import Findings, StillFound, TextFound, VideoFound
from mediakit.kit.authoring.yamltext import flow_list, scalar
from mediakit.kit.manifest.rules.kit import FORMAT_VERSION

HEADER = (
    "# A draft by `mediakit init`: fill in the empty values (`mediakit validate` lists them)",
    "# and uncomment what you need. Every field is described in the kit format, version 1.",
)


@dataclass(frozen=True)
class Draft:
    text: str  # the kit.yaml
    kit_id: str
    title: str
    languages: tuple[str, ...]
    film: VideoFound | None  # the longest video
    trailers: tuple[VideoFound, ...]  # the other videos: candidates, in comments
    poster: StillFound | None
    stills: tuple[StillFound, ...]  # as listed (a poster named so is not a still)
    to_fill: tuple[str, ...]  # field paths left empty: logline, stills[0].alt …
    left_out: tuple[str, ...] = ()  # a second synopsis in one language, a trailer's subtitles


def guess_languages(first: str, findings: Findings) -> tuple[str, ...]:
    """``first``, then the languages the texts' names give (synopsis.en.md), once each."""
    found: dict[str, str] = {first.lower(): first}
    for text in findings.texts:
        if text.language:
            found.setdefault(text.language.lower(), text.language)
    return tuple(found.values())


def runtime(duration_ms: int) -> str:
    """``M:SS`` or ``H:MM:SS``, to the nearest second, as the format writes a runtime."""
    seconds = round(duration_ms / 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


def longest(videos: Sequence[VideoFound]) -> VideoFound | None:
    """The longest video by VLC's duration; the largest file when VLC said nothing."""
    if not videos:
        return None
    if any(video.facts is not None for video in videos):
        return max(videos, key=lambda video: video.facts.duration_ms if video.facts else -1)
    return max(videos, key=lambda video: video.size)


def make_draft(findings: Findings, kit_id: str, title: str, languages: Sequence[str]) -> Draft:
    return _Writer(findings, kit_id, title, languages).write()


def describe_video(video: VideoFound) -> str:
    """``12:05, 1920×1080, H264 - MPEG-4 AVC (part 10), MPEG AAC Audio`` (what VLC read)."""
    facts = video.facts
    if facts is None:
        return ""
    parts = [runtime(facts.duration_ms)] if facts.duration_ms > 0 else []
    if facts.width and facts.height:
        parts.append(f"{facts.width}×{facts.height}")
    parts += [codec for codec in (facts.video_codec, facts.audio_codec) if codec]
    return ", ".join(parts)


class _Writer:
    """One method a field (``_field_film``); a field without one is commented out."""

    def __init__(
        self, findings: Findings, kit_id: str, title: str, languages: Sequence[str]
    ) -> None:
        self.findings = findings
        self.kit_id = kit_id
        self.title = title
        self.languages = list(languages)
        self.lines: list[str] = list(HEADER)
        self.to_fill: list[str] = []
        self.left_out: list[str] = []
        self.film = longest(findings.videos)
        self.trailers = tuple(v for v in findings.videos if v is not self.film)
        named = [s for s in findings.stills if s.named_poster] if self.film else []
        self.stills = tuple(s for s in findings.stills if s not in named[:1])
        portraits = [s for s in self.stills if s.portrait]
        largest = max(portraits, key=lambda s: s.pixels) if portraits else None
        self.poster = named[0] if named else largest if self.film else None

    def write(self) -> Draft:
        for key in FIELDS:
            getattr(self, f"_field_{key}", self._commented)(key)
        text = "\n".join(self.lines) + "\n"
        return Draft(
            text, self.kit_id, self.title, tuple(self.languages),
            self.film, self.trailers, self.poster, self.stills, tuple(self.to_fill),
            tuple(self.left_out),
        )  # fmt: skip

    def _set(self, key: str, value: str, comment: str | None = None) -> None:
        self.lines.append(f"{key}: {value}" + (f"  # {comment}" if comment else ""))

    def _empty(self, key: str, where: str, indent: str = "", comment: str = "") -> None:
        """``key:`` with no value: the reader refuses it until the author fills it."""
        self.lines.append(f"{indent}{key}:  # to fill" + (f": {comment}" if comment else ""))
        self.to_fill.append(where)

    def _commented(self, key: str) -> None:
        self.lines.extend(commented(key))

    def _field_mediakit(self, key: str) -> None:
        self._set(key, str(FORMAT_VERSION), note(key))

    def _field_id(self, key: str) -> None:
        self._set(key, scalar(self.kit_id), note(key))

    def _field_title(self, key: str) -> None:
        self._set(key, scalar(self.title), note(key))

    def _field_runtime(self, key: str) -> None:
        facts = self.film.facts if self.film else None
        if facts is None or facts.duration_ms <= 0:
            return self._commented(key)
        self._set(key, f'"{runtime(facts.duration_ms)}"', f"{note(key)}; the film's, read by VLC")

    def _field_languages(self, key: str) -> None:
        self._set(key, flow_list(self.languages), note(key))

    def _field_logline(self, key: str) -> None:
        self._empty(key, key, comment=note(key))

    def _markdown(self, key: str) -> None:
        texts = [t for t in self.findings.texts if t.field == key]
        by_language: dict[str, TextFound] = {}
        for text in texts:
            code = text.language or self.languages[0]
            by_language.setdefault(code.lower(), text)
        chosen = list(by_language.values())
        self.left_out += [text.path for text in texts if text not in chosen]
        if not chosen:
            if key == "synopsis":
                return self._empty(key, key, comment=note(key))
            return self._commented(key)
        if len(chosen) == 1 and chosen[0].language is None:
            return self._set(key, "{file: " + scalar(chosen[0].path) + "}", note(key))
        self.lines.append(f"{key}:  # {note(key)}")
        for text in chosen:
            code = text.language or self.languages[0]
            self.lines.append(f"  {scalar(code)}: {{file: {scalar(text.path)}}}")

    _field_synopsis = _field_statement = _field_ai_disclosure = _markdown

    def _field_articles(self, key: str) -> None:
        articles = [t for t in self.findings.texts if t.field == "article"]
        if not articles:
            return self._commented(key)
        self.lines.append(f"{key}:  # {note(key)}")
        for index, article in enumerate(articles):
            where = f"{key}[{index}]"
            if article.heading:
                self.lines.append(f"  - title: {scalar(article.heading)}  # its first heading")
            else:
                self._empty("- title", f"{where}.title", "  ")
            self._empty("publication", f"{where}.publication", "    ")
            self.lines.append(f"    body: {{file: {scalar(article.path)}}}")
            if article.language:
                self.lines.append(f"    language: {scalar(article.language)}")
            self.lines += ["    # author:", "    # date: 2025-09-02", "    # url:"]

    def _field_stills(self, key: str) -> None:
        if not self.stills:
            return self._commented(key)
        self.lines.append(f"{key}:  # {note(key)}")
        for index, still in enumerate(self.stills):
            size = f"{still.width}×{still.height}" if still.width and still.height else ""
            self.lines.append(f"  - file: {scalar(still.path)}" + (f"  # {size}" if size else ""))
            for field, value in (("caption", still.caption), ("credit", still.credit)):
                if value:
                    self.lines.append(f"    {field}: {scalar(value)}  # from the image's metadata")
                else:
                    self.lines.append(f"    # {field}:")
            self._empty("alt", f"{key}[{index}].alt", "    ")

    def _field_film(self, key: str) -> None:
        if self.film is None:
            return self._commented(key)
        about = describe_video(self.film)
        self.lines.append(f"{key}:  # {note(key)}")
        self.lines.append(f"  file: {scalar(self.film.path)}" + (f"  # {about}" if about else ""))
        if self.poster is not None:
            why = "by its name" if self.poster.named_poster else "the largest portrait still"
            self.lines.append(f"  poster: {scalar(self.poster.path)}  # {why}")
        else:
            self.lines.append("  # poster: poster.jpg")
        self._subtitles(key)
        for video in self.trailers:
            about = describe_video(video)
            self.lines.append(
                f"  # trailer: {scalar(video.path)}  # a candidate"
                + (f": {about}" if about else "")
            )

    def _subtitles(self, key: str) -> None:
        # A trailer's subtitles (teaser.fr.srt beside teaser.mp4): the format has no place.
        videos = [video.path for video in (*self.trailers, *([self.film] if self.film else []))]
        subtitles = []
        for subtitle in self.findings.subtitles:
            owner = _named_after(subtitle.path, videos)
            if owner is not None and self.film is not None and owner != self.film.path:
                self.left_out.append(subtitle.path)
            else:
                subtitles.append(subtitle)
        if not subtitles:
            self.lines.append("  # subtitles: [{language: en, file: film.en.srt}]")
            return
        self.lines.append("  subtitles:")
        for index, subtitle in enumerate(subtitles):
            self.lines.append(f"    - file: {scalar(subtitle.path)}")
            if subtitle.language:
                self.lines.append(f"      language: {scalar(subtitle.language)}  # from its name")
            else:
                self._empty("language", f"{key}.subtitles[{index}].language", "      ")


def _named_after(subtitle: str, videos: list[str]) -> str | None:
    """The video whose name the subtitle's begins with (``teaser.fr.srt``: ``teaser.mp4``),
    the longest such name; None when it names none."""
    name = PurePosixPath(subtitle).stem.casefold()
    owners = []
    for video in videos:
        stem = PurePosixPath(video).stem.casefold()
        if name == stem or (name.startswith(stem) and name[len(stem)] in "._- "):
            owners.append((len(stem), video))
    return max(owners)[1] if owners else None
