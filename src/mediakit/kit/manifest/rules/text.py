"""Texts: a string or a language -> string mapping; markdown may come from a file.

Language codes are checked for BCP 47 syntax (RFC 5646: language with
optional extlang, script, region, variants), not against the registry, and
compared without case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from mediakit.kit.manifest import limits, paths
from mediakit.kit.manifest.model import KitFile, Problem, Text
from mediakit.kit.manifest.rules.base import (
    X_PREFIX,
    Context,
    check_keys,
    describe,
    expect_map,
    join,
    string,
)
from mediakit.kit.manifest.yamlread import Map, Node, Scalar, YamlError, decode_utf8
from mediakit.kit.problems import manifest as say
from mediakit.kit.problems import words
from mediakit.units import human_size

# One pattern for the loader and the JSON Schema (ECMA-262 compatible, so no flags).
LANGUAGE_PATTERN = (
    r"^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{5,8})"
    r"(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"
)
_LANGUAGE = re.compile(LANGUAGE_PATTERN)


class Warn(Enum):
    """When a text missing in one of the kit's languages is worth a warning."""

    PROSE = "prose"  # a plain string counts only as the kit's first language
    LABEL = "label"  # a plain string is fine; a mapping must cover every language
    NEVER = "never"  # quotes, articles, notes: written in their own language


_KNOWN: dict[str, bool] = {}  # a kit says "fr" and "en" thousands of times: match once


def is_language(code: str) -> bool:
    known = _KNOWN.get(code)
    if known is None:
        known = bool(_LANGUAGE.fullmatch(code))
        if len(_KNOWN) < 1024:  # bounded: codes come from the kits read
            _KNOWN[code] = known
    return known


def language(ctx: Context, node: Node, where: str) -> str | None:
    code = string(ctx, node, where, numbers=False)
    if code is None:
        return None
    if not is_language(code):
        ctx.error(node, where, say.NOT_LANGUAGE(code=code))
        return None
    return code


class TextReader:
    """Reads text fields in one kit, recording the markdown files it reads."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def text(
        self, node: Node, where: str, warn: Warn, files: dict[str, KitFile] | None = None
    ) -> Text | None:
        """A text; ``files`` given means markdown, where ``{file: x.md}`` is allowed."""
        ctx = self.ctx
        first = ctx.languages[0]
        if isinstance(node, Map) and "file" in node.entries:
            content = self._file(node, where, files, first)
            if content is None:
                return None
            text = Text({first: content})
            self._warn(node, where, text, warn, plain=True)
            return text
        if isinstance(node, Map):
            return self._languages(node, where, warn, files)
        value = self._value(node, where)
        if value is None:
            return None
        text = Text({first: value})
        self._warn(node, where, text, warn, plain=True)
        return text

    def _value(self, node: Node, where: str) -> str | None:
        if isinstance(node, Scalar) and node.value is not None and not isinstance(node.value, bool):
            return string(self.ctx, node, where)
        self.ctx.error(node, where, say.EXPECTED_TEXT_OR_LANGUAGES(got=describe(node)))
        return None

    def _languages(
        self, node: Map, where: str, warn: Warn, files: dict[str, KitFile] | None
    ) -> Text | None:
        ctx = self.ctx
        values: dict[str, str] = {}
        seen: dict[str, str] = {}
        ok = True
        for code, (key, value_node) in node.entries.items():
            if code.startswith(X_PREFIX):
                continue
            here = join(where, code)
            if not is_language(code) or not isinstance(key.value, str):
                ctx.error(key, here, say.NOT_LANGUAGE(code=code))
                ok = False
                continue
            if code.lower() in seen:
                ctx.error(key, here, say.LANGUAGE_GIVEN_TWICE(code=code, other=seen[code.lower()]))
                ok = False
                continue
            seen[code.lower()] = code
            if isinstance(value_node, Map) and files is not None:
                value = self._file(value_node, here, files, code)
            else:
                value = self._value(value_node, here)
            if value is None:
                ok = False
            else:
                values[code] = value
        if not values and ok:
            ctx.error(node, where, say.NO_TEXT_LANGUAGE())
            return None
        if not ok:
            return None
        text = Text(values)
        self._warn(node, where, text, warn, plain=False)
        return text

    def _file(
        self, node: Map, where: str, files: dict[str, KitFile] | None, code: str
    ) -> str | None:
        ctx = self.ctx
        if files is None:
            ctx.error(node, where, say.NO_FILE_HERE())
            return None
        mapping = expect_map(ctx, node, where, words.FILE_MAPPING())
        if mapping is None:
            return None
        check_keys(ctx, mapping, where, ("file",))
        file_node = mapping.entries.get("file")
        if file_node is None:
            ctx.error(node, join(where, "file"), say.EXPECTED_FILE_MAPPING())
            return None
        here = join(where, "file")
        written = string(ctx, file_node[1], here, numbers=False)
        if written is None:
            return None
        try:
            kit_file = paths.resolve(ctx.root, written, ctx.listings)
            data = ctx.edited.get(edited_key(written))
            if data is None:
                data = paths.read_head(kit_file, limits.TEXT_FILE_BYTES + 1)
        except paths.PathError as exc:
            ctx.error(file_node[1], here, exc.message)
            return None
        if len(data) > limits.TEXT_FILE_BYTES:
            size = human_size(limits.TEXT_FILE_BYTES)
            ctx.error(file_node[1], here, say.TEXT_FILE_TOO_LARGE(file=written, size=size))
            return None
        try:
            content = decode_utf8(data)
        except YamlError as exc:
            ctx.problems.append(_file_problem(written, exc))
            return None
        files[code] = kit_file
        return content

    def _warn(self, node: Node, where: str, text: Text, warn: Warn, plain: bool) -> None:
        declared = self.ctx.languages
        if warn is Warn.NEVER or len(declared) < 2 or (plain and warn is Warn.LABEL):
            return
        missing = declared[1:] if plain else [c for c in declared if not text.has(c)]
        if missing:
            self.ctx.warn(
                node,
                where,
                say.NOT_GIVEN_IN(missing=_listing(missing), languages=", ".join(declared)),
            )


def _listing(codes: Sequence[str]) -> str:
    return ", ".join(codes)


def edited_key(written: str) -> str:
    """One name per file however kit.yaml writes it (``./a.md`` is ``a.md``): the
    keys of :attr:`Context.edited`, as the editor names the files it edits."""
    return "/".join(part for part in written.split("/") if part not in ("", "."))


def _file_problem(written: str, exc: YamlError) -> Problem:
    return Problem(written, exc.message, exc.line, exc.column)
