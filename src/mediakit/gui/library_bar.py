"""The library's header: its title and count, the search box, sort and filters
(kind, year, language, AI use, signed archives or folders).

It only reads what the reader asks (signals); the start page does the rest.
In the search box, results come as you type once typing pauses
(:data:`TYPING_PAUSE_MS`); Up and Down move in the results, Enter opens the
one chosen, Esc clears the box.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import theme
from mediakit.gui.header import language_name
from mediakit.gui.library_model import PACKINGS, Filters
from mediakit.textsafety import shown

TYPING_PAUSE_MS = 120
SORTS = ("opened", "title", "year", "added")  # the store's names, in the menu's order
COMBO_MIN_WIDTH = 64  # below its text's width only in a narrow window


class FitCombo(QComboBox):
    """A combo as wide as the choice it shows, not its longest one: the bar holds six
    and the search box in a 1024 px window. Its list opens as wide as its items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self) -> QSize:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        text = QSize(metrics.horizontalAdvance(self.currentText()), metrics.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return QSize(max(size.width(), COMBO_MIN_WIDTH), size.height())

    def minimumSizeHint(self) -> QSize:  # Qt's is the longest item's: the layout would keep it
        return QSize(COMBO_MIN_WIDTH, super().minimumSizeHint().height())

    def showPopup(self) -> None:
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth())
        super().showPopup()


class LibraryBar(QWidget):
    query_changed = Signal(str)  # once typing pauses; "" when cleared
    sort_changed = Signal(str)
    filters_changed = Signal(object)  # Filters
    move_requested = Signal(int)  # Up (-1) / Down (+1) in the search box
    open_requested = Signal()  # Enter in the search box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryBar")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, theme.SPACING["m"])
        column.setSpacing(theme.SPACING["m"])
        self.top = QHBoxLayout()  # title, count, then the page's buttons
        self.top.setSpacing(theme.SPACING["m"])
        self.title = QLabel(self.tr("Library"))
        self.title.setObjectName("libraryTitle")
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.progress = QLabel()  # "Indexing 1,000 kits… 128 done", while it lasts
        self.progress.setObjectName("hint")
        self.progress.hide()
        self.top.addWidget(self.title)
        self.top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        self.top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignBottom)
        self.top.addStretch(1)
        column.addLayout(self.top)
        row = QHBoxLayout()
        row.setSpacing(theme.SPACING["s"])
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search titles, names, texts…"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setToolTip(
            self.tr("Results as you type; Enter opens the kit where the words were found")
        )
        self.search.setMinimumWidth(140)  # the window may be narrow: the row gives way
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._on_text)
        row.addWidget(self.search, 1)
        self.sort = self._combo(self.tr("Sort by"))
        for name, label in zip(
            SORTS,
            (
                self.tr("Recently opened"),
                self.tr("Title"),
                self.tr("Year"),
                self.tr("Recently added"),
            ),
            strict=True,
        ):
            self.sort.addItem(label, name)
        self.sort.currentIndexChanged.connect(lambda _i: self.sort_changed.emit(self.sort_name()))
        self.kind = self._combo(self.tr("Kind"))
        self.year = self._combo(self.tr("Year"))
        self.language = self._combo(self.tr("Language"))
        self.ai = self._combo(self.tr("AI use"))
        for label, value in (
            (self.tr("AI use: any"), None),
            (self.tr("Made with AI"), True),
            (self.tr("Without AI"), False),
        ):
            self.ai.addItem(label, value)
        self.packing = self._combo(self.tr("Signed archives or folders"))
        for label, packing in zip(
            (self.tr("Any kit"), self.tr("Signed archives"), self.tr("Unsigned"),
             self.tr("Folders")),
            (None, *PACKINGS),
            strict=True,
        ):  # fmt: skip
            self.packing.addItem(label, packing)
        # The search and its order on one row, the filters on the next: the box keeps
        # a useful width in any language, and the filters never crowd it out.
        row.addWidget(self.sort)
        filters = QHBoxLayout()
        filters.setSpacing(theme.SPACING["s"])
        for combo in self.combos()[1:]:
            filters.addWidget(combo)
        filters.addStretch(1)
        for combo in self.combos()[1:]:
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit(self.filters()))
        self.set_choices([], [], [])
        column.addLayout(row)
        column.addLayout(filters)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(lambda: self.query_changed.emit(self.query()))

    def _combo(self, name: str) -> QComboBox:
        combo = FitCombo()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        return combo

    def combos(self) -> tuple[QComboBox, ...]:
        """Sort, then the filters, in the row's (and the keyboard's) order."""
        return (self.sort, self.kind, self.year, self.language, self.ai, self.packing)

    # -- what the page reads -----------------------------------------------------------

    def query(self) -> str:
        return self.search.text().strip()

    def sort_name(self) -> str:
        return str(self.sort.currentData())

    def set_sort(self, name: str) -> None:
        self.sort.setCurrentIndex(max(0, self.sort.findData(name)))

    def filters(self) -> Filters:
        return Filters(
            self.kind.currentData(),
            self.year.currentData(),
            self.language.currentData(),
            self.ai.currentData(),
            self.packing.currentData(),
        )

    def set_count(self, total: int, shown_rows: int) -> None:
        text = self.tr("%n kit(s)", None, total)
        if shown_rows != total:
            text = self.tr("{shown} of {total}").format(shown=shown_rows, total=text)
        self.count.setText(text)

    def set_indexing(self, done: int, total: int) -> None:
        """Say how far the indexing of many kits is; nothing once it is done."""
        if done >= total:
            self.progress.hide()
            return
        self.progress.setText(
            self.tr("Indexing %Ln kit(s)… {done} done", None, total).format(
                done=QLocale().toString(done)
            )
        )
        self.progress.show()

    def set_choices(
        self, kinds: Sequence[str], years: Sequence[int], languages: Sequence[str]
    ) -> None:
        """The values the filters offer (the whole library's); a choice still offered stays."""
        self._fill(self.kind, self.tr("All kinds"), [(shown(k), k) for k in kinds])
        self._fill(self.year, self.tr("All years"), [(str(y), y) for y in years])
        self._fill(
            self.language, self.tr("All languages"), [(language_name(c), c) for c in languages]
        )

    @staticmethod
    def _fill(combo: QComboBox, every: str, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(every, None)
        for label, value in items:
            combo.addItem(label, value)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)
        if chosen is not None and found < 0:
            combo.currentIndexChanged.emit(0)  # the value chosen is gone: the filter goes too

    def flush(self) -> None:
        """The query now, without waiting for the pause (Enter pressed quickly)."""
        if self._pause.isActive():
            self._pause.stop()
            self.query_changed.emit(self.query())

    # -- keys in the search box -----------------------------------------------------

    def _on_text(self, _text: str) -> None:
        if self.query():
            self._pause.start()
        else:
            self._pause.stop()
            self.query_changed.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.query():
                self.flush()
                self.open_requested.emit()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.query():
                self.move_requested.emit(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)
