"""The sections of the window, in reading order: name, label, whether a kit
has it, and how to build its page. The side list, ``snapshot --section``
and the tests read this one table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from mediakit.gui.pages.articles import ArticlesPage
from mediakit.gui.pages.base import KitPage
from mediakit.gui.pages.contacts import ContactsPage
from mediakit.gui.pages.credits import CreditsPage
from mediakit.gui.pages.links import LinksPage
from mediakit.gui.pages.quotes import QuotesPage
from mediakit.gui.pages.specs import SpecsPage
from mediakit.gui.pages.text import TextPage
from mediakit.kit.model import Kit

AI_INTRO = "How generative AI was used to make this work, as its authors describe it."


@dataclass(frozen=True)
class Section:
    name: str
    label: str
    present: Callable[[Kit], bool]
    build: Callable[[QWidget], QWidget] | None  # None: built by the window (film, stills)


def _text_page(
    heading: str, field: Callable[[Kit], object], intro: str = ""
) -> Callable[[QWidget], QWidget]:
    return lambda parent: TextPage(heading, field, intro, parent)  # type: ignore[arg-type]


SECTIONS: tuple[Section, ...] = (
    Section("film", "Film", lambda k: k.film is not None, None),
    Section(
        "synopsis",
        "Synopsis",
        lambda k: k.synopsis is not None,
        _text_page("Synopsis", lambda k: k.synopsis),
    ),
    Section(
        "statement",
        "Statement",
        lambda k: k.statement is not None,
        _text_page("Statement", lambda k: k.statement),
    ),
    Section(
        "ai",
        "AI use",
        lambda k: k.ai_disclosure is not None,
        _text_page("How AI was used", lambda k: k.ai_disclosure, AI_INTRO),
    ),
    Section("credits", "Credits", lambda k: bool(k.credits), CreditsPage),
    Section("quotes", "Quotes", lambda k: bool(k.quotes), QuotesPage),
    Section("articles", "Articles", lambda k: bool(k.articles), ArticlesPage),
    Section("stills", "Stills", lambda k: bool(k.stills), None),
    Section("specs", "Technical details", lambda k: bool(k.specs), SpecsPage),
    Section("contacts", "Contacts", lambda k: bool(k.contacts), ContactsPage),
    Section("links", "Links", lambda k: bool(k.links), LinksPage),
)

SECTION_NAMES = tuple(section.name for section in SECTIONS)


def is_kit_page(widget: QWidget) -> bool:
    return isinstance(widget, KitPage) or hasattr(widget, "show_kit")
