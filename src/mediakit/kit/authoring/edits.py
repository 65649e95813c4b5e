"""The edits on the text: each changes as few characters as it can.

A scalar is replaced where it is written, in its own style; a new key goes
after the last one of its mapping, at its indentation; a list item is added,
removed or moved as whole lines (with the comment written right above it);
inside ``[…]`` or ``{…}`` only that collection's text changes, in flow style.
What is written too oddly for that (``- - a``, a comment between a ``-`` and
its value) is rewritten from the data: the smallest mapping or list around
the edit, never the whole file. The values written always come from
``expected`` (:mod:`.plaindata`), which the caller compares with the text
read back.
"""

from __future__ import annotations

from mediakit.kit.authoring import render
from mediakit.kit.authoring.errors import DocumentError
from mediakit.kit.authoring.fieldpath import Steps, format_path
from mediakit.kit.authoring.layout import Layout, dash_of
from mediakit.kit.authoring.plaindata import lookup
from mediakit.kit.authoring.spans import (
    AliasSpan,
    MapSpan,
    ScalarSpan,
    SeqSpan,
    Span,
    after_anchor,
)
from mediakit.kit.authoring.textlines import Lines
from mediakit.kit.problems import authoring as say


class _UnsupportedError(Exception):
    """Written too oddly for a line edit: the enclosing collection is rewritten."""


