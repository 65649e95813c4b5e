"""The makers: for each person, a photo, the name and roles, the biography
(markdown, confined like every kit text) and the filmography.

Photos are images of the kit: decoded at the size shown in the one pool
(:class:`~mediakit.tasks.TaskRunner`), as stills are; the page is busy until
they have come, and a photo that cannot be decoded says why in its place.
Cards are built CARDS_AT_ONCE at a time, one batch a turn of the event loop:
a kit may name a thousand people, and the window must not freeze for them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import theme
from mediakit.gui.find import FindInWidgets, Passage
from mediakit.gui.markdown import MarkdownView
from mediakit.gui.pages.base import ScrolledPage, plain_label
from mediakit.gui.pages.terms import term_rows
from mediakit.gui.textclip import label_text
from mediakit.gui.textcost import too_costly_for_markdown
from mediakit.gui.translation import translate
from mediakit.kit.manifest.model import Kit, Person, Work
from mediakit.media.decoding import failure_text
from mediakit.media.images import decode
from mediakit.tasks import TaskRunner

PHOTO_WIDTH = 150  # logical pixels: the photo's column in a person's card
PHOTO_HEIGHT = 190
CARDS_AT_ONCE = 8  # a real kit's people, all in the first batch (~20 ms a card)


class FittedMarkdown(MarkdownView):
    """A biography: kit markdown as tall as its text, never scrolling itself —
    the page scrolls, with every person's card on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdown")  # the style sheet's reading type
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # On the person's card, not on the page's ground: no colour of its own.
        self.setStyleSheet("QTextBrowser { background: transparent; }")

    def set_markdown(self, text: str) -> None:
        self.ensurePolished()  # the reading type first: the text is laid out in it
        super().set_markdown(text)
        frame = self.document().rootFrame().frameFormat()
        frame.setBottomMargin(0)  # the card's margin ends it, not a page's
        self.document().rootFrame().setFrameFormat(frame)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # nothing to scroll here: the page takes it

    def _fit(self) -> None:
        height = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(max(1, height))


def work_line(title: str, year: int | None) -> str:
    return f"{title}, {year}" if year is not None else title


