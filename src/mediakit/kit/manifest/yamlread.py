"""YAML 1.2 (core schema) reading with a position on every value.

PyYAML resolves scalars the YAML 1.1 way (``no`` is false, ``2:05`` is 125),
so we take only its event stream and build the values ourselves: plain
scalars are resolved with the 1.2 core schema, every node keeps its line and
column, tags are refused, duplicate keys are refused, merge keys (``<<``) are
applied. Building from events with an explicit stack (not PyYAML's recursive
composer) means deep nesting is refused at the limit, never by a crash, and
alias expansion is counted with each node's size, so a "billion laughs" file
is refused after a few hundred events.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import yaml

from mediakit.kit.manifest import limits

try:  # libyaml is much faster on large manifests; both give the same events
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import BaseLoader as _Parser  # type: ignore[assignment]


class YamlError(Exception):
    """The manifest cannot be read; ``line``/``column`` count from 1."""

    def __init__(
        self,
        message: str,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.field = field  # the manifest path, when known (``stills``)


@dataclass(eq=False, slots=True)
class Node:
    line: int
    column: int
    size: int = field(default=1, init=False)  # values once aliases are expanded


@dataclass(eq=False, slots=True)
class Scalar(Node):
    value: bool | int | float | str | None = None
    text: str = ""  # as written: "5.10" stays "5.10" when a text is wanted
    plain: bool = True  # unquoted: only a plain "<<" is a merge key


@dataclass(eq=False, slots=True)
class Seq(Node):
    items: list[Node] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class Map(Node):
    # key as written -> (key node, value node); merged keys included
    entries: dict[str, tuple[Scalar, Node]] = field(default_factory=dict)
    flow: bool = False  # written {a: 1, b: 2}: there a comma ends a value


# The YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
_NULL = re.compile(r"null|Null|NULL|~|")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
_INT_DIGITS = 4000  # below sys.get_int_max_str_digits()'s default of 4,300


def resolve_plain(text: str) -> bool | int | float | str | None:
    """The value of a plain (unquoted) scalar under the core schema."""
    if _NULL.fullmatch(text):
        return None
    if _TRUE.fullmatch(text):
        return True
    if _FALSE.fullmatch(text):
        return False
    if _INT.fullmatch(text):
        if len(text) > _INT_DIGITS:  # int() refuses these (a CPU guard): too large anyway
            return -math.inf if text.startswith("-") else math.inf
        return int(text)
    if _OCT.fullmatch(text):
        return int(text[2:], 8)
    if _HEX.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.fullmatch(text):
        return math.nan
    return text


def decode_utf8(data: bytes) -> str:
    """``data`` as text without a byte-order mark; YamlError with the place if not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", "replace")) + 1
        byte = data[exc.start]
        raise YamlError(
            f"this is not UTF-8 text (byte 0x{byte:02x}): save the file as UTF-8", line, column
        ) from None


def _too_deep() -> str:
    return (
        f"the manifest is nested more than {limits.NESTING_DEPTH} levels deep (the nesting limit)"
    )


