"""``KitDocument``: a kit.yaml text, immutable, and the edits that change as
little of it as they can.

Every edit is made twice: on the plain data (:mod:`.plaindata`, which decides
what the kit must then hold) and on the text (:mod:`.edits`); the new text is
read back with the kit's own YAML 1.2 reader and must hold exactly that data,
or the edit is refused with :class:`DocumentError` — a text that does not mean
what was asked is never handed out, whatever odd YAML it came from. kit.yaml
is small: reading it back costs a few milliseconds.

The text is kept exactly as given, line breaks included: a CRLF file stays
CRLF (new lines take the document's own break), a byte-order mark stays, and
a document saved unchanged is the same bytes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from mediakit.kit.authoring import plaindata
from mediakit.kit.authoring.edits import TextEditor
from mediakit.kit.authoring.errors import DocumentError
from mediakit.kit.authoring.fieldpath import Steps, format_path, parse_path
from mediakit.kit.authoring.layout import Layout, detect_layout
from mediakit.kit.authoring.spans import Span, SpanError, read_spans, shared
from mediakit.kit.manifest.yamlread import YamlError, read_yaml
from mediakit.kit.message import Message
from mediakit.kit.problems import authoring as say

__all__ = ["DocumentError", "KitDocument"]

_BOM = "\ufeff"
_Edit = Callable[[TextEditor], str]


class KitDocument:
    """A kit.yaml text and its meaning; edits return new documents (keep the old
    one to undo). Paths are field paths as problems print them (:mod:`.fieldpath`):
    a malformed one raises :class:`~.fieldpath.FieldPathError` (a ValueError)."""

    __slots__ = ("_data", "_layout", "_spans", "_text")

    def __init__(self, text: str, data: object, spans: Span | None, layout: Layout) -> None:
        """Use :meth:`parse`."""
        self._text = text
        self._data = data
        self._spans = spans
        self._layout = layout

    @classmethod
    def parse(cls, text: str) -> KitDocument:
        """The document of ``text``; DocumentError (with line and column) when the
        kit's reader refuses it — the same YAML ``mediakit validate`` refuses."""
        try:
            node = read_yaml(text[1:] if text.startswith(_BOM) else text)
            spans = read_spans(text)
        except YamlError as exc:
            raise DocumentError(
                say.DOCUMENT_UNREADABLE(reason=exc.message), exc.line, exc.column
            ) from None
        except SpanError as exc:  # pragma: no cover - the reader above refuses it first
            reason = Message.verbatim(exc.reason)
            raise DocumentError(
                say.DOCUMENT_UNREADABLE(reason=reason), exc.line, exc.column
            ) from None
        return cls(text, plaindata.to_plain(node), spans, detect_layout(text, spans))

    @property
    def text(self) -> str:
        """The YAML text, exactly."""
        return self._text

    @property
    def data(self) -> object:
        """The whole manifest as plain data (a copy)."""
        return copy.deepcopy(self._data)

    def get(self, path: str) -> object:
        """The value at ``path`` as plain data (a copy); KeyError when absent."""
        return copy.deepcopy(plaindata.lookup(self._data, parse_path(path)))

    def has(self, path: str) -> bool:
        try:
            plaindata.lookup(self._data, parse_path(path))
        except KeyError:
            return False
        return True

    def shared(self, path: str) -> bool:
        """Whether the value at ``path`` is tied to others: an alias (``*name``), an
        anchored value (``&name``) or one holding either, or a key merged in with
        ``<<``. Editing there may be refused, as it would change the others too."""
        return shared(self._spans, parse_path(path))

    def set(self, path: str, value: object) -> KitDocument:
        """``value`` at ``path``: a scalar replaced in its own style, a subtree
        rewritten, missing mappings and keys made. A text written as a plain
        string (the kit's first language) given another language becomes a
        mapping of both: ``set("logline.en", …)``."""
        steps = parse_path(path)
        expected = plaindata.set_value(self._data, steps, value)
        return self._checked(steps, expected, lambda e: e.set(steps, expected))

    def delete(self, path: str) -> KitDocument:
        """``path`` removed, with its lines and the comment written right above it."""
        steps = parse_path(path)
        expected = plaindata.delete_value(self._data, steps)
        return self._checked(steps, expected, lambda e: e.delete(steps, expected))

    def insert(self, list_path: str, index: int, value: object) -> KitDocument:
        """``value`` as item ``index`` of the list (``index`` == its length appends);
        an absent list is made."""
        steps = parse_path(list_path)
        expected = plaindata.insert_value(self._data, steps, index, value)
        return self._checked(steps, expected, lambda e: e.insert(steps, index, expected))

    def move(self, list_path: str, source: int, target: int) -> KitDocument:
        """Item ``source`` moved to be item ``target``, as ``items.insert(target,
        items.pop(source))`` would."""
        steps = parse_path(list_path)
        expected = plaindata.move_value(self._data, steps, source, target)
        return self._checked(steps, expected, lambda e: e.move(steps, source, target, expected))

    def _checked(self, steps: Steps, expected: object, edit: _Edit) -> KitDocument:
        text = edit(TextEditor(self._text, self._spans, self._layout))
        field = format_path(steps)
        try:
            result = KitDocument.parse(text)
        except DocumentError as exc:
            raise DocumentError(say.EDIT_UNREADABLE(field=field, reason=exc.message)) from None
        different = plaindata.first_difference(expected, result._data)
        if different is not None:
            other = format_path(different) or "kit.yaml"
            raise DocumentError(say.EDIT_UNFAITHFUL(field=field, other=other))
        return result

    def __repr__(self) -> str:
        return f"KitDocument({len(self._text)} characters)"
