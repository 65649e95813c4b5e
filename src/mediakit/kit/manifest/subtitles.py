"""Reading SRT and WebVTT subtitles as far as they go, never raising.

Subtitle files come from strangers and from every subtitling tool there is:
Windows-1252 files saved as ``.srt``, UTF-16 from old Windows tools, cues
with a broken timing line. :func:`parse_subtitles` keeps every cue it can
read and reports the rest as warnings with the line they are on, so
``validate`` can tell a producer what VLC will silently skip. Only a file
that is neither format at all (:attr:`SubtitleFile.format` None) is an error,
and the caller decides that.

No Qt here: the loader calls this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mediakit.kit.manifest.model import Problem, Severity
from mediakit.kit.message import Message, Template
from mediakit.kit.problems import reading as say
from mediakit.safeio import read_regular

MIB = 1024 * 1024
MAX_BYTES = 8 * MIB  # a feature film's SRT is ~100 KB; SDH for 3 hours < 1 MiB
MAX_CUES = 20_000  # a feature film has 1,000-4,000 cues
MAX_WARNINGS = 20  # per file; then one line says how many more

# [H:]MM:SS(,|.)mmm — SRT writes hours and a comma, WebVTT may omit hours and uses a dot.
_STAMP = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_STAMP}\s*-->\s*{_STAMP}(?:\s.*)?$")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
FORMATS = ("SRT", "WebVTT")


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str
    line: int  # of the timing line, from 1


@dataclass(frozen=True)
class SubtitleFile:
    """What could be read: the format (None: neither SRT nor WebVTT), the
    encoding it was read in, the cues, and warnings naming the file and line."""

    format: str | None
    encoding: str
    cues: tuple[Cue, ...]
    problems: tuple[Problem, ...]


def read_subtitles(path: Path, name: str) -> SubtitleFile:
    """``path`` read and parsed; ``name`` is how problems name the file (as written in
    the kit). An unreadable file gives a SubtitleFile with no format and the reason."""
    try:
        data = read_regular(Path(path), MAX_BYTES)
    except OSError as exc:
        problem = Problem(name, say.SUBTITLES_UNREADABLE(reason=exc.strerror or str(exc)))
        return SubtitleFile(None, "", (), (problem,))
    return parse_subtitles(data, name)


def parse_subtitles(data: bytes, name: str) -> SubtitleFile:
    """Every cue of ``data`` that can be read; anything odd is a warning. Never raises."""
    notes = _Notes(name)
    if len(data) > MAX_BYTES:
        notes.warn(None, say.SUBTITLES_TOO_LARGE(mib=MAX_BYTES // MIB))
        data = data[:MAX_BYTES]
    text, encoding = _decode(data, notes)
    lines = text.split("\n")
    kind = _kind(lines)
    cues = _cues(lines, kind == "WebVTT", notes) if kind is not None else []
    if kind is not None and not cues:
        notes.warn(None, say.SUBTITLES_NO_CUE())
    return SubtitleFile(kind, encoding, tuple(cues), notes.done())


def _kind(lines: list[str]) -> str | None:
    """WebVTT by its signature; SRT when the first block starts like a cue."""
    if lines[0].startswith("WEBVTT") and lines[0][6:7] in ("", " ", "\t"):
        return "WebVTT"
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    head = lines[first].strip()
    after = lines[first + 1] if first + 1 < len(lines) else ""
    if (head.isdigit() and _TIMING.match(after)) or _TIMING.match(head):
        return "SRT"
    return None


class _Notes:
    """Warnings for one file, at most MAX_WARNINGS of them plus a count of the rest."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []
        self.dropped = 0

    def warn(self, line: int | None, message: Message) -> None:
        if len(self.problems) < MAX_WARNINGS:
            self.problems.append(Problem(self.name, message, line, severity=Severity.WARNING))
        else:
            self.dropped += 1

    def done(self) -> tuple[Problem, ...]:
        if self.dropped:
            template = say.MORE_PROBLEMS_ONE if self.dropped == 1 else say.MORE_PROBLEMS
            more = template(count=self.dropped)
            self.problems.append(Problem(self.name, more, severity=Severity.WARNING))
        return tuple(self.problems)


