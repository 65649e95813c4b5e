"""Reading and writing the format's *texts* in one language, on a document.

A text is a plain string (in the kit's first language) or a mapping of
language codes; a markdown text may name a file instead (``{file: a.md}``).
Writing another language into a plain string turns it into a mapping, so
that the first language's words stay; emptying a language removes it.
No Qt: the rules are the format's, tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mediakit.kit.authoring.document import KitDocument

DEFAULT_LANGUAGE = "en"  # the format's default for `languages`


@dataclass(frozen=True)
class FileText:
    """A text kept in a file of the kit: shown, not edited here."""

    file: str


def _get(document: KitDocument, path: str) -> Any:
    return document.get(path) if document.has(path) else None


def kit_languages(document: KitDocument) -> list[str]:
    value = _get(document, "languages")
    if isinstance(value, list):
        codes = [str(code) for code in value if isinstance(code, str | int | float) and code != ""]
        if codes:
            return codes
    return [DEFAULT_LANGUAGE]


def _key_for(mapping: dict[Any, Any], language: str) -> str | None:
    """The mapping's own spelling of ``language`` (codes compare without case)."""
    return next((str(k) for k in mapping if str(k).lower() == language.lower()), None)


def _as_text(value: Any) -> str | FileText:
    if isinstance(value, dict) and "file" in value:
        return FileText(str(value["file"]))
    if value is None or isinstance(value, dict | list):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def read_text(document: KitDocument, path: str, language: str) -> str | FileText:
    """The text at ``path`` in ``language``: its words, a file it names, or ""."""
    value = _get(document, path)
    if isinstance(value, dict) and "file" not in value:
        key = _key_for(value, language)
        return _as_text(value[key]) if key is not None else ""
    if language.lower() != kit_languages(document)[0].lower():
        return ""  # a plain string is the first language's
    return _as_text(value)


def write_text(
    document: KitDocument, path: str, language: str, words: str, *, remove: bool = False
) -> KitDocument:
    """``document`` with the text at ``path`` in ``language`` set to ``words``.
    An emptied text stays, empty, in its place while it is typed in; with
    ``remove`` (the box lost the focus) "" removes that language, and the text
    once no language is left."""
    first = kit_languages(document)[0]
    value = _get(document, path)
    if value is None:
        if not words:
            return document
        return document.set(path, words if _same(language, first) else {language: words})
    if isinstance(value, dict) and "file" not in value:
        key = _key_for(value, language)
        if words or (key is not None and not remove):
            return document.set(f"{path}.{key or language}", words)
        if key is None:
            return document
        if len(value) == 1:
            return document.delete(path)
        return document.delete(f"{path}.{key}")
    if _same(language, first):
        return document.set(path, words) if words or not remove else document.delete(path)
    if not words:
        return document
    return document.set(path, {first: value, language: words})


def read_plain(document: KitDocument, path: str) -> str:
    text = _as_text(_get(document, path))
    return text.file if isinstance(text, FileText) else text


def write_plain(
    document: KitDocument, path: str, words: str, *, number: bool = False, remove: bool = False
) -> KitDocument:
    """A plain value; with ``number``, digits are written as an integer. "" keeps
    the key, empty, in its place (typing goes on); with ``remove``, "" removes it."""
    if not words:
        if not document.has(path):
            return document
        return document.delete(path) if remove else document.set(path, "")
    value: Any = int(words) if number and words.isdigit() else words
    return document.set(path, value)


def read_list(document: KitDocument, path: str) -> list[str]:
    value = _get(document, path)
    if not isinstance(value, list):
        return []
    return [text for item in value if isinstance(text := _as_text(item), str)]


def write_list(
    document: KitDocument, path: str, items: list[str], *, remove: bool = False
) -> KitDocument:
    items = [item for item in items if item]
    if not items and (remove or not document.has(path)):
        return document.delete(path) if document.has(path) else document
    return document.set(path, items)


def _same(a: str, b: str) -> bool:
    return a.lower() == b.lower()
