"""Festivals, selections and prizes: the year beside what was won and where.

A selection without a prize reads "Official selection", in the kit's reading
language like the rest of the award (the header's laurels line and the
awards slide say it alike: :func:`prize_text`, :func:`laurels`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mediakit.gui.find import FindInWidgets
from mediakit.gui.keymap.registry import QT_TRANSLATE_NOOP
from mediakit.gui.pages.base import ScrolledPage
from mediakit.gui.pages.terms import term_rows
from mediakit.gui.textclip import label_text
from mediakit.gui.translation import in_language
from mediakit.kit.manifest.model import Award, Kit, Text
from mediakit.typography import typeset

OFFICIAL_SELECTION = QT_TRANSLATE_NOOP("Awards", "Official selection")
LAUREL_SEPARATOR = "  ·  "  # as the header's facts line


def _t(kit: Kit, value: Text | None, language: str) -> str:
    return typeset(kit.text(value, language), language)


def prize_text(kit: Kit, award: Award, language: str) -> str:
    """The prize, or "Official selection" for a selection, in ``language``."""
    prize = _t(kit, award.prize, language)
    if prize:
        return prize
    return in_language(language, OFFICIAL_SELECTION.context, OFFICIAL_SELECTION.source)


def event_text(kit: Kit, award: Award, language: str) -> str:
    """``Annecy 2025``: the event and its year."""
    event = _t(kit, award.event, language)
    return f"{event} {award.year}" if award.year is not None else event


def laurel(kit: Kit, award: Award, language: str) -> str:
    """``Best short — Annecy 2025``."""
    return f"{prize_text(kit, award, language)} — {event_text(kit, award, language)}"


def laurels(kit: Kit, language: str) -> str:
    """Every award on one line, in the kit's order: the header's laurels."""
    return LAUREL_SEPARATOR.join(laurel(kit, award, language) for award in kit.awards)


class AwardsPage(FindInWidgets, ScrolledPage):
    # What Ctrl+F searches: years, prizes and events
    FIND_WIDGETS = frozenset(("termLabel", "termValue"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AwardsPage", "Awards"), parent)

    def fill(self) -> None:
        assert self.kit is not None
        kit, language = self.kit, self.language
        rows = []
        for award in kit.awards:
            where = _t(kit, award.event, language)
            place = _t(kit, award.place, language)
            if place:
                where = f"{where}, {place}"
            year = str(award.year) if award.year is not None else ""
            rows.append((year, label_text(f"{prize_text(kit, award, language)}\n{where}")))
        self.column.addWidget(term_rows(rows))
