"""A film's subtitles as WebVTT, the only format ``<track>`` reads.

The kit's SRT (or WebVTT) is read by the loader's own reader
(:mod:`mediakit.kit.manifest.subtitles`: any encoding, broken cues skipped),
then written again: timings as ``HH:MM:SS.mmm``, SRT's ``<i>``, ``<b>`` and
``<u>`` kept (WebVTT has them), every other tag dropped and ``&``, ``<`` and
``>`` escaped, so that a cue's words can neither end the cue (``-->``) nor
become markup in the browser's cue renderer.
"""

from __future__ import annotations

import re
from base64 import b64encode
from collections.abc import Iterable
from pathlib import Path

from mediakit.kit.manifest.subtitles import Cue, read_subtitles

_KEPT_TAG = re.compile(r"</?([ibu])>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>\n]*>")
_SRT_ALIGNMENT = re.compile(r"\{\\an?\d+\}")  # {\an8}: an SSA position code SRT tools leave


def timestamp(ms: int) -> str:
    hours, rest = divmod(max(ms, 0), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def cue_text(raw: str) -> str:
    """A cue's words with only WebVTT's plain styling tags, everything else escaped."""
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(0).lower())
        return f"\x00{len(kept) - 1}\x00"

    marked = _KEPT_TAG.sub(keep, _SRT_ALIGNMENT.sub("", raw))
    marked = _ANY_TAG.sub("", marked)  # <font color=…>, stray tags: their words stay
    escaped = marked.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # No blank line inside a cue: it would end it.
    escaped = "\n".join(line.strip() for line in escaped.split("\n") if line.strip())
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], escaped)


def to_webvtt(cues: Iterable[Cue]) -> str:
    blocks = ["WEBVTT"]
    for cue in cues:
        words = cue_text(cue.text)
        if words and cue.end_ms > cue.start_ms:
            blocks.append(f"{timestamp(cue.start_ms)} --> {timestamp(cue.end_ms)}\n{words}")
    return "\n\n".join(blocks) + "\n"


def convert(path: Path, name: str) -> str:
    """The subtitle file at ``path`` (``name`` as the kit writes it) as WebVTT text.
    Raises ValueError when it is neither SRT nor WebVTT, or cannot be read."""
    read = read_subtitles(path, name)
    if read.format is None:
        reasons = "; ".join(problem.text() for problem in read.problems)
        raise ValueError(reasons or "neither SRT nor WebVTT")
    return to_webvtt(read.cues)


def data_url(vtt: str) -> str:
    """The WebVTT as a ``data:`` URL, for ``<track src>``.

    Chromium refuses a ``<track>`` file next to a page opened from disk
    ("'file:' URLs are treated as unique security origins") and says so in
    the console; the same words inline load from ``file://`` and any host.
    """
    return "data:text/vtt;charset=utf-8;base64," + b64encode(vtt.encode("utf-8")).decode("ascii")