class PeoplePage(FindInWidgets, ScrolledPage):
    # What Ctrl+F searches: names, roles, biographies, filmographies
    FIND_WIDGETS = frozenset(("contactName", "contactRole", "markdown", "termLabel", "termValue"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PeoplePage", "People"), parent)
        self._runner = TaskRunner(1, parent=self)
        self._images: dict[int, QImage] = {}  # person index -> decoded photo
        self._errors: dict[int, str] = {}
        self._pending: set[int] = set()
        self._photos: dict[int, QLabel] = {}  # person index -> its photo's place, as shown
        self._shown_kit: Kit | None = None
        self._unbuilt: list[int] = []  # people whose cards are still to be built
        self._build_turn = 0  # a rebuild or another kit drops the batches of the last one

    def show_kit(self, kit: Kit, language: str) -> None:
        if kit is not self._shown_kit:
            self._forget()
            self._shown_kit = kit
        super().show_kit(kit, language)

    def clear(self) -> None:
        super().clear()
        self._forget()
        self._shown_kit = None

    def busy(self) -> bool:
        """Whether a card is still to be built or a photo decoded."""
        return bool(self._pending or self._unbuilt)

    def _forget(self) -> None:
        self._runner.cancel()
        self._images.clear()
        self._errors.clear()
        self._pending.clear()
        self._photos.clear()
        self._unbuilt = []
        self._build_turn += 1

    def fill(self) -> None:
        assert self.kit is not None
        self._photos = {}
        self._build_turn += 1
        self._unbuilt = list(range(len(self.kit.people)))
        self._build_more(self._build_turn)

    def find_passages(self) -> list[Passage]:
        """Every card's words: the cards not built yet are built now (find asks for
        all of a page's text at once; a search is the reader's own request)."""
        while self._unbuilt:
            self._build_more(self._build_turn, chain=False)
        return super().find_passages()

    def _build_more(self, turn: int, *, chain: bool = True) -> None:
        """The next batch of cards, above the column's closing stretch; then the next turn."""
        if turn != self._build_turn or self.kit is None:
            return
        batch, self._unbuilt = self._unbuilt[:CARDS_AT_ONCE], self._unbuilt[CARDS_AT_ONCE:]
        for index in batch:
            card = self._card(index, self.kit.people[index])
            end = self.column.count()
            last = self.column.itemAt(end - 1) if end else None
            if last is not None and last.spacerItem() is not None:
                self.column.insertWidget(end - 1, card)  # the stretch stays last
            else:
                self.column.addWidget(card)  # the first batch: before refresh adds it
        if self._unbuilt and chain:
            QTimer.singleShot(0, self, lambda: self._build_more(turn))

    def _card(self, index: int, person: Person) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        row = QHBoxLayout(card)
        row.setContentsMargins(
            theme.SPACING["xxl"], theme.SPACING["l"], theme.SPACING["xxl"], theme.SPACING["l"]
        )
        row.setSpacing(theme.SPACING["xl"])
        if person.photo is not None:
            row.addWidget(self._photo(index, person), 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(theme.SPACING["s"])
        text.addWidget(plain_label(person.name, "contactName"))
        roles = " · ".join(role for role in (self.t(r) for r in person.roles) if role)
        if roles:
            text.addWidget(plain_label(roles, "contactRole"))
        bio = self.t(person.bio)
        if bio:
            text.addWidget(self._bio(person.name, bio))
        if person.filmography:
            text.addWidget(plain_label(self.tr("Filmography"), "subHeading", selectable=False))
            text.addWidget(term_rows(self._works(person.filmography)))
        text.addStretch(1)  # beside a tall photo, the lines stay together at the top
        row.addLayout(text, 1)
        return card

    def _works(self, works: tuple[Work, ...]) -> list[tuple[str, str]]:
        return [
            (label_text(self.t(work.kind)), label_text(work_line(self.t(work.title), work.year)))
            for work in works
        ]

    def _bio(self, name: str, text: str) -> QWidget:
        if too_costly_for_markdown(text):  # shown plain, cut: never a frozen window
            return plain_label(text, "termValue")
        view = FittedMarkdown()
        view.setAccessibleName(self.tr("Biography of %1").replace("%1", name))
        view.set_markdown(text)
        return view

    def _photo(self, index: int, person: Person) -> QLabel:
        label = QLabel()
        label.setObjectName("personPhoto")
        label.setAccessibleName(self.tr("Photo of %1").replace("%1", person.name))
        label.setFixedWidth(PHOTO_WIDTH)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._photos[index] = label
        if index in self._images:
            self._show_photo(index)
        elif index in self._errors:
            self._show_error(index)
        else:
            label.setMinimumHeight(PHOTO_HEIGHT)  # its place kept while it decodes
            self._decode(index, person)
        return label

    def _decode(self, index: int, person: Person) -> None:
        if index in self._pending or person.photo is None:
            return
        self._pending.add(index)
        path = person.photo.path
        scale = max(1.0, self.devicePixelRatioF())
        box = (round(PHOTO_WIDTH * scale), round(PHOTO_HEIGHT * scale))
        self._runner.run(
            lambda: decode(path, box),
            lambda image: self._decoded(index, image),
            lambda error: self._failed(index, failure_text(path, error, translate)),
        )

    def _decoded(self, index: int, image: QImage) -> None:
        self._pending.discard(index)
        self._images[index] = image
        self._show_photo(index)

    def _failed(self, index: int, why: str) -> None:
        self._pending.discard(index)
        self._errors[index] = why
        self._show_error(index)

    def _show_photo(self, index: int) -> None:
        label = self._photos.get(index)
        if label is None:
            return
        pixmap = QPixmap.fromImage(self._images[index])
        pixmap.setDevicePixelRatio(max(1.0, self.devicePixelRatioF()))
        label.setMinimumHeight(0)
        label.setPixmap(pixmap)

    def _show_error(self, index: int) -> None:
        label = self._photos.get(index)
        if label is None:
            return
        label.setMinimumHeight(0)
        label.setObjectName("hint")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(self.tr("The photo cannot be shown: %1").replace("%1", self._errors[index]))
        label.style().unpolish(label)
        label.style().polish(label)
