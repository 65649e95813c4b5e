"""Lists of plain records: credits, quotes, articles, specs, contacts, links."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

from mediakit.kit.manifest.model import (
    Article,
    Contact,
    Credit,
    KitFile,
    Link,
    Quote,
    Spec,
    Text,
)
from mediakit.kit.manifest.rules.base import (
    Context,
    check_keys,
    describe,
    expect_list,
    expect_map,
    join,
    optional,
    required,
    string,
)
from mediakit.kit.manifest.rules.text import TextReader, Warn, language
from mediakit.kit.manifest.yamlread import Map, Node, Scalar
from mediakit.kit.message import Message
from mediakit.kit.problems import manifest as say
from mediakit.kit.problems import words

T = TypeVar("T")

DATE_PATTERN = r"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$"
_DATE = re.compile(DATE_PATTERN)
WEB_SCHEMES = ("http", "https", "mailto")


def items(
    ctx: Context,
    node: Node,
    where: str,
    what: Message,
    noun: Message,
    read: Callable[[Map, str], T | None],
) -> tuple[T, ...]:
    """Each item of a list of mappings read with ``read``; bad items are left out."""
    result: list[T] = []
    for index, item in enumerate(expect_list(ctx, node, where, what) or ()):
        here = join(where, index)
        mapping = expect_map(ctx, item, here, noun)
        if mapping is not None:
            value = read(mapping, here)
            if value is not None:
                result.append(value)
    return tuple(result)


def date(ctx: Context, node: Node, where: str) -> str | None:
    written = node.text if isinstance(node, Scalar) else None
    if written is not None and isinstance(node, Scalar) and isinstance(node.value, str | int):
        problem = _date_problem(written)
        if problem is None:
            return written
        ctx.error(node, where, problem)
        return None
    ctx.error(node, where, say.EXPECTED_DATE(got=describe(node)))
    return None


_MONTHS = (
    say.JANUARY, say.FEBRUARY, say.MARCH, say.APRIL, say.MAY, say.JUNE,
    say.JULY, say.AUGUST, say.SEPTEMBER, say.OCTOBER, say.NOVEMBER, say.DECEMBER,
)  # fmt: skip


def _date_problem(written: str) -> Message | None:
    """What is wrong with ``written`` as an ISO date (None: nothing); a day past
    its month's end names itself: ``2026-02-30: February has 28 days``."""
    wrong = say.EXPECTED_DATE_SHOWN(text=written)
    if not _DATE.fullmatch(written):
        return wrong
    year, month, day = (int(part) for part in written.split("-"))
    if year < datetime.MINYEAR:  # 0000
        return wrong
    days = calendar.monthrange(year, month)[1]
    if day > days:
        return say.MONTH_DAYS(date=written, month=_MONTHS[month - 1](), days=days)
    return None


def _opt_string(ctx: Context, m: Map, where: str, key: str) -> str | None:
    node = optional(m, key)
    return string(ctx, node, join(where, key)) if node is not None else None


def _url(ctx: Context, m: Map, where: str, key: str = "url") -> str | None:
    node = optional(m, key)
    return string(ctx, node, join(where, key), numbers=False) if node is not None else None


def _scheme(url: str) -> str:
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:  # a malformed address, e.g. an unclosed [
        return ""


