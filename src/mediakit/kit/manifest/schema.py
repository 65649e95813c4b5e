"""A JSON Schema (draft 2020-12) of kit.yaml, for editors and other tools.

It is built from the loader's own patterns and key lists; a test checks that
both refuse the same bad manifests. What a schema cannot say (files exist,
a slide names an item the kit has, a date exists, codes differ beyond
case) only the loader checks.
"""

from __future__ import annotations

from typing import Any

from mediakit.kit.manifest.rules.kit import ID_PATTERN, RUNTIME_PATTERN
from mediakit.kit.manifest.rules.sections import DATE_PATTERN
from mediakit.kit.manifest.rules.slides import SHOW_PATTERN
from mediakit.kit.manifest.rules.text import LANGUAGE_PATTERN

Schema = dict[str, Any]
SCHEMA_ID = "https://mediakit.invalid/schema/kit-1.json"
X_KEYS: Schema = {"^x-": {}}
# Relative, with "/": no leading "/", no drive letter, no backslash.
PATH_PATTERN = r"^(?![A-Za-z]:)[^/\\][^\\]*$"


def _ref(name: str) -> Schema:
    return {"$ref": f"#/$defs/{name}"}


def _record(properties: dict[str, Schema], required: tuple[str, ...] = ()) -> Schema:
    """An object with these keys (and x- keys), nothing else."""
    schema: Schema = {
        "type": "object",
        "properties": properties,
        "patternProperties": X_KEYS,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = list(required)
    return schema


def _per_language(value: Schema) -> Schema:
    return {
        "type": "object",
        "patternProperties": {LANGUAGE_PATTERN: value, **X_KEYS},
        "additionalProperties": False,
        "not": {"propertyNames": {"pattern": "^x-"}},  # at least one language
    }


def _list(item: Schema, non_empty: bool = False) -> Schema:
    schema: Schema = {"type": "array", "items": item}
    if non_empty:
        schema["minItems"] = 1
    return schema


def _defs() -> Schema:
    words: Schema = {"type": ["string", "number"]}
    return {
        "words": words,
        "language": {"type": "string", "pattern": LANGUAGE_PATTERN},
        "path": {"type": "string", "pattern": PATH_PATTERN},
        "date": {"type": "string", "format": "date", "pattern": DATE_PATTERN},
        "url": {"type": "string"},
        "text": {"anyOf": [words, _per_language(words)]},
        "file": _record({"file": _ref("path")}, ("file",)),
        "markdown": {
            "anyOf": [words, _ref("file"), _per_language({"anyOf": [words, _ref("file")]})]
        },
        "credit": _record(
            {
                "role": _ref("text"),
                "names": _list({"type": ["string", "number"], "pattern": r"\S"}, non_empty=True),
            },
            ("role", "names"),
        ),
        "quote": _record(
            {
                "text": _ref("text"),
                "by": words,
                "source": words,
                "date": _ref("date"),
                "url": _ref("url"),
                "language": _ref("language"),
            },
            ("text", "by"),
        ),
        "article": _record(
            {
                "title": _ref("text"),
                "publication": words,
                "author": words,
                "date": _ref("date"),
                "language": _ref("language"),
                "url": _ref("url"),
                "body": _ref("markdown"),
            },
            ("title", "publication", "body"),
        ),
        "still": _record(
            {"file": _ref("path"), "caption": _ref("text"), "credit": words, "alt": _ref("text")},
            ("file",),
        ),
        "subtitle": _record(
            {"language": _ref("language"), "file": _ref("path")}, ("language", "file")
        ),
        "film": _record(
            {
                "file": _ref("path"),
                "poster": _ref("path"),
                "trailer": _ref("path"),
                "subtitles": _list(_ref("subtitle")),
            },
            ("file",),
        ),
        "spec": _record({"label": _ref("text"), "value": _ref("text")}, ("label", "value")),
        "contact": _record(
            {"name": words, "role": _ref("text"), "email": words, "phone": words}, ("name",)
        ),
        "link": _record({"label": _ref("text"), "url": _ref("url")}, ("label", "url")),
        "work": _record(
            {"title": _ref("text"), "year": {"type": "integer"}, "kind": _ref("text")},
            ("title",),
        ),
        "person": _record(
            {
                "name": words,
                "roles": _list(_ref("text")),
                "bio": _ref("markdown"),
                "photo": _ref("path"),
                "filmography": _list(_ref("work")),
            },
            ("name",),
        ),
        "award": _record(
            {
                "event": _ref("text"),
                "year": {"type": "integer"},
                "prize": _ref("text"),
                "place": _ref("text"),
            },
            ("event",),
        ),
        "slide": _record(
            {"show": {"type": "string", "pattern": SHOW_PATTERN}, "notes": _ref("text")},
            ("show",),
        ),
    }


def json_schema() -> Schema:
    """The schema of kit.yaml, format version 1."""
    properties: dict[str, Schema] = {
        "mediakit": {"type": "integer", "const": 1},
        "id": {"type": "string", "pattern": ID_PATTERN},
        "title": _ref("text"),
        "kind": _ref("text"),
        "year": {"type": "integer"},
        "runtime": {"type": "string", "pattern": RUNTIME_PATTERN},
        "languages": {**_list(_ref("language"), non_empty=True), "uniqueItems": True},
        "logline": _ref("text"),
        "synopsis": _ref("markdown"),
        "statement": _ref("markdown"),
        "credits": _list(_ref("credit")),
        "quotes": _list(_ref("quote")),
        "articles": _list(_ref("article")),
        "stills": _list(_ref("still")),
        "film": _ref("film"),
        "specs": _list(_ref("spec")),
        "contacts": _list(_ref("contact")),
        "links": _list(_ref("link")),
        "ai_disclosure": _ref("markdown"),
        "people": _list(_ref("person")),
        "awards": _list(_ref("award")),
        "presentation": _list(_ref("slide")),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "mediakit kit.yaml, format version 1",
        **_record(properties, ("mediakit", "id", "title")),
        "$defs": _defs(),
    }
