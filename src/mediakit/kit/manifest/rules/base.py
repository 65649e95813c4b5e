"""What every field rule needs: where problems go and checks of shape.

Rules read the positioned nodes of :mod:`mediakit.kit.manifest.yamlread`, report
every problem they find (never only the first) and return a plain value, or
None when the field cannot be used.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mediakit.kit.manifest import limits
from mediakit.kit.manifest.model import MANIFEST, Problem, Severity
from mediakit.kit.manifest.paths import Listings
from mediakit.kit.manifest.yamlread import Map, Node, Scalar, Seq
from mediakit.kit.message import Message
from mediakit.kit.problems import manifest as say
from mediakit.kit.problems import words
from mediakit.units import human_size

X_PREFIX = "x-"


@dataclass
class Context:
    """One load: the kit folder, its declared languages, the problems so far."""

    root: Path
    languages: tuple[str, ...] = ("en",)
    problems: list[Problem] = field(default_factory=list)
    listings: Listings = field(default_factory=Listings)  # folder listings, read once
    # Text files' bytes as edited, not saved yet, by the path kit.yaml names them with
    # ("./a.md" is "a.md"): read instead of the disk (see :func:`.loader.load_text`).
    edited: Mapping[str, bytes] = field(default_factory=dict)

    def error(self, node: Node | None, where: str, message: Message, file: str = MANIFEST) -> None:
        self._add(node, where, message, file, Severity.ERROR)

    def warn(self, node: Node | None, where: str, message: Message) -> None:
        self._add(node, where, message, MANIFEST, Severity.WARNING)

    def _add(
        self, node: Node | None, where: str, message: Message, file: str, severity: Severity
    ) -> None:
        line = node.line if node is not None else None
        column = node.column if node is not None else None
        self.problems.append(Problem(file, message, line, column, where or None, severity))

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)


def join(where: str, key: str | int) -> str:
    """``credits`` + 2 -> ``credits[2]``; ``credits[2]`` + ``names`` -> ``credits[2].names``."""
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def describe(node: Node) -> Message:
    """What a value is, in words: ``a string``, ``a list``, ``the number 5``."""
    if isinstance(node, Map):
        return words.A_MAPPING()
    if isinstance(node, Seq):
        return words.A_LIST()
    assert isinstance(node, Scalar)
    value = node.value
    if value is None:
        return words.NOTHING()
    if isinstance(value, bool):
        return words.A_BOOLEAN(text=node.text)
    if isinstance(value, int | float):
        return words.A_NUMBER(text=_short(node.text))
    shown = _short(value)
    return words.A_STRING_SHOWN(text=shown) if "\n" not in shown else words.A_STRING()


def expect_map(ctx: Context, node: Node, where: str, what: Message) -> Map | None:
    if isinstance(node, Map):
        return node
    ctx.error(node, where, say.EXPECTED(what=what, got=describe(node)))
    return None


def expect_list(ctx: Context, node: Node, where: str, what: Message) -> list[Node] | None:
    """The items of a list; an empty list is fine (an absent section)."""
    if isinstance(node, Seq):
        return node.items
    ctx.error(node, where, say.EXPECTED_LIST(what=what, got=describe(node)))
    return None


def check_keys(ctx: Context, mapping: Map, where: str, allowed: tuple[str, ...]) -> None:
    """Report every key that is neither allowed nor ``x-``: typos are caught."""
    before: Node | None = None
    for name, (key, value) in mapping.entries.items():
        if name not in allowed and not name.startswith(X_PREFIX):
            ctx.error(key, join(where, name), _unknown_key(name, allowed, mapping, value, before))
        before = value


def _unknown_key(
    name: str, allowed: tuple[str, ...], mapping: Map, value: Node, before: Node | None
) -> Message:
    """Why ``name`` is refused, with the likeliest fix: a typo, or a comma that split a value."""
    if mapping.flow and isinstance(value, Scalar) and value.plain and value.text == "":
        # `{caption: Rome, Italy}` reads as caption: Rome and a key 'Italy' with no value.
        if isinstance(before, Scalar) and before.plain and isinstance(before.value, str):
            return say.UNKNOWN_KEY_COMMA(key=name, value=before.text)
        return say.UNKNOWN_KEY_COMMA_VALUE(key=name)
    close = difflib.get_close_matches(name, allowed, n=1)
    if close:
        return say.UNKNOWN_KEY_CLOSE(key=name, close=close[0])
    return say.UNKNOWN_KEY(key=name)


def required(ctx: Context, mapping: Map, where: str, key: str, message: Message) -> Node | None:
    entry = mapping.entries.get(key)
    if entry is None:
        ctx.error(mapping, join(where, key), message)
        return None
    return entry[1]


def optional(mapping: Map, key: str) -> Node | None:
    entry = mapping.entries.get(key)
    return entry[1] if entry is not None else None


def is_number(node: Node) -> bool:
    if not isinstance(node, Scalar):
        return False
    value = node.value
    return isinstance(value, int | float) and not isinstance(value, bool)


def _within_limit(ctx: Context, node: Node, where: str, text: str) -> str | None:
    if limits.text_too_long(text):
        size = human_size(limits.TEXT_BYTES)
        ctx.error(node, where, say.TEXT_TOO_LARGE(size=size))
        return None
    return text


def string(ctx: Context, node: Node, where: str, numbers: bool = True) -> str | None:
    """A string; a number is taken as written (``0612345678``) unless ``numbers`` is False."""
    if isinstance(node, Scalar) and isinstance(node.value, str):
        return _within_limit(ctx, node, where, node.value)
    if numbers and is_number(node):
        assert isinstance(node, Scalar)
        if isinstance(node.value, float) and not math.isfinite(node.value):
            ctx.error(node, where, say.EXPECTED_TEXT(got=describe(node)))
            return None
        return _within_limit(ctx, node, where, node.text)
    if not numbers and is_number(node):
        assert isinstance(node, Scalar)
        ctx.error(node, where, say.EXPECTED_STRING_QUOTE(got=describe(node), text=node.text))
        return None
    ctx.error(node, where, say.EXPECTED_STRING(got=describe(node)))
    return None


def integer(ctx: Context, node: Node, where: str, example: str) -> int | None:
    if isinstance(node, Scalar) and type(node.value) is int:
        return node.value
    ctx.error(node, where, say.EXPECTED_WHOLE_NUMBER(example=example, got=describe(node)))
    return None
