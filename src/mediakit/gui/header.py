"""The kit's header: title, what it is, its laurels (awards on one line),
logline, the AI notice, the language switch, and where the kit comes from
(the integrity and signature badges) — what a reader sees first, whatever
section is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import theme
from mediakit.gui.integrity import IntegrityBadge
from mediakit.gui.keymap.docs import with_keys
from mediakit.gui.keymap.registry import Mode
from mediakit.gui.messages import MessageRoute
from mediakit.gui.pages.awards import laurels
from mediakit.gui.pages.base import plain_label
from mediakit.gui.signature import SignatureBadge
from mediakit.gui.textclip import label_text
from mediakit.kit.manifest.model import Kit
from mediakit.typography import typeset

if TYPE_CHECKING:
    from mediakit.kit.archive import ArchiveReport

# Far beyond a real title or logline: set large, a longer one would take seconds.
HEADER_CHARS = 1000


def language_name(code: str) -> str:
    """``fr`` → ``Français``: the language named in itself, as readers look for it."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    if locale.language() == QLocale.Language.English and "-" not in code:
        return "English"  # Qt names plain "en" after its default territory: "American English"
    name = locale.nativeLanguageName()
    return (name[:1].upper() + name[1:]) if name else code


def meta_line(kit: Kit, language: str) -> str:
    parts = [kit.text(kit.kind, language)]
    if kit.year is not None:
        parts.append(str(kit.year))
    if kit.runtime:
        parts.append(kit.runtime)
    parts.append(" / ".join(code.upper() for code in kit.languages))
    return "  ·  ".join(part for part in parts if part)


class ElidedLine(QLabel):
    """One line of plain text, cut with "…" to the width it is given; the whole
    text is its tooltip and what a screen reader says of it."""

    def __init__(self, object_name: str = "") -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setIndent(0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if object_name:
            self.setObjectName(object_name)
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)


class KitHeader(QWidget):
    language_changed = Signal(str)
    ai_requested = Signal()

    def __init__(self, messages: MessageRoute | None = None, parent: QWidget | None = None) -> None:
        """``messages``: where the signature badge says what went wrong with the trust list."""
        super().__init__(parent)
        self.setObjectName("kitHeader")
        self._kit: Kit | None = None
        self._language = ""
        outer = QHBoxLayout(self)
        outer.setContentsMargins(theme.PAGE_MARGINS[0], 26, 32, 22)
        outer.setSpacing(24)
        text = QVBoxLayout()
        text.setSpacing(6)
        self.title = plain_label("", "kitTitle")
        self.meta = plain_label("", "kitMeta")
        # The awards, compact: the header's type for facts, one line, cut to fit.
        self.laurels = ElidedLine("kitMeta")
        self.laurels.hide()
        self.logline = plain_label("", "kitLogline")
        text.addWidget(self.title)
        text.addWidget(self.meta)
        text.addWidget(self.laurels)
        text.addWidget(self.logline)
        text.addStretch(1)  # the badges may stand taller: the title's lines stay together
        outer.addLayout(text, 1)

        side = QVBoxLayout()
        side.setSpacing(10)
        # The AI notice beside the language switch: a row is left for each of
        # the two badges that say where the kit comes from.
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addStretch(1)
        self.ai_badge = QPushButton(self.tr("Made with generative AI — how"))
        self.ai_badge.setObjectName("aiBadge")
        self.ai_badge.setToolTip(self.tr("How generative AI was used in this work"))
        self.ai_badge.clicked.connect(self.ai_requested)
        top.addWidget(self.ai_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.languages = QComboBox()
        self.languages.setObjectName("languageSwitch")
        self.languages.setAccessibleName(self.tr("Language"))
        self.languages.currentIndexChanged.connect(self._on_language_index)
        self.languages.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.languages, 0, Qt.AlignmentFlag.AlignVCenter)
        side.addLayout(top)
        self.integrity = IntegrityBadge()
        side.addWidget(self.integrity, 0, Qt.AlignmentFlag.AlignRight)
        self.signature = SignatureBadge(messages)
        side.addWidget(self.signature, 0, Qt.AlignmentFlag.AlignRight)
        side.addStretch(1)
        outer.addLayout(side)

    def show_kit(self, kit: Kit, language: str) -> None:
        self._kit = kit
        self.languages.blockSignals(True)
        self.languages.clear()
        for code in kit.languages:
            self.languages.addItem(language_name(code), code)
        self.languages.blockSignals(False)
        self.languages.setVisible(len(kit.languages) > 1)
        # Named when a kit is shown: the user's key file is in force by then.
        self.languages.setToolTip(
            with_keys(self.tr("Language of the kit's texts"), Mode.WINDOW, "next_language")
        )
        self.ai_badge.setVisible(kit.ai_disclosure is not None)
        self.set_language(language)

    def show_source(self, archive: ArchiveReport | None) -> None:
        """Where the kit on screen comes from: an archive's report, or a folder (None)."""
        self.integrity.show_source(archive)
        self.signature.show_source(archive)

    def busy(self) -> bool:
        """Whether a badge still waits for the reader's trusted publishers."""
        return self.signature.busy

    def set_language(self, language: str) -> None:
        if self._kit is None:
            return
        self._language = language
        index = self.languages.findData(language)
        if index >= 0 and index != self.languages.currentIndex():
            self.languages.blockSignals(True)
            self.languages.setCurrentIndex(index)
            self.languages.blockSignals(False)
        kit = self._kit
        # Labels lay a long text out many times over: a hostile one is cut.
        self.title.setText(
            label_text(typeset(kit.text(kit.title, language), language), HEADER_CHARS)
        )
        self.meta.setText(label_text(meta_line(kit, language), HEADER_CHARS))
        self.laurels.set_full_text(label_text(laurels(kit, language), HEADER_CHARS))
        self.laurels.setVisible(bool(kit.awards))
        logline = typeset(kit.text(kit.logline, language), language)
        self.logline.setText(label_text(logline, HEADER_CHARS))
        self.logline.setVisible(bool(logline))

    def _on_language_index(self, index: int) -> None:
        code = self.languages.itemData(index)
        if isinstance(code, str) and code != self._language:
            self.language_changed.emit(code)
