"""The manifest as a whole: top-level keys, version, and the Kit they make."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TypeVar

from mediakit.kit.manifest.model import MANIFEST, Kit, KitFile, Problem, Text
from mediakit.kit.manifest.paths import Listings
from mediakit.kit.manifest.rules.base import (
    Context,
    check_keys,
    describe,
    expect_list,
    expect_map,
    integer,
    join,
    optional,
    required,
    string,
)
from mediakit.kit.manifest.rules.media import MediaReader
from mediakit.kit.manifest.rules.people import PeopleReader
from mediakit.kit.manifest.rules.sections import SectionReader, items
from mediakit.kit.manifest.rules.slides import slide
from mediakit.kit.manifest.rules.text import TextReader, Warn, language
from mediakit.kit.manifest.yamlread import Map, Node, Scalar
from mediakit.kit.message import Message
from mediakit.kit.problems import manifest as say
from mediakit.kit.problems import words

FORMAT_VERSION = 1
ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
RUNTIME_PATTERN = r"^(?:[0-9]+:[0-5][0-9]|[0-9]+:[0-5][0-9]:[0-5][0-9])$"
TOP_KEYS = (
    "mediakit", "id", "title", "kind", "year", "runtime", "languages", "logline",
    "synopsis", "statement", "credits", "quotes", "articles", "stills", "film",
    "specs", "contacts", "links", "ai_disclosure", "people", "awards", "presentation",
)  # fmt: skip
MARKDOWN_FIELDS = ("synopsis", "statement", "ai_disclosure")
T = TypeVar("T")
_ID = re.compile(ID_PATTERN)
_RUNTIME = re.compile(RUNTIME_PATTERN)


class NewerVersionError(Exception):
    """The kit is written for a newer format: say so and check nothing else."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem.message))
        self.problem = problem


def _version(ctx: Context, root: Map) -> None:
    node = required(ctx, root, "", "mediakit", say.VERSION_REQUIRED())
    if node is None:
        return
    version = integer(ctx, node, "mediakit", "1")
    if version is None:
        return
    if version > FORMAT_VERSION:
        raise NewerVersionError(Problem(
            MANIFEST,
            say.NEWER_VERSION(version=version, reads=FORMAT_VERSION),
            node.line, node.column, "mediakit",
        ))  # fmt: skip
    if version < FORMAT_VERSION:
        ctx.error(node, "mediakit", say.OLDER_VERSION(reads=FORMAT_VERSION, version=version))


def _languages(ctx: Context, root: Map) -> tuple[str, ...]:
    node = optional(root, "languages")
    if node is None:
        return ("en",)
    codes: list[str] = []
    listed = expect_list(ctx, node, "languages", words.LANGUAGE_CODES())
    for index, item in enumerate(listed or ()):
        code = language(ctx, item, join("languages", index))
        if code is None:
            continue
        if code.lower() in (c.lower() for c in codes):
            ctx.error(item, join("languages", index), say.LANGUAGE_TWICE(code=code))
            continue
        codes.append(code)
    if listed is not None and not listed:
        ctx.error(node, "languages", say.NO_LANGUAGE())
    return tuple(codes) or ("en",)


def _id(ctx: Context, root: Map) -> str | None:
    node = required(ctx, root, "", "id", say.ID_REQUIRED())
    value = string(ctx, node, "id", numbers=False) if node is not None else None
    if value is not None and not _ID.fullmatch(value):
        ctx.error(node, "id", say.BAD_ID(value=value))
        return None
    return value


def _runtime(ctx: Context, node: Node) -> str | None:
    written = node.text if isinstance(node, Scalar) and node.value is not None else None
    plain_string = isinstance(node, Scalar) and isinstance(node.value, str)
    if written is not None and plain_string and _RUNTIME.fullmatch(written):
        return written
    if written is not None:
        ctx.error(node, "runtime", say.BAD_RUNTIME_SHOWN(text=written))
    else:
        ctx.error(node, "runtime", say.BAD_RUNTIME(got=describe(node)))
    return None


def _listed(
    ctx: Context,
    root: Map,
    key: str,
    what: Message,
    noun: Message,
    read: Callable[[Map, str], T | None],
) -> tuple[T, ...]:
    value = optional(root, key)
    return items(ctx, value, key, what, noun, read) if value is not None else ()


