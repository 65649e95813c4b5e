"""Quotes, each with who said it and where, and a one-click copy that keeps
the attribution with the words — what a journalist pastes into a piece."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mediakit.gui.external import copy_from
from mediakit.gui.pages.base import ScrolledPage, plain_label
from mediakit.gui.textclip import label_text
from mediakit.kit.manifest.model import Quote

# Quotation marks by the language the quote is shown in.
_MARKS = {"fr": ("« ", " »"), "de": ("„", "“"), "en": ("“", "”")}


def quote_marks(language: str) -> tuple[str, str]:
    return _MARKS.get(language.split("-")[0].lower(), _MARKS["en"])


def format_date(iso: str, language: str) -> str:
    date = QDate.fromString(iso, "yyyy-MM-dd")
    if not date.isValid():
        return iso
    return QLocale(language or "en").toString(date, "d MMMM yyyy")


def attribution(quote: Quote, language: str) -> str:
    parts = [quote.by]
    if quote.source:
        parts.append(quote.source)
    if quote.date:
        parts.append(format_date(quote.date, language))
    return ", ".join(parts)


class QuotesPage(ScrolledPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Quotes", parent)
        self.copy_buttons: list[QPushButton] = []

    def shown_language(self, quote: Quote) -> str:
        """The language the quote's text is actually shown in (after fallbacks)."""
        assert self.kit is not None
        shown = self.t(quote.text)
        for code, value in quote.text.values.items():
            if value == shown:
                return code
        return self.language

    def citation(self, quote: Quote) -> str:
        """The quote as pasted: the words in quotation marks, then who and where."""
        language = self.shown_language(quote)
        opening, closing = quote_marks(language)
        text = f"{opening}{self.t(quote.text)}{closing} — {attribution(quote, language)}"
        return f"{text} ({quote.url})" if quote.url else text

    def fill(self) -> None:
        assert self.kit is not None
        self.copy_buttons = []
        for index, quote in enumerate(self.kit.quotes):
            card = QFrame()
            card.setObjectName("quoteCard")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(24, 20, 24, 16)
            opening, closing = quote_marks(self.shown_language(quote))
            # Shown cut if absurdly long (a label would take seconds); copied whole.
            quoted = f"{opening}{label_text(self.t(quote.text))}{closing}"
            layout.addWidget(plain_label(quoted, "quoteText"))
            row = QHBoxLayout()
            by = label_text(f"— {attribution(quote, self.language)}")
            row.addWidget(plain_label(by, "quoteBy"), 1)
            button = QPushButton("Copy with attribution")
            button.setObjectName("copyQuote")
            button.setToolTip("Copy the quote with who said it, where and when")
            button.setAccessibleName(f"Copy quote {index + 1} with attribution")
            button.clicked.connect(lambda _=False, q=quote, b=button: self._copy(q, b))
            row.addWidget(button)
            layout.addLayout(row)
            self.copy_buttons.append(button)
            self.column.addWidget(card)

    def _copy(self, quote: Quote, button: QPushButton) -> None:
        copy_from(button, self.citation(quote))
