"""YAML 1.2 (core schema) reading with a position on every value.

PyYAML resolves scalars the YAML 1.1 way (``no`` is false, ``2:05`` is 125),
so we take only its event stream and build the values ourselves: plain
scalars are resolved with the 1.2 core schema, every node keeps its line and
column, tags are refused, duplicate keys are refused, merge keys (``<<``) are
applied. Building from events with an explicit stack (not PyYAML's recursive
composer) means deep nesting is refused at the limit, never by a crash, and
alias expansion is counted with each node's size, so a "billion laughs" file
is refused after a few hundred events.

That event reader is exact but slow on big manifests (a Python call and an
event object per value). So :func:`read_yaml` first lets libyaml's C composer
build the whole node graph (``CParser.get_single_node``, the scalars left
unresolved) and walks it into the same :class:`Node` values. The walk only
ever accepts: anything it does not take as it is — a YAML error, a tag, a key
given twice, a list, nesting or expansion past a limit, an alias inside the
value it names, a redefined anchor, a merge of something not a mapping —
sends the text back to the event reader, which refuses it with the same
message and place as ever (or accepts it: its answer is the answer). A text
with too many separators for a kit goes straight to the event reader, so
that a hostile one is refused after a few events, never composed whole.
"""

from __future__ import annotations

import contextlib
import gc
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from mediakit.kit.manifest import limits
from mediakit.kit.message import Message
from mediakit.kit.problems import reading as say

try:  # libyaml is much faster on large manifests; both give the same events
    from yaml._yaml import CParser as _Parser

    _HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import BaseLoader as _Parser  # type: ignore[assignment]

    _HAVE_LIBYAML = False


