"""The sections of the window, in reading order: name, label, whether a kit
has it, and how to build its page. The side list, ``snapshot --section``
and the tests read this one table.

Page modules are imported when a page is first built, not at start-up: a kit
rarely has every section, and each import costs Qt class set-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from mediakit.gui.keymap.registry import QT_TRANSLATE_NOOP, Message
from mediakit.kit.manifest.model import Kit, Text

AI_INTRO = QT_TRANSLATE_NOOP(
    "Sections", "How generative AI was used to make this work, as its authors describe it."
)
AI_HEADING = QT_TRANSLATE_NOOP("Sections", "How AI was used")

Builder = Callable[[QWidget], QWidget]


@dataclass(frozen=True)
class Section:
    name: str
    label: Message  # shown translated: ``label.shown()``
    present: Callable[[Kit], bool]
    build: Builder | None  # None: built by the window (film, stills)


def _page(module: str, cls: str) -> Builder:
    def build(parent: QWidget) -> QWidget:
        page: QWidget = getattr(importlib.import_module(f"mediakit.gui.pages.{module}"), cls)(
            parent
        )
        return page

    return build


def _text_page(
    heading: Message, field: Callable[[Kit], Text | None], intro: Message | None = None
) -> Builder:
    def build(parent: QWidget) -> QWidget:
        from mediakit.gui.pages.text import TextPage

        return TextPage(heading.shown(), field, intro.shown() if intro else "", parent)

    return build


SECTIONS: tuple[Section, ...] = (
    Section(
        "film",
        QT_TRANSLATE_NOOP("Sections", "Film"),
        lambda k: k.film is not None,
        None,
    ),
    Section(
        "synopsis",
        QT_TRANSLATE_NOOP("Sections", "Synopsis"),
        lambda k: k.synopsis is not None,
        _text_page(QT_TRANSLATE_NOOP("Sections", "Synopsis"), lambda k: k.synopsis),
    ),
    Section(
        "statement",
        QT_TRANSLATE_NOOP("Sections", "Statement"),
        lambda k: k.statement is not None,
        _text_page(QT_TRANSLATE_NOOP("Sections", "Statement"), lambda k: k.statement),
    ),
    Section(
        "ai",
        QT_TRANSLATE_NOOP("Sections", "AI use"),
        lambda k: k.ai_disclosure is not None,
        _page("ai", "AiUsePage"),
    ),
    Section(
        "credits",
        QT_TRANSLATE_NOOP("Sections", "Credits"),
        lambda k: bool(k.credits),
        _page("credits", "CreditsPage"),
    ),
    Section(
        "people",
        QT_TRANSLATE_NOOP("Sections", "People"),
        lambda k: bool(k.people),
        _page("people", "PeoplePage"),
    ),
    Section(
        "awards",
        QT_TRANSLATE_NOOP("Sections", "Awards"),
        lambda k: bool(k.awards),
        _page("awards", "AwardsPage"),
    ),
    Section(
        "quotes",
        QT_TRANSLATE_NOOP("Sections", "Quotes"),
        lambda k: bool(k.quotes),
        _page("quotes", "QuotesPage"),
    ),
    Section(
        "articles",
        QT_TRANSLATE_NOOP("Sections", "Articles"),
        lambda k: bool(k.articles),
        _page("articles", "ArticlesPage"),
    ),
    Section(
        "stills",
        QT_TRANSLATE_NOOP("Sections", "Stills"),
        lambda k: bool(k.stills),
        None,
    ),
    Section(
        "specs",
        QT_TRANSLATE_NOOP("Sections", "Technical details"),
        lambda k: bool(k.specs),
        _page("specs", "SpecsPage"),
    ),
    Section(
        "contacts",
        QT_TRANSLATE_NOOP("Sections", "Contacts"),
        lambda k: bool(k.contacts),
        _page("contacts", "ContactsPage"),
    ),
    Section(
        "links",
        QT_TRANSLATE_NOOP("Sections", "Links"),
        lambda k: bool(k.links),
        _page("links", "LinksPage"),
    ),
)

SECTION_NAMES = tuple(section.name for section in SECTIONS)