def _at(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark  # both parsers always set it
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _key_identity(key: Scalar) -> tuple[str, object]:
    return (type(key.value).__name__, key.value)


class _Frame:
    """A list or mapping being built, with what it needs until it closes."""

    __slots__ = ("anchor", "key", "merges", "node", "seen")

    def __init__(self, node: Seq | Map, anchor: str | None) -> None:
        self.node = node
        self.anchor = anchor
        self.key: Scalar | None = None  # a mapping's key waiting for its value
        self.merges: list[Map] = []
        self.seen: dict[tuple[str, object], Scalar] = {}  # each key's first occurrence


class _Builder:
    def __init__(self) -> None:
        self.anchors: dict[str, Node] = {}
        self.open_anchors: set[str] = set()
        self.stack: list[_Frame] = []
        self.root: Node | None = None

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.AliasEvent):
            self._alias(event)
            return
        tag = getattr(event, "tag", None)  # explicit tags only: untagged nodes have None
        if tag is not None:
            raise YamlError(f"tags like '{tag}' are not allowed in a kit", *_at(event))
        if isinstance(event, yaml.ScalarEvent):
            line, column = _at(event)
            plain = event.implicit[0]
            value = resolve_plain(event.value) if plain else event.value
            node = Scalar(line, column, value, event.value, plain)
            self._anchor(event.anchor, node)
            self._add(node, event)
        elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            if len(self.stack) >= limits.NESTING_DEPTH:
                raise YamlError(_too_deep(), *_at(event))
            line, column = _at(event)
            container: Seq | Map = (
                Seq(line, column)
                if isinstance(event, yaml.SequenceStartEvent)
                else Map(line, column, flow=bool(event.flow_style))
            )
            if event.anchor is not None:
                self.open_anchors.add(event.anchor)
            self.stack.append(_Frame(container, event.anchor))
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            frame = self.stack.pop()
            if isinstance(frame.node, Map):
                self._merge(frame)
            if frame.anchor is not None:
                self.open_anchors.discard(frame.anchor)
                self._anchor(frame.anchor, frame.node)
            self._add(frame.node, event)

    def _anchor(self, anchor: str | None, node: Node) -> None:
        if anchor is not None:
            self.anchors[anchor] = node

    def _alias(self, event: yaml.AliasEvent) -> None:
        name = event.anchor or ""
        if name in self.open_anchors:
            raise YamlError(f"alias '*{name}' refers to the very value that holds it", *_at(event))
        node = self.anchors.get(name)
        if node is None:
            raise YamlError(
                f"alias '*{name}' is not defined (an anchor '&{name}' must come before it)",
                *_at(event),
            )
        self._add(node, event)

    def _grow(self, container: Node, by: int, event: yaml.Event) -> None:
        container.size += by
        if container.size > limits.ALIAS_NODES:
            raise YamlError(
                f"the manifest holds more than {limits.ALIAS_NODES:,} values once aliases "
                "are expanded (the alias expansion limit)",
                *_at(event),
            )

    def _add(self, node: Node, event: yaml.Event) -> None:
        if not self.stack:
            self.root = node
            return
        frame = self.stack[-1]
        parent = frame.node
        if isinstance(parent, Seq):
            if len(parent.items) >= limits.LIST_ITEMS:
                raise YamlError(
                    f"a list holds more than {limits.LIST_ITEMS:,} items (the list limit)",
                    parent.line,
                    parent.column,
                    self._where(),
                )
            parent.items.append(node)
            self._grow(parent, node.size, event)
            return
        if frame.key is None:
            if not isinstance(node, Scalar):
                raise YamlError(
                    "a key must be a plain name, not a list or mapping", node.line, node.column
                )
            frame.key = node
            return
        key, frame.key = frame.key, None
        if key.plain and key.text == "<<":
            self._merge_value(frame, node, key)
            return
        identity = _key_identity(key)
        first = frame.seen.get(identity) or parent.entries.get(key.text, (None,))[0]
        if first is not None:
            where = self._where()
            raise YamlError(
                f"given twice (first at line {first.line})",
                key.line,
                key.column,
                f"{where}.{key.text}" if where else key.text,
            )
        frame.seen[identity] = key
        parent.entries[key.text] = (key, node)
        self._grow(parent, 1 + node.size, event)

    def _where(self) -> str | None:
        """The manifest path of the innermost open list or mapping: ``credits[2].names``."""
        where = ""
        for frame in self.stack[:-1]:
            if isinstance(frame.node, Seq):
                where += f"[{len(frame.node.items)}]"
            elif frame.key is not None:
                where += f".{frame.key.text}" if where else frame.key.text
        return where or None

    def _merge_value(self, frame: _Frame, node: Node, key: Scalar) -> None:
        sources = node.items if isinstance(node, Seq) else [node]
        for source in sources:
            if not isinstance(source, Map):
                raise YamlError("'<<' merges a mapping or a list of mappings", key.line, key.column)
            frame.merges.append(source)

    def _merge(self, frame: _Frame) -> None:
        target = frame.node
        assert isinstance(target, Map)
        # Keys written in the mapping win; among merged mappings the first wins.
        for source in frame.merges:
            for text, (key, value) in source.entries.items():
                identity = _key_identity(key)
                if identity in frame.seen or text in target.entries:
                    continue
                frame.seen[identity] = key
                target.entries[text] = (key, value)
                target.size += 1 + value.size
        if target.size > limits.ALIAS_NODES:
            raise YamlError(
                f"the manifest holds more than {limits.ALIAS_NODES:,} values once aliases "
                "are expanded (the alias expansion limit)",
                target.line,
                target.column,
            )


_QUOTE_HINT = (
    " (inside {…} a ',' or a ': ' ends a value: put a value holding one in quotes,"
    ' like caption: "Rome, Italy")'
)


def _mid_flow_mapping(text: str, problem: str, mark: yaml.Mark | None) -> bool:
    """Whether a ``{…}`` broke in the middle of a line — a value with an unquoted
    ',' or ': ' in it — rather than at a line's end, where a '}' is missing."""
    if mark is None or "expected ',' or '}'" not in problem:
        return False
    lines = text.split("\n")
    return mark.line < len(lines) and mark.column < len(lines[mark.line].rstrip())


def read_yaml(text: str) -> Node | None:
    """The single document in ``text`` (None when empty); YamlError when refused."""
    builder = _Builder()
    documents = 0
    parser = _Parser(text)
    try:
        while True:
            event = parser.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlError("the file holds more than one YAML document", *_at(event))
                continue
            if isinstance(event, yaml.StreamStartEvent | yaml.DocumentEndEvent):
                continue
            builder.feed(event)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        where = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        if "nesting depth" in problem:  # libyaml's own guard, met before ours in flow style
            raise YamlError(_too_deep(), *where) from None
        hint = _QUOTE_HINT if _mid_flow_mapping(text, problem, mark) else ""
        raise YamlError(f"this is not valid YAML: {problem}{hint}", *where) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"this is not valid YAML: {exc}") from None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    return builder.root