class SectionReader:
    def __init__(self, ctx: Context, texts: TextReader) -> None:
        self.ctx = ctx
        self.texts = texts

    def credit(self, m: Map, where: str) -> Credit | None:
        ctx = self.ctx
        check_keys(ctx, m, where, ("role", "names"))
        role_node = required(ctx, m, where, "role", say.CREDIT_ROLE())
        role = self.texts.text(role_node, join(where, "role"), Warn.LABEL) if role_node else None
        names_node = required(ctx, m, where, "names", say.NAMES_REQUIRED())
        names: list[str] = []
        if names_node is not None:
            here = join(where, "names")
            listed = expect_list(ctx, names_node, here, words.NAMES())
            for index, item in enumerate(listed or ()):
                name = string(ctx, item, join(here, index))
                if name is not None and not name.strip():
                    ctx.error(item, join(here, index), say.NAME_EMPTY())
                elif name is not None:
                    names.append(name)
            if listed is not None and not listed:
                ctx.error(names_node, here, say.NAMES_REQUIRED())
        if role is None or not names:
            return None
        return Credit(role, tuple(names))

    def quote(self, m: Map, where: str) -> Quote | None:
        ctx = self.ctx
        check_keys(ctx, m, where, ("text", "by", "source", "date", "url", "language"))
        text_node = required(ctx, m, where, "text", say.QUOTE_TEXT())
        text = self.texts.text(text_node, join(where, "text"), Warn.NEVER) if text_node else None
        by_node = required(ctx, m, where, "by", say.QUOTE_BY())
        by = string(ctx, by_node, join(where, "by")) if by_node else None
        date_node = optional(m, "date")
        when = date(ctx, date_node, join(where, "date")) if date_node is not None else None
        source = _opt_string(ctx, m, where, "source")
        url = _url(ctx, m, where)
        said_in = self._said_in(m, where, text)
        if text is None or by is None:
            return None
        return Quote(text, by, source, when, url, said_in)

    def _said_in(self, m: Map, where: str, text: Text | None) -> str | None:
        """A quote's ``language``: one of its text's languages (the format says so:
        the words as said are in the kit, the other languages translate them)."""
        node = optional(m, "language")
        if node is None:
            return None
        here = join(where, "language")
        code = language(self.ctx, node, here)
        if code is None or text is None or text.has(code):
            return code
        given = ", ".join(text.values)
        self.ctx.error(node, here, say.QUOTE_LANGUAGE_NOT_GIVEN(code=code, languages=given))
        return None

    def article(self, m: Map, where: str) -> Article | None:
        ctx = self.ctx
        keys = ("title", "publication", "author", "date", "language", "url", "body")
        check_keys(ctx, m, where, keys)
        title_node = required(ctx, m, where, "title", say.ARTICLE_TITLE())
        title = (
            self.texts.text(title_node, join(where, "title"), Warn.NEVER) if title_node else None
        )
        pub_node = required(ctx, m, where, "publication", say.ARTICLE_PUBLICATION())
        publication = string(ctx, pub_node, join(where, "publication")) if pub_node else None
        body_node = required(ctx, m, where, "body", say.ARTICLE_BODY())
        files: dict[str, KitFile] = {}
        body = None
        if body_node is not None:
            body = self.texts.text(body_node, join(where, "body"), Warn.NEVER, files)
        date_node = optional(m, "date")
        when = date(ctx, date_node, join(where, "date")) if date_node is not None else None
        lang_node = optional(m, "language")
        lang = language(ctx, lang_node, join(where, "language")) if lang_node else None
        author = _opt_string(ctx, m, where, "author")
        url = _url(ctx, m, where)
        if title is None or publication is None or body is None:
            return None
        return Article(title, publication, body, author, when, lang, url, files)

    def spec(self, m: Map, where: str) -> Spec | None:
        ctx = self.ctx
        check_keys(ctx, m, where, ("label", "value"))
        label_node = required(ctx, m, where, "label", say.SPEC_LABEL())
        value_node = required(ctx, m, where, "value", say.SPEC_VALUE())
        label = (
            self.texts.text(label_node, join(where, "label"), Warn.LABEL) if label_node else None
        )
        value = (
            self.texts.text(value_node, join(where, "value"), Warn.LABEL) if value_node else None
        )
        return Spec(label, value) if label is not None and value is not None else None

    def contact(self, m: Map, where: str) -> Contact | None:
        ctx = self.ctx
        check_keys(ctx, m, where, ("name", "role", "email", "phone"))
        name_node = required(ctx, m, where, "name", say.CONTACT_NAME())
        name = string(ctx, name_node, join(where, "name")) if name_node else None
        role_node = optional(m, "role")
        role = None
        if role_node is not None:
            role = self.texts.text(role_node, join(where, "role"), Warn.LABEL)
        email = _opt_string(ctx, m, where, "email")
        phone = _opt_string(ctx, m, where, "phone")
        return Contact(name, role, email, phone) if name is not None else None

    def link(self, m: Map, where: str) -> Link | None:
        ctx = self.ctx
        check_keys(ctx, m, where, ("label", "url"))
        label_node = required(ctx, m, where, "label", say.LINK_LABEL())
        label = (
            self.texts.text(label_node, join(where, "label"), Warn.LABEL) if label_node else None
        )
        url_node = required(ctx, m, where, "url", say.LINK_URL())
        url = string(ctx, url_node, join(where, "url"), numbers=False) if url_node else None
        if url is not None and _scheme(url) not in WEB_SCHEMES:
            ctx.warn(
                url_node,
                join(where, "url"),
                say.NOT_WEB_ADDRESS(url=url),
            )
        return Link(label, url) if label is not None and url is not None else None
