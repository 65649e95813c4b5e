"""Quotes, each with who said it and where, and a one-click copy that keeps
the attribution with the words — what a journalist pastes into a piece.

A quote shown in another language than the one its words were said in (its
``language``) is a translation, and says so on the page and in what is
copied: "translated from French", in the language the quote is shown in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mediakit.gui import theme
from mediakit.gui.external import copy_from
from mediakit.gui.find import FindInWidgets
from mediakit.gui.pages.base import ScrolledPage, plain_label
from mediakit.gui.textclip import label_text
from mediakit.gui.translation import in_language
from mediakit.kit.manifest.model import Quote
from mediakit.languages import primary
from mediakit.quotewords import translated_from
from mediakit.typography import typeset


def quote_marks(language: str) -> tuple[str, str]:
    """The opening and closing quotation marks of ``language`` (Qt's locale data,
    with French's no-break spaces); English's for a language Qt does not know."""
    locale = QLocale(language)
    if not language or locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    opening, _, closing = typeset(locale.quoteString("\0"), language).partition("\0")
    return opening, closing


def format_date(iso: str, language: str) -> str:
    date = QDate.fromString(iso, "yyyy-MM-dd")
    if not date.isValid():
        return iso
    return QLocale(language or "en").toString(date, "d MMMM yyyy")


def translation_note(quote: Quote, shown: str) -> str:
    """The words "translated from French" in ``shown``, the language the quote's
    text is shown in, when that is not the language its words were said in; else ""."""
    if quote.original(shown):
        return ""
    assert quote.language is not None
    locale = QLocale(quote.language)

    def name(code: str) -> str:  # a language without a sentence of its own, named
        if locale.language() == QLocale.Language.C:
            return code
        if primary(shown) == "en":
            return QLocale.languageToString(locale.language())
        return locale.nativeLanguageName() or code

    return translated_from(quote.language, shown, name, in_language)


def attribution(quote: Quote, language: str, note: str = "") -> str:
    """Who, where and when, then ``note`` (:func:`translation_note`) if any."""
    parts = [quote.by]
    if quote.source:
        parts.append(quote.source)
    if quote.date:
        parts.append(format_date(quote.date, language))
    if note:
        parts.append(note)
    return ", ".join(parts)


class QuotesPage(FindInWidgets, ScrolledPage):
    # What Ctrl+F searches: the words and who said them
    FIND_WIDGETS = frozenset(("quoteText", "quoteBy"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("QuotesPage", "Quotes"), parent)
        self.copy_buttons: list[QPushButton] = []

    def shown_language(self, quote: Quote) -> str:
        """The language the quote's text is actually shown in (after fallbacks)."""
        assert self.kit is not None
        return quote.text.picked(self.language, self.kit.languages) or self.language

    def citation(self, quote: Quote) -> str:
        """The quote as pasted: the words in quotation marks, then who and where,
        and whether the words are a translation."""
        language = self.shown_language(quote)
        opening, closing = quote_marks(language)
        said = attribution(quote, language, translation_note(quote, language))
        text = f"{opening}{self.t(quote.text)}{closing} — {said}"
        return f"{text} ({quote.url})" if quote.url else text

    def fill(self) -> None:
        assert self.kit is not None
        self.copy_buttons = []
        for index, quote in enumerate(self.kit.quotes):
            card = QFrame()
            card.setObjectName("quoteCard")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(
                theme.SPACING["xxl"], theme.SPACING["xl"], theme.SPACING["xxl"], theme.SPACING["l"]
            )
            shown = self.shown_language(quote)
            opening, closing = quote_marks(shown)
            # Shown cut if absurdly long (a label would take seconds); copied whole.
            quoted = f"{opening}{label_text(self.t(quote.text))}{closing}"
            layout.addWidget(plain_label(quoted, "quoteText"))
            row = QHBoxLayout()
            note = translation_note(quote, shown)
            by = label_text(f"— {attribution(quote, self.language, note)}")
            row.addWidget(plain_label(by, "quoteBy"), 1)
            button = QPushButton(self.tr("Copy with attribution"))
            button.setObjectName("copyQuote")
            button.setToolTip(self.tr("Copy the quote with who said it, where and when"))
            button.setAccessibleName(
                self.tr("Copy quote %1 with attribution").replace("%1", str(index + 1))
            )
            button.clicked.connect(lambda _=False, q=quote, b=button: self._copy(q, b))
            row.addWidget(button)
            layout.addLayout(row)
            self.copy_buttons.append(button)
            self.column.addWidget(card)

    def _copy(self, quote: Quote, button: QPushButton) -> None:
        copy_from(button, self.citation(quote))