def _decode(data: bytes, notes: _Notes) -> tuple[str, str]:
    """UTF-8 (a BOM is fine), UTF-16 with a BOM, else Windows-1252 or Latin-1, said so."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, "replace")
            if label != "UTF-8":
                notes.warn(None, say.SUBTITLES_ENCODING(encoding=label))
            return _lines(text), label
    try:
        return _lines(data.decode("utf-8")), "UTF-8"
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte, at = f"0x{data[exc.start]:02x}", line
    try:
        text, label = data.decode("cp1252"), "Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        text, label = data.decode("latin-1"), "Latin-1 (ISO-8859-1)"
    notes.warn(None, say.SUBTITLES_NOT_UTF8(byte=byte, line=at, encoding=label))
    return _lines(text), label


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _ms(groups: tuple[str | None, ...]) -> int | None:
    hours, minutes, seconds, fraction = groups
    if int(minutes or 0) > 59 or int(seconds or 0) > 59:
        return None
    millis = int((fraction or "0").ljust(3, "0"))
    return ((int(hours or 0) * 60 + int(minutes or 0)) * 60 + int(seconds or 0)) * 1000 + millis


def _found(whole: Template, cut: Template, line: str, example: str | None = None) -> Message:
    """``whole`` naming ``line``, or ``cut`` naming its first 40 characters."""
    line = line.strip()
    extra = {} if example is None else {"example": example}
    return cut(text=line[:40], **extra) if len(line) > 40 else whole(text=line, **extra)


def _cues(lines: list[str], webvtt: bool, notes: _Notes) -> list[Cue]:
    cues: list[Cue] = []
    index = 0
    if webvtt:  # skip the header block
        while index < len(lines) and lines[index].strip():
            index += 1
    previous_start = -1
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        start = index
        while index < len(lines) and lines[index].strip():
            index += 1
        block = lines[start:index]
        if webvtt and block[0].split(" ", 1)[0] in ("NOTE", "STYLE", "REGION"):
            continue
        if len(cues) >= MAX_CUES:
            notes.warn(start + 1, say.SUBTITLES_TOO_MANY_CUES(count=MAX_CUES))
            break
        cue = _cue(block, start + 1, webvtt, notes)
        if cue is None:
            continue
        if cue.start_ms < previous_start:
            notes.warn(cue.line, say.CUE_BEFORE())
        previous_start = cue.start_ms
        cues.append(cue)
    return cues


def _cue(block: list[str], first: int, webvtt: bool, notes: _Notes) -> Cue | None:
    """One block of lines: [number or identifier], timing, text."""
    timing_at = 0
    if "-->" not in block[0]:
        if not webvtt and not block[0].strip().isdigit():
            notes.warn(first, _found(say.CUE_EXPECTED, say.CUE_EXPECTED_CUT, block[0]))
            return None
        timing_at = 1
    if timing_at >= len(block):
        notes.warn(first, say.CUE_NO_TIMING())
        return None
    line = first + timing_at
    match = _TIMING.match(block[timing_at])
    start = _ms(match.groups()[:4]) if match else None
    end = _ms(match.groups()[4:]) if match else None
    if start is None or end is None:
        example = "00:01:02.500 --> 00:01:04.000" if webvtt else "00:01:02,500 --> 00:01:04,000"
        notes.warn(line, _found(say.CUE_TIMING, say.CUE_TIMING_CUT, block[timing_at], example))
        return None
    text = "\n".join(block[timing_at + 1 :]).strip()
    if end <= start:
        notes.warn(line, say.CUE_ENDS_BEFORE())
    if not text:
        notes.warn(line, say.CUE_NO_TEXT())
    return Cue(start, end, text, line)