class YamlError(Exception):
    """The manifest cannot be read; ``line``/``column`` count from 1."""

    def __init__(
        self,
        message: Message,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(str(message))
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


_NULLS = frozenset(("null", "Null", "NULL", "~", ""))  # _NULL's words, for a set lookup
_TRUES = frozenset(("true", "True", "TRUE"))
_FALSES = frozenset(("false", "False", "FALSE"))
_NUMBER_START = frozenset("0123456789+-.")  # what every number pattern below starts with
_WORDS = _NULLS | _TRUES | _FALSES


def resolve_plain(text: str) -> bool | int | float | str | None:
    """The value of a plain (unquoted) scalar under the core schema."""
    if text in _NULLS:
        return None
    if text in _TRUES:
        return True
    if text in _FALSES:
        return False
    if text[0] not in _NUMBER_START:  # not empty: "" is null
        return text  # most values: names, words, sentences
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
        raise YamlError(say.NOT_UTF8(byte=f"0x{byte:02x}"), line, column) from None


def _too_deep() -> Message:
    return say.TOO_DEEP(depth=limits.NESTING_DEPTH)


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
            raise YamlError(say.YAML_TAG(tag=tag), *_at(event))
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
            raise YamlError(say.YAML_ALIAS_LOOP(name=name), *_at(event))
        node = self.anchors.get(name)
        if node is None:
            raise YamlError(say.YAML_ALIAS_UNDEFINED(name=name), *_at(event))
        self._add(node, event)

    def _grow(self, container: Node, by: int, event: yaml.Event) -> None:
        container.size += by
        if container.size > limits.ALIAS_NODES:
            raise YamlError(say.YAML_ALIAS_LIMIT(count=limits.ALIAS_NODES), *_at(event))

    def _add(self, node: Node, event: yaml.Event) -> None:
        if not self.stack:
            self.root = node
            return
        frame = self.stack[-1]
        parent = frame.node
        if isinstance(parent, Seq):
            if len(parent.items) >= limits.LIST_ITEMS:
                raise YamlError(
                    say.YAML_LIST_LIMIT(count=limits.LIST_ITEMS),
                    parent.line,
                    parent.column,
                    self._where(),
                )
            parent.items.append(node)
            self._grow(parent, node.size, event)
            return
        if frame.key is None:
            if not isinstance(node, Scalar):
                raise YamlError(say.YAML_KEY_NOT_PLAIN(), node.line, node.column)
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
                say.YAML_GIVEN_TWICE(line=first.line),
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
                raise YamlError(say.YAML_MERGE(), key.line, key.column)
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
                say.YAML_ALIAS_LIMIT(count=limits.ALIAS_NODES),
                target.line,
                target.column,
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
    with no_cycle_collection():
        if _HAVE_LIBYAML and _separators(text) <= _FAST_SEPARATORS:
            try:
                return _read_composed(text)
            except _FallbackError:
                pass  # the event reader decides, and says why if it refuses
        return read_yaml_events(text)


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The cycle collector paused while nodes are made: a manifest makes tens of
    thousands of objects and no garbage cycle, and the collector's passes over
    them would cost as much again as making them. Re-entrant; the collector
    runs again as it did before (it was perhaps off already)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_yaml_events(text: str) -> Node | None:
    """:func:`read_yaml` event by event: the reference, and every refusal's message."""
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
                    raise YamlError(say.YAML_DOCUMENTS(), *_at(event))
                continue
            if isinstance(event, yaml.StreamStartEvent | yaml.DocumentEndEvent):
                continue
            builder.feed(event)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or ""
        where = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        if "nesting depth" in problem:  # libyaml's own guard, met before ours in flow style
            raise YamlError(_too_deep(), *where) from None
        # PyYAML's own words, as it says them: ours are the sentence around them.
        said = Message.verbatim(problem) if problem else say.YAML_NO_REASON()
        if _mid_flow_mapping(text, problem, mark):
            raise YamlError(say.YAML_INVALID_QUOTE_HINT(problem=said), *where) from None
        raise YamlError(say.YAML_INVALID(problem=said), *where) from None
    except yaml.YAMLError as exc:
        raise YamlError(say.YAML_INVALID(problem=Message.verbatim(str(exc)))) from None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    return builder.root


# The composed reader. -------------------------------------------------------

# More separators than this and the text is no kit anyone wrote by hand (a
# kit at the format's limits has some 100,000): the event reader refuses it
# early instead of the composer building every node of it first.
_FAST_SEPARATORS = 400_000
_SEPARATORS = ",\n-:[{?*"

# The tags the composer gives nodes written without one (``resolve`` below):
# compared by identity, so no tag written in the text can pass for one.
_PLAIN = "mediakit:plain"
_QUOTED = "mediakit:quoted"
_SEQUENCE = "mediakit:seq"
_MAPPING = "mediakit:map"
_SPACE = frozenset(" \t\r\n\x85\u2028\u2029\ufeff")


def _separators(text: str) -> int:
    """At least half the values the text can hold: each needs one of these."""
    return sum(text.count(c) for c in _SEPARATORS)


class _FallbackError(Exception):
    """The composed reader leaves this text to the event reader."""


if _HAVE_LIBYAML:

    class _Composer(_Parser):
        """libyaml's composer, every untagged node left unresolved (the core
        schema is applied by :func:`resolve_plain`, not YAML 1.1's resolver)."""

        def resolve(self, kind: type[yaml.Node], value: object, implicit: tuple[bool, bool]) -> str:
            if kind is yaml.ScalarNode:
                return _PLAIN if implicit[0] else _QUOTED
            return _SEQUENCE if kind is yaml.SequenceNode else _MAPPING

        def descend_resolver(self, parent: object, index: object) -> None:
            pass  # path-dependent resolvers: none here

        def ascend_resolver(self) -> None:
            pass


def _read_composed(text: str) -> Node | None:
    try:
        composer = _Composer(text)
    except Exception:  # text libyaml cannot take (a lone surrogate): the event reader says
        raise _FallbackError from None
    try:
        root = composer.get_single_node()
    except Exception:  # a YAML error, a composer limit: the event reader says which
        raise _FallbackError from None
    finally:
        composer.dispose()
    if root is None:
        return None
    return _Walk(text).node(root, 0)


class _Walk:
    """Composed nodes to :class:`Node` values, as :class:`_Builder` makes them from events.

    A list or mapping reached twice (an alias) is built once and shared, as the
    event reader shares an anchor's node: sizes add up the same way, and a
    "billion laughs" costs one walk of the text, not of its expansion. Nodes
    are first reached where they are written (an anchor comes before its
    aliases), so the depth counted is the depth as written. Scalars, the bulk
    of a manifest, are built inline (an aliased one twice, equal).
    """

    __slots__ = ("built", "open", "tags_possible", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tags_possible = "!" in text  # a tag, even the bare '!', is written with one
        self.built: dict[int, Seq | Map] = {}
        self.open: set[int] = set()

    def node(self, source: yaml.Node, depth: int) -> Node:
        tag = source.tag
        mark = source.start_mark
        if self.tags_possible and self._tagged(mark.index):
            raise _FallbackError
        if tag is _PLAIN:
            written = source.value
            return Scalar(mark.line + 1, mark.column + 1, resolve_plain(written), written, True)
        if tag is _QUOTED:
            written = source.value
            return Scalar(mark.line + 1, mark.column + 1, written, written, False)
        return self._collection(source, tag, depth)

    def _collection(self, source: yaml.Node, tag: object, depth: int) -> Seq | Map:
        ident = id(source)
        done = self.built.get(ident)
        if done is not None:
            return done
        if tag is not _SEQUENCE and tag is not _MAPPING:
            raise _FallbackError  # a tag written in the text
        if depth >= limits.NESTING_DEPTH or ident in self.open:
            raise _FallbackError  # too deep, or an alias inside the value it names
        mark = source.start_mark
        self.open.add(ident)
        result: Seq | Map
        if tag is _SEQUENCE:
            result = self._seq(source, mark.line + 1, mark.column + 1, depth + 1)
        else:
            assert isinstance(source, yaml.MappingNode)
            result = self._map(source, mark.line + 1, mark.column + 1, depth + 1)
        self.open.discard(ident)
        if result.size > limits.ALIAS_NODES:
            raise _FallbackError
        self.built[ident] = result
        return result

    def _tagged(self, at: int) -> bool:
        """Whether the node written at ``at`` has a tag (a bare '!' resolves as if it had none).

        Properties come first: a tag, or an anchor then a tag. Cautious: after
        an anchor, a '!' that starts the next thing at all counts as a tag.
        """
        text = self.text
        if at >= len(text):
            return False
        if text[at] == "!":
            return True
        if text[at] != "&":
            return False
        end = len(text)
        while at < end and text[at] not in _SPACE:
            at += 1
        while at < end:
            char = text[at]
            if char in _SPACE:
                at += 1
            elif char == "#":
                while at < end and text[at] not in "\r\n\x85\u2028\u2029":
                    at += 1
            else:
                return char == "!"
        return False

    def _seq(self, source: yaml.Node, line: int, column: int, depth: int) -> Seq:
        values = source.value
        if len(values) > limits.LIST_ITEMS:
            raise _FallbackError
        node = self.node
        items = [node(item, depth) for item in values]
        seq = Seq(line, column, items)
        seq.size = 1 + sum(item.size for item in items)
        return seq

    def _map(self, source: yaml.MappingNode, line: int, column: int, depth: int) -> Map:
        target = Map(line, column, flow=bool(source.flow_style))
        entries = target.entries
        seen: dict[tuple[str, object], Scalar] = {}
        merges: list[Map] = []
        size = 1
        node = self.node
        inline = not self.tags_possible  # then a plain scalar is built here, without a call
        for key_source, value_source in source.value:
            if inline and key_source.tag is _PLAIN:  # nearly every key
                mark, written = key_source.start_mark, key_source.value
                resolved = (
                    written
                    if written and written[0] not in _NUMBER_START and written not in _WORDS
                    else resolve_plain(written)
                )
                key = Scalar(mark.line + 1, mark.column + 1, resolved, written, True)
            else:
                built = node(key_source, depth)
                if not isinstance(built, Scalar):
                    raise _FallbackError
                key = built
            if inline and value_source.tag is _PLAIN:
                mark, written = value_source.start_mark, value_source.value
                resolved = (
                    written
                    if written and written[0] not in _NUMBER_START and written not in _WORDS
                    else resolve_plain(written)
                )
                value: Node = Scalar(mark.line + 1, mark.column + 1, resolved, written, True)
            else:
                value = node(value_source, depth)
            if key.plain and key.text == "<<":
                for merged in value.items if isinstance(value, Seq) else [value]:
                    if not isinstance(merged, Map):
                        raise _FallbackError
                    merges.append(merged)
                continue
            identity = (type(key.value).__name__, key.value)
            if identity in seen or key.text in entries:
                raise _FallbackError  # given twice
            seen[identity] = key
            entries[key.text] = (key, value)
            size += 1 + value.size
        # As _Builder._merge: keys written in the mapping win; among merged ones the first.
        for merged in merges:
            for text, (key, value) in merged.entries.items():
                identity = (type(key.value).__name__, key.value)
                if identity in seen or text in entries:
                    continue
                seen[identity] = key
                entries[text] = (key, value)
                size += 1 + value.size
        target.size = size
        return target
