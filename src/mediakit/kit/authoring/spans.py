"""Where each value of a YAML text is written: a tree of spans over the text.

Built from PyYAML's event stream (libyaml's parser when available) rather
than its composer: the composer hands an alias back as the very node it
names, with the anchor's place, so the ``*name`` written elsewhere has no
span; events keep it. Indexes count characters of the text as given (a
byte-order mark included). Block collections end where their last value
ends — libyaml ends them at the next token, past blank lines and comments
that belong to what follows — and a block scalar (``|``, ``>``) ends with its
last line of text, before the blank lines libyaml counts in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

try:  # the C parser: same events, same marks, many times faster
    from yaml import CBaseLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import BaseLoader as _Loader  # type: ignore[assignment]

_BOM = "\ufeff"


@dataclass(eq=False)
class Span:
    start: int  # where the node is written, its anchor (``&name``) included
    end: int  # just past its last character of content
    anchor: str | None
    flow: bool = False  # written inside [...] or {...} (or is one)


@dataclass(eq=False)
class ScalarSpan(Span):
    value: str = ""  # as the parser read it: unresolved, unescaped
    style: str = ""  # "" plain, "'", '"', "|", ">"


@dataclass(eq=False)
class AliasSpan(Span):
    name: str = ""


@dataclass(eq=False)
class SeqSpan(Span):
    items: list[Span] = field(default_factory=list)


@dataclass(eq=False)
class MapSpan(Span):
    keys: list[Span] = field(default_factory=list)
    values: list[Span] = field(default_factory=list)

    def find(self, key: str) -> int | None:
        """The index of the entry written with ``key``, or None (merged keys are not written)."""
        for index, written in enumerate(self.keys):
            if isinstance(written, ScalarSpan) and written.value == key:
                return index
        return None


class SpanError(Exception):
    """The text is not YAML the parser reads; ``line``/``column`` from 1."""

    def __init__(self, reason: str, line: int | None, column: int | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.column = column


def after_anchor(text: str, span: Span) -> int:
    """Where ``span``'s value starts once its ``&anchor`` and the blanks after it are skipped."""
    at = span.start
    if span.anchor is None or not text.startswith("&", at):
        return at
    at += 1 + len(span.anchor)
    while at < span.end and text[at] in " \t":
        at += 1
    return at


def _trim_block_scalar(text: str, start: int, end: int) -> int:
    """The end of a block scalar's last line of text, before its trailing blank lines."""
    while end > start:
        line_start = max(text.rfind("\n", start, end - 1), text.rfind("\r", start, end - 1)) + 1
        line = text[line_start:end]
        if line.strip(" \t\r\n"):
            return end - (len(line) - len(line.rstrip("\r\n")))
        end = line_start
    return end


def read_spans(text: str) -> Span | None:
    """The span tree of the single document in ``text`` (None when it holds none)."""
    offset = 1 if text.startswith(_BOM) else 0
    body = text[offset:]
    stack: list[SeqSpan | MapSpan] = []
    pending_key: list[Span | None] = []
    root: Span | None = None

    def add(node: Span) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        if isinstance(parent, SeqSpan):
            parent.items.append(node)
        elif pending_key[-1] is None:
            pending_key[-1] = node
        else:
            parent.keys.append(pending_key[-1])
            parent.values.append(node)
            pending_key[-1] = None

    try:
        for event in yaml.parse(body, Loader=_Loader):
            start = event.start_mark.index + offset if event.start_mark else 0
            end = event.end_mark.index + offset if event.end_mark else start
            flow = bool(stack) and stack[-1].flow
            if isinstance(event, yaml.ScalarEvent):
                style = event.style or ""
                if style in "|>" and style:
                    end = _trim_block_scalar(text, start, end)
                add(ScalarSpan(start, end, event.anchor, flow, event.value, style))
            elif isinstance(event, yaml.AliasEvent):
                add(AliasSpan(start, end, None, flow, event.anchor or ""))
            elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                is_flow = flow or bool(event.flow_style)
                kind = SeqSpan if isinstance(event, yaml.SequenceStartEvent) else MapSpan
                stack.append(kind(start, start, event.anchor, is_flow))
                pending_key.append(None)
            elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                done = stack.pop()
                pending_key.pop()
                last = done.items if isinstance(done, SeqSpan) else done.values
                if done.flow and _closes(text, end):
                    done.end = end  # just past its ']' or '}'
                else:  # a block one, or [a: 1]'s mapping, which has no brackets
                    done.end = last[-1].end if last else end
                add(done)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = exc.problem or exc.context or "not valid YAML"
        if mark is None:
            raise SpanError(reason, None, None) from None
        raise SpanError(reason, mark.line + 1, mark.column + 1) from None
    except yaml.YAMLError as exc:
        raise SpanError(str(exc), None, None) from None
    return root


def _closes(text: str, end: int) -> bool:
    """Whether a flow collection's end mark sits just past its closing bracket."""
    return end > 0 and text[end - 1] in "]}"


def _merges(node: MapSpan) -> bool:
    return any(isinstance(key, ScalarSpan) and key.value == "<<" for key in node.keys)


def _ties(node: Span) -> bool:
    """Whether ``node`` or anything in it is an alias, has an anchor or merges."""
    if isinstance(node, AliasSpan) or node.anchor is not None:
        return True
    if isinstance(node, SeqSpan):
        return any(_ties(item) for item in node.items)
    if isinstance(node, MapSpan):
        return _merges(node) or any(_ties(value) for value in node.values)
    return False


def shared(root: Span | None, steps: tuple[str | int, ...]) -> bool:
    """Whether the value at ``steps`` is tied to others (see ``KitDocument.shared``):
    it, or a value on the way to it, is an alias, has an anchor or holds one, or
    is in a mapping that merges another (its keys may come back from there)."""
    node = root
    for step in steps:
        if node is None or isinstance(node, AliasSpan) or node.anchor is not None:
            return node is not None
        if isinstance(node, SeqSpan) and isinstance(step, int) and step < len(node.items):
            node = node.items[step]
        elif isinstance(node, MapSpan) and isinstance(step, str):
            index = node.find(step)
            if _merges(node) or index is None:
                return _merges(node)
            node = node.values[index]
        else:
            return False
    return node is not None and _ties(node)