def _fields(ctx: Context, root: Map, kit_id: str, title: Text) -> Kit:
    """Every optional field; the Kit is only kept when no error was found."""
    texts = TextReader(ctx)
    sections = SectionReader(ctx, texts)
    media = MediaReader(ctx, texts)
    people = PeopleReader(ctx, texts, media)

    def text(key: str, warn: Warn, files: dict[str, KitFile] | None = None) -> Text | None:
        value = optional(root, key)
        return texts.text(value, key, warn, files) if value is not None else None

    year_node = optional(root, "year")
    runtime_node = optional(root, "runtime")
    film_node = optional(root, "film")
    text_files: dict[str, dict[str, KitFile]] = {}
    markdown: dict[str, Text | None] = {}
    for key in MARKDOWN_FIELDS:
        files: dict[str, KitFile] = {}
        markdown[key] = text(key, Warn.PROSE, files)
        if files:
            text_files[key] = files
    return Kit(
        root=ctx.root, version=FORMAT_VERSION, id=kit_id, title=title,
        languages=ctx.languages,
        kind=text("kind", Warn.LABEL),
        year=integer(ctx, year_node, "year", "2025") if year_node is not None else None,
        runtime=_runtime(ctx, runtime_node) if runtime_node is not None else None,
        logline=text("logline", Warn.PROSE),
        synopsis=markdown["synopsis"],
        statement=markdown["statement"],
        ai_disclosure=markdown["ai_disclosure"],
        credits=_listed(ctx, root, "credits", words.CREDITS(), words.A_CREDIT(), sections.credit),
        quotes=_listed(ctx, root, "quotes", words.QUOTES(), words.A_QUOTE(), sections.quote),
        articles=_listed(ctx, root, "articles", words.ARTICLES(), words.AN_ARTICLE(),
                         sections.article),
        stills=_listed(ctx, root, "stills", words.STILLS(), words.A_STILL(), media.still),
        film=media.film(film_node, "film") if film_node is not None else None,
        specs=_listed(ctx, root, "specs", words.SPECS(), words.A_SPEC(), sections.spec),
        contacts=_listed(ctx, root, "contacts", words.CONTACTS(), words.A_CONTACT(),
                         sections.contact),
        links=_listed(ctx, root, "links", words.LINKS(), words.A_LINK(), sections.link),
        people=_listed(ctx, root, "people", say.PEOPLE(), say.A_PERSON(), people.person),
        awards=_listed(ctx, root, "awards", say.AWARDS(), say.AN_AWARD(), people.award),
        presentation=_listed(ctx, root, "presentation", words.PRESENTATION(), words.A_SLIDE(),
                             partial(slide, ctx, texts, root=root)),
        text_files=text_files,
    )  # fmt: skip


def build_kit(
    root_path: Path,
    node: Node | None,
    listings: Listings | None = None,
    edited: Mapping[str, bytes] | None = None,
) -> tuple[Kit | None, list[Problem]]:
    """Check a whole manifest; the Kit when there is no error, and every problem.

    ``listings`` are the folder listings already read for this load, if any;
    ``edited``: text files' bytes read instead of the disk (:attr:`Context.edited`).
    """
    ctx = Context(root_path, listings=listings or Listings(), edited=edited or {})
    if node is None:
        ctx.error(None, "", say.EMPTY_MANIFEST())
        return None, ctx.problems
    root = expect_map(ctx, node, "", words.TOP_MAPPING())
    if root is None:
        return None, ctx.problems
    try:
        _version(ctx, root)
    except NewerVersionError as newer:
        return None, [newer.problem]
    check_keys(ctx, root, "", TOP_KEYS)
    ctx.languages = _languages(ctx, root)
    kit_id = _id(ctx, root)
    title_node = required(ctx, root, "", "title", say.TITLE_REQUIRED())
    title = TextReader(ctx).text(title_node, "title", Warn.LABEL) if title_node else None
    # Placeholders keep checking the rest when id or title is wrong: report everything.
    kit = _fields(ctx, root, kit_id or "", title or Text({}))
    if ctx.has_errors:
        return None, ctx.problems
    return kit, ctx.problems
