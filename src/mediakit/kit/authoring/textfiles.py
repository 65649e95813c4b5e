"""Markdown texts kept in files of the kit (``{file: synopsis.fr.md}``), read
and written back for editing.

A file is read as the loader reads it (the kit's path rules, its size limit,
UTF-8 with an optional byte-order mark). It is edited as text with ``\\n``
breaks, and written back with what it had: its BOM, and each unchanged line's
own break (a CRLF file stays CRLF; a new line takes the file's first break),
so only the lines the author changed differ. Only a plain file of the kit is
written: never through a link, a ``..`` or outside the folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from mediakit.kit.manifest import limits, paths
from mediakit.kit.message import Message
from mediakit.kit.problems import authoring as say
from mediakit.safeio import read_regular
from mediakit.units import human_size

__all__ = ["TextFile", "TextFileError", "encode_text", "file_key", "read_text_file", "target"]

_BOM = b"\xef\xbb\xbf"
_BREAK = re.compile(r"\r\n|\r|\n")


class TextFileError(Exception):
    """Why a text file cannot be read (or written): ``message`` (``str()`` in English)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class TextFile:
    """A text file as it is on disk: ``data`` its bytes (None: there is none),
    ``raw`` their text with its own breaks (no BOM); ``read_only`` why it may not be written."""

    written: str
    data: bytes | None
    raw: str = ""
    bom: bool = False
    read_only: Message | None = None

    @property
    def text(self) -> str:
        """The text as edited: ``\\n`` breaks."""
        return _BREAK.sub("\n", self.raw)


def file_key(written: str) -> str:
    """One name per file however it is written (``./a.md`` is ``a.md``)."""
    return "/".join(part for part in written.split("/") if part not in ("", "."))


def decode(written: str, data: bytes | None, read_only: Message | None = None) -> TextFile:
    """``data`` read as the loader reads a text file; TextFileError when it may not be."""
    if data is None:
        return TextFile(written, None, read_only=read_only)
    if len(data) > limits.TEXT_FILE_BYTES:
        size = human_size(limits.TEXT_FILE_BYTES)
        raise TextFileError(say.TEXT_FILE_LARGE(file=written, size=size))
    bom = data.startswith(_BOM)
    try:
        raw = data[len(_BOM) if bom else 0 :].decode("utf-8")
    except UnicodeDecodeError as error:
        byte = error.start + 1
        raise TextFileError(say.TEXT_FILE_NOT_UTF8(file=written, byte=byte)) from None
    return TextFile(written, data, raw, bom, read_only)


def target(root: Path, written: str) -> Path:
    """Where ``written`` may be written: a path of the kit with no link and no
    ``..`` on the way; TextFileError otherwise."""
    parts = file_key(written).split("/")
    if ".." in parts or not written.strip() or written.startswith("/") or "\\" in written:
        raise TextFileError(say.TEXT_FILE_NOT_PLAIN(file=written))
    path = root.resolve()
    for part in parts:
        path = path / part
        if path.is_symlink():
            raise TextFileError(say.TEXT_FILE_LINK(file=written))
    return path


def read_text_file(root: Path, written: str) -> TextFile:
    """The file ``written`` names in the kit at ``root`` (in a worker). TextFileError
    when it cannot be read; one that may be read but not written says why in ``read_only``."""
    try:
        kit_file = paths.resolve(root, written)
    except paths.PathError as error:
        raise TextFileError(error.message) from None
    read_only: Message | None = None
    try:
        where = target(root, written)
    except TextFileError as error:
        read_only, where = error.message, kit_file.path
    try:
        data = read_regular(where, limits.TEXT_FILE_BYTES, follow_links=read_only is not None)
    except OSError as error:
        reason = error.strerror or str(error)
        raise TextFileError(say.TEXT_FILE_UNREADABLE(file=written, reason=reason)) from None
    return decode(written, data, read_only)


def encode_text(text: str, like: TextFile) -> bytes:
    """``text`` (``\\n`` breaks) as the bytes of the file ``like``: its BOM, and the
    breaks of the lines kept from it."""
    if like.data is not None and text == like.text:
        return like.data
    old = _lines(like.raw)
    new = text.split("\n")
    newline = next((end for _line, end in old if end), "\n")
    out: list[str] = []
    matcher = SequenceMatcher(None, [line for line, _end in old], new, autojunk=False)
    for tag, i1, _i2, j1, j2 in matcher.get_opcodes():
        for offset, j in enumerate(range(j1, j2)):
            ends = j < len(new) - 1  # every line but the last one is followed by a break
            kept = old[i1 + offset][1] if tag == "equal" else ""
            out.append(new[j] + ((kept or newline) if ends else ""))
    return (_BOM if like.bom else b"") + "".join(out).encode("utf-8")


def _lines(raw: str) -> list[tuple[str, str]]:
    """``raw`` as (line, its break) pairs; the last line's break is ""."""
    lines: list[tuple[str, str]] = []
    start = 0
    for found in _BREAK.finditer(raw):
        lines.append((raw[start : found.start()], found.group()))
        start = found.end()
    lines.append((raw[start:], ""))
    return lines
