"""How a document is laid out — its indentation and line break — so that what is
written new looks like what its author wrote around it."""

from __future__ import annotations

from dataclasses import dataclass

from mediakit.kit.authoring.spans import MapSpan, SeqSpan, Span
from mediakit.kit.authoring.textlines import Lines


@dataclass(frozen=True)
class Layout:
    """How the document indents: ``step`` for a mapping's values, ``dash`` for a
    list's ``-`` under its key (0 when written flush), its line break."""

    newline: str = "\n"
    step: int = 2
    dash: int = 2


def detect_layout(text: str, root: Span | None) -> Layout:
    """The document's own indentation (the first nested mapping and list say it)
    and line break (its first one), for what is written new."""
    lines = Lines(text)
    first_break = text.find("\n")
    newline = "\r\n" if first_break > 0 and text[first_break - 1] == "\r" else "\n"
    step: int | None = None
    dash: int | None = None
    pending = [root]
    while pending and (step is None or dash is None):
        node = pending.pop(0)
        if isinstance(node, SeqSpan):
            pending.extend(node.items)
        if not isinstance(node, MapSpan) or node.flow:
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            column = lines.column(key.start)
            if step is None and isinstance(value, MapSpan) and not value.flow and value.keys:
                step = lines.column(value.keys[0].start) - column
            if dash is None and isinstance(value, SeqSpan) and not value.flow and value.items:
                at = dash_of(text, value.items[0])
                if at is not None and lines.starts_line(at):
                    dash = lines.column(at) - column
            pending.append(value)
    step = step if step and step > 0 else 2
    return Layout(newline, step, 2 if dash is None or dash < 0 else dash)


def dash_of(text: str, item: Span) -> int | None:
    """The ``-`` of a block list's item (blanks and line breaks may come between)."""
    at = item.start - 1
    while at >= 0 and text[at] in " \t\r\n":
        at -= 1
    return at if at >= 0 and text[at] == "-" else None