class TextEditor:
    """One edit on ``text`` whose span tree is ``root``; each method returns the new text."""

    def __init__(self, text: str, root: Span | None, layout: Layout) -> None:
        self.text = text
        self.root = root
        self.layout = layout
        self.lines = Lines(text)

    # Finding what is written. ----------------------------------------------

    def resolve(self, steps: Steps) -> list[Span | None]:
        """The spans along ``steps`` as far as they are written: the root first."""
        nodes: list[Span | None] = [self.root]
        current = self.root
        for at, step in enumerate(steps):
            if isinstance(current, AliasSpan):
                raise self._through_alias(current, steps[:at])
            child: Span | None = None
            if isinstance(step, int) and isinstance(current, SeqSpan):
                child = current.items[step] if step < len(current.items) else None
            elif isinstance(step, str) and isinstance(current, MapSpan):
                index = current.find(step)
                child = None if index is None else current.values[index]
            if child is None:
                break
            nodes.append(child)
            current = child
        return nodes

    def _through_alias(self, alias: AliasSpan, steps: Steps) -> DocumentError:
        anchor = self._anchor(self.root, alias.name)
        line = self.text.count("\n", 0, anchor.start) + 1 if anchor is not None else 0
        return DocumentError(
            say.THROUGH_ALIAS(field=format_path(steps), anchor=alias.name, line=line)
        )

    def _anchor(self, node: Span | None, name: str) -> Span | None:
        if node is None or node.anchor == name:
            return node
        children: list[Span] = []
        if isinstance(node, SeqSpan):
            children = node.items
        elif isinstance(node, MapSpan):
            children = node.values
        for child in children:
            found = self._anchor(child, name)
            if found is not None:
                return found
        return None

    def _key_of(self, parent: MapSpan, child: Span) -> Span:
        return parent.keys[next(i for i, v in enumerate(parent.values) if v is child)]

    def _after_colon(self, key: Span) -> int:
        at = key.end
        while at < len(self.text) and self.text[at] in " \t":
            at += 1
        if not self.text.startswith(":", at):
            raise _UnsupportedError  # an explicit key (? key)
        return at + 1

    def _dash(self, item: Span) -> int:
        at = dash_of(self.text, item)
        if at is None or not self.lines.starts_line(at):
            raise _UnsupportedError
        return at

    def _splice(self, start: int, end: int, new: str) -> str:
        return self.text[:start] + new + self.text[end:]

    def _value_indent(self, nodes: list[Span | None]) -> int:
        """The indentation of what a value at the end of ``nodes`` holds on its own lines."""
        parent, target = (nodes[-2], nodes[-1]) if len(nodes) > 1 else (None, None)
        if isinstance(parent, MapSpan) and target is not None:
            return self.lines.column(self._key_of(parent, target).start) + self.layout.step
        if isinstance(parent, SeqSpan) and target is not None:
            at = dash_of(self.text, target)
            return (self.lines.column(at) if at is not None else 0) + 2
        return 0

    # set ----------------------------------------------------------------------

    def set(self, steps: Steps, expected: object) -> str:
        nodes = self.resolve(steps)
        found = len(nodes) - 1
        try:
            if found == len(steps):
                target = nodes[-1]
                value = lookup(expected, steps)
                if (
                    isinstance(target, ScalarSpan)
                    and not isinstance(value, dict | list)
                    and after_anchor(self.text, target) < target.end  # null has no text
                ):
                    return self._replace_scalar(nodes, value)
                return self.replace(nodes, steps, value)
            current = nodes[-1]
            if current is None:  # an empty document
                return self._append_to_empty(steps[0], lookup(expected, steps[:1]))
            if isinstance(current, MapSpan):
                name = steps[found]
                assert isinstance(name, str)
                return self._add_entry(current, name, lookup(expected, steps[: found + 1]))
            if isinstance(current, SeqSpan):  # one past the end: appended
                index = steps[found]
                assert isinstance(index, int) and found == len(steps) - 1
                return self.insert(steps[:found], index, expected)
            # null, or a one-language text given a second one: the value is rewritten
            style = current.style if isinstance(current, ScalarSpan) else ""
            return self.replace(nodes, steps[:found], lookup(expected, steps[:found]), style)
        except _UnsupportedError:
            return self._rewrite_around(nodes, steps, expected)

    def _replace_scalar(self, nodes: list[Span | None], value: object) -> str:
        target = nodes[-1]
        assert isinstance(target, ScalarSpan)
        start, end = after_anchor(self.text, target), target.end
        indent = self._value_indent(nodes)
        new = render.scalar(value, target.style, target.flow, indent, self.layout)
        newline = self.layout.newline
        if newline in new:  # now a block scalar: a comment after it goes on its header
            rest = self.lines.rest(end)
            if rest.strip():
                header, _, body = new.partition(newline)
                new, end = header + rest + newline + body, self.lines.end(end)
        return self._splice(start, end, new)

    def replace(
        self, nodes: list[Span | None], steps: Steps, value: object, style: str = ""
    ) -> str:
        """The value written at the end of ``nodes`` (at ``steps``) replaced by ``value``."""
        target = nodes[-1]
        assert target is not None
        if len(nodes) == 1:  # the whole document
            if isinstance(value, dict) and value:
                new = render.mapping(value, 0, self.layout, style=style)
            elif isinstance(value, list) and value:
                new = render.sequence(value, 0, self.layout, style=style)
            else:
                new = render.in_flow(value)
            if target.start == target.end == len(self.text):  # `---` and nothing yet
                new += self.layout.newline
            return self._splice(target.start, target.end, new)
        parent = nodes[-2]
        if (parent is not None and parent.flow) or (
            target.flow and isinstance(value, dict | list) and not isinstance(target, ScalarSpan)
        ):
            return self._splice(target.start, target.end, render.in_flow(value))
        if isinstance(parent, MapSpan):
            key = self._key_of(parent, target)
            start = self._after_colon(key)
            new = render.after_key(value, self.lines.column(key.start), self.layout, style)
        else:
            assert isinstance(parent, SeqSpan)
            dash = self._dash(target)
            start = dash + 1
            new = render.after_dash(value, self.lines.column(dash), self.layout, style)
        return self._with_comments(start, target, new)

    def _with_comments(self, start: int, target: Span, new: str) -> str:
        """Replace from ``start`` to the end of ``target`` by ``new``, keeping a comment
        between them (``key:  # note`` above a list) or after a one-line value, on
        ``new``'s first line."""
        newline = self.layout.newline
        gap = self.text[start : target.start]
        head = ""
        if "#" in gap:
            head = gap[: len(self.lines.rest(start))].rstrip(" \t")
        end = target.end
        tail = self.lines.rest(end)
        first, sep, rest = new.partition(newline)
        if sep and tail.strip():
            end = self.lines.end(end)
        else:
            tail = ""
        return self._splice(start, end, first + head + tail + sep + rest)

    def _add_entry(self, mapping: MapSpan, name: str, value: object) -> str:
        if mapping.flow:
            new = f"{render.key(name, True)}: {render.in_flow(value)}"
            if mapping.values:
                at = mapping.values[-1].end
                return self._splice(at, at, ", " + new)
            if not self.text.startswith("}", mapping.end - 1):
                raise _UnsupportedError
            return self._splice(mapping.end - 1, mapping.end - 1, new)
        column = self.lines.column(mapping.keys[0].start)
        at = self.lines.end(mapping.values[-1].end)
        new = " " * column + render.entry(name, value, column, self.layout)
        return self._splice(at, at, self.layout.newline + new)

    def _append_to_empty(self, name: object, value: object) -> str:
        assert isinstance(name, str)
        text = self.text
        if text and not text.endswith(("\n", "\r")):
            text += self.layout.newline
        return text + render.entry(name, value, 0, self.layout) + self.layout.newline

    # delete ---------------------------------------------------------------------

    def delete(self, steps: Steps, expected: object) -> str:
        nodes = self.resolve(steps)
        if len(nodes) - 1 < len(steps):  # in the data, not in the text
            raise DocumentError(say.FROM_MERGE(field=format_path(steps)))
        try:
            return self._delete(nodes, steps, expected)
        except _UnsupportedError:
            return self._rewrite_around(nodes, steps, expected)

    def _delete(self, nodes: list[Span | None], steps: Steps, expected: object) -> str:
        target, parent = nodes[-1], nodes[-2]
        assert target is not None
        if isinstance(parent, MapSpan):
            starts = [k.start for k in parent.keys]
            ends = [v.end for v in parent.values]
            index = next(i for i, v in enumerate(parent.values) if v is target)
        else:
            assert isinstance(parent, SeqSpan)
            starts = [v.start for v in parent.items]
            ends = [v.end for v in parent.items]
            index = next(i for i, v in enumerate(parent.items) if v is target)
        if len(starts) == 1:  # the last one: the mapping or list is left empty, {} or []
            return self.replace(nodes[:-1], steps[:-1], lookup(expected, steps[:-1]))
        if parent.flow:
            if index + 1 < len(starts):
                return self._splice(starts[index], starts[index + 1], "")
            return self._splice(ends[index - 1], ends[index], "")
        start = starts[index] if isinstance(parent, MapSpan) else self._dash(target)
        if self.lines.starts_line(start):
            return self._splice(*self._whole_lines(start, target.end), "")
        if index + 1 < len(starts):  # `- role: x` losing role: `- names: …` takes its place
            return self._splice(start, starts[index + 1], "")
        raise _UnsupportedError

    def _whole_lines(self, start: int, end: int) -> tuple[int, int]:
        """The lines from ``start`` (and its comment) to ``end``; with the blank line
        after them too when one comes before them, so that removing them leaves
        one blank line between their neighbours, not two."""
        first, after = self.lines.with_comment(start), self.lines.after(end)
        lines = self.lines
        blank_before = first > 0 and not self.text[lines.previous(first) : first].strip()
        if blank_before and after < len(self.text) and not lines.rest(after).strip():
            after = lines.after(after)
        return first, after

    # insert and move ------------------------------------------------------------

    def insert(self, steps: Steps, index: int, expected: object) -> str:
        nodes = self.resolve(steps)
        target = nodes[-1]
        if len(nodes) - 1 < len(steps) or not isinstance(target, SeqSpan):
            return self.set(steps, expected)  # a new list (or one in place of null or an alias)
        value = lookup(expected, (*steps, index))
        items = target.items
        try:
            if target.flow:
                new = render.in_flow(value)
                if index < len(items):
                    return self._splice(items[index].start, items[index].start, new + ", ")
                if items:
                    return self._splice(items[-1].end, items[-1].end, ", " + new)
                return self._splice(target.end - 1, target.end - 1, new)
            newline = self.layout.newline
            if index < len(items):
                dash = self._dash(items[index])
                column = self.lines.column(dash)
                new = " " * column + render.item(value, column, self.layout) + newline
                at = self.lines.with_comment(dash)
                return self._splice(at, at, new)
            column = self.lines.column(self._dash(items[-1]))
            at = self.lines.end(items[-1].end)
            new = newline + " " * column + render.item(value, column, self.layout)
            return self._splice(at, at, new)
        except _UnsupportedError:
            return self._rewrite_around([*nodes, None], (*steps, index), expected)

    def move(self, steps: Steps, source: int, target: int, expected: object) -> str:
        nodes = self.resolve(steps)
        written = nodes[-1]
        if not isinstance(written, SeqSpan):
            return self.set(steps, expected)  # an alias: replaced by the list it now is
        items = written.items
        order = list(range(len(items)))
        order.insert(target, order.pop(source))
        try:
            if written.flow:
                return self._reorder([(i.start, i.end) for i in items], order, self.text)
            regions = [
                (self.lines.with_comment(self._dash(i)), self.lines.after(i.end)) for i in items
            ]
        except _UnsupportedError:
            return self._rewrite_around([*nodes, None], (*steps, source), expected)
        # Whole lines move: a last line without its line break is given one meanwhile.
        newline = self.layout.newline
        text = self.text
        missing = not text.endswith(("\n", "\r"))
        if missing:
            text += newline
            regions[-1] = (regions[-1][0], len(text))
        moved = self._reorder(regions, order, text)
        return moved[: -len(newline)] if missing else moved

    @staticmethod
    def _reorder(spans: list[tuple[int, int]], order: list[int], text: str) -> str:
        """``text`` with the pieces at ``spans`` put in ``order``; what lies between
        them (separators, blank lines, comments apart) stays where it is."""
        pieces = [text[start:end] for start, end in spans]
        out = [text[: spans[0][0]]]
        for at, index in enumerate(order):
            out.append(pieces[index])
            if at + 1 < len(spans):
                out.append(text[spans[at][1] : spans[at + 1][0]])
        out.append(text[spans[-1][1] :])
        return "".join(out)

    # The way out for odd layouts. ---------------------------------------------------

    def _rewrite_around(self, nodes: list[Span | None], steps: Steps, expected: object) -> str:
        """The smallest written collection around ``steps`` rewritten from ``expected``."""
        for depth in range(min(len(nodes), len(steps) + 1) - 1, 0, -1):
            around = nodes[: depth + 1]
            if isinstance(around[-1], MapSpan | SeqSpan) and depth < len(steps):
                try:
                    return self.replace(around, steps[:depth], lookup(expected, steps[:depth]))
                except _UnsupportedError:
                    continue
        raise DocumentError(say.CANNOT_EDIT_LAYOUT(field=format_path(steps)))
