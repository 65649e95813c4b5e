"""Values written as YAML text: scalars in the style asked for when they read
back the same under YAML 1.2's core schema, new mappings and lists in block
style at a given indentation (or in flow style inside ``[…]``/``{…}``).

The readers of these texts are :mod:`mediakit.kit.manifest.yamlread` (the
core schema: a plain ``no`` or ``2:05`` is a string there) and libyaml's
parser: a style is used only where both read the value back exactly; the
fallback is a double-quoted string, which can hold anything.
"""

from __future__ import annotations

import math
import re

import yaml

from mediakit.kit.authoring.layout import Layout
from mediakit.kit.manifest.yamlread import resolve_plain

# What may start a plain scalar, and what may not appear in one (YAML 1.2 §7.3.3),
# kept strict: a value that merely could be plain is quoted, never misread.
_PLAIN_START = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
_NOT_PRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]"
)
_FLOW_INDICATORS = frozenset(",[]{}")


def is_plain_safe(text: str, flow: bool) -> bool:
    """Whether ``text`` written plain reads back as this very string."""
    if not text or not _PLAIN_START.match(text) or text != text.strip(" \t"):
        return False
    if "\n" in text or "\r" in text or "\t" in text or _NOT_PRINTABLE.search(text):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and (_FLOW_INDICATORS & set(text) or ":" in text):
        return False
    if not isinstance(resolve_plain(text), str):
        return False
    # Nor anything YAML 1.1 reads otherwise (`no`, `on`, `2:05`, a date): other tools
    # (editors, linters, the author's scripts) still read kit.yaml that way.
    return _YAML11.resolve(yaml.ScalarNode, text, (True, False)) == _STR


_YAML11 = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"


def _double(text: str) -> str:
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif _NOT_PRINTABLE.match(char):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _single_safe(text: str) -> bool:
    return not ("\n" in text or "\r" in text or _NOT_PRINTABLE.search(text))


def _literal(text: str, indent: int, layout: Layout) -> str | None:
    """``text`` as a literal block ``|`` whose lines are indented ``indent``, or None
    when a literal cannot hold it exactly."""
    if not text.strip("\n") or "\r" in text or _NOT_PRINTABLE.search(text):
        return None
    body = text.rstrip("\n")
    if body.lstrip("\n")[:1] in (" ", "\t"):
        return None  # its indentation would need an indicator: quoted instead
    trailing = len(text) - len(body)
    if trailing > 1:
        return None  # `|+` would keep the blank lines after it in the file as well
    pad = " " * indent
    lines = [pad + line if line else "" for line in body.split("\n")]
    return ("|" if trailing else "|-") + "".join(layout.newline + line for line in lines)


def scalar(value: object, style: str, flow: bool, indent: int, layout: Layout) -> str:
    """``value`` (str, int, float, bool or None) as a YAML scalar, in ``style``
    ("" plain, "'", '"', "|", ">") where it reads back the same.

    A multi-line string outside ``[…]``/``{…}`` becomes a literal block at
    ``indent``; a folded one is rewritten literal too (its folding rules would
    reflow the author's lines anyway); numbers, booleans and null are plain.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        return repr(value)
    assert isinstance(value, str)
    if not flow and ("\n" in value or style in ("|", ">")):
        block = _literal(value, indent, layout)
        if block is not None:
            return block
    if style == "'" and _single_safe(value):
        return "'" + value.replace("'", "''") + "'"
    if style in ("", "|", ">") and is_plain_safe(value, flow):
        return value
    return _double(value)


def key(text: str, flow: bool = False) -> str:
    return text if is_plain_safe(text, flow) else _double(text)


def in_flow(value: object) -> str:
    """``value`` in flow style: ``[a, b]``, ``{fr: x, en: y}``."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key(k, True)}: {in_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(in_flow(item) for item in value) + "]"
    return scalar(value, "", True, 0, Layout())


def _is_block(value: object) -> bool:
    return isinstance(value, dict | list) and bool(value)


def after_key(value: object, column: int, layout: Layout, style: str = "") -> str:
    """What follows ``key:`` for a key written at ``column``: `` value``, or the
    mapping or list on the next lines."""
    if not _is_block(value):
        if isinstance(value, dict | list):
            return " " + in_flow(value)
        return " " + scalar(value, style, False, column + layout.step, layout)
    if isinstance(value, dict):
        return layout.newline + mapping(value, column + layout.step, layout, style=style)
    assert isinstance(value, list)
    return layout.newline + sequence(value, column + layout.dash, layout, style=style)


def after_dash(value: object, column: int, layout: Layout, style: str = "") -> str:
    """What follows the ``-`` of a list item written at ``column``; a mapping's first
    key and a list's first item on the dash's line."""
    inner = column + 2
    if not _is_block(value):
        if isinstance(value, dict | list):
            return " " + in_flow(value)
        return " " + scalar(value, style, False, inner, layout)
    if isinstance(value, dict):
        return " " + mapping(value, inner, layout, inline_first=True, style=style)
    assert isinstance(value, list)
    return " " + sequence(value, inner, layout, inline_first=True, style=style)


def entry(name: str, value: object, column: int, layout: Layout, style: str = "") -> str:
    """One mapping entry, its first line unindented: ``name: value``."""
    return key(name) + ":" + after_key(value, column, layout, style)


def item(value: object, column: int, layout: Layout, style: str = "") -> str:
    """One list item, its first line unindented: ``- value``."""
    return "-" + after_dash(value, column, layout, style)


def mapping(
    value: dict[str, object],
    column: int,
    layout: Layout,
    inline_first: bool = False,
    style: str = "",
) -> str:
    lines = [entry(k, v, column, layout, style) for k, v in value.items()]
    return _indented(lines, column, inline_first, layout)


def sequence(
    value: list[object], column: int, layout: Layout, inline_first: bool = False, style: str = ""
) -> str:
    lines = [item(v, column, layout, style) for v in value]
    return _indented(lines, column, inline_first, layout)


def _indented(lines: list[str], column: int, inline_first: bool, layout: Layout) -> str:
    pad = " " * column
    return layout.newline.join(
        line if inline_first and at == 0 else pad + line for at, line in enumerate(lines)
    )
