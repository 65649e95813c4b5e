"""What an undo step keeps: the kit.yaml document and the words of the text
files edited (``{file: synopsis.fr.md}``), by file. Immutable, so a command
holds the state before and after it and undo puts the old one back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from mediakit.kit.authoring.document import KitDocument

_NONE: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class EditState:
    """``files``: file key → its words, for the files edited; any other file's
    words are those it was first read with."""

    document: KitDocument
    files: Mapping[str, str] = field(default_factory=lambda: _NONE)

    def with_document(self, document: KitDocument) -> EditState:
        return EditState(document, self.files)

    def with_file(self, key: str, text: str, first: str | None) -> EditState:
        """The file ``key`` holding ``text``; back to ``first`` (its words as first
        read) it is no longer an edit."""
        files = dict(self.files)
        if text == first:
            files.pop(key, None)
        else:
            files[key] = text
        return EditState(self.document, MappingProxyType(files))

    def same(self, other: EditState) -> bool:
        return self.document.text == other.document.text and dict(self.files) == dict(other.files)
