"""The find bar: the field, how many matches and which one, previous and next, close.

It only reads keys and says what the reader wants (signals); the search is
the controller's (:mod:`mediakit.gui.findcontrol`). In the field Enter goes
to the next match and Shift+Enter to the previous one (as in browsers: they
are the field's keys, not the window's, so Enter keeps its meaning elsewhere);
Esc anywhere in the bar closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from mediakit.gui import theme
from mediakit.gui.keymap import Mode
from mediakit.gui.keymap.docs import with_keys

TYPING_PAUSE_MS = 120  # the count follows the typing once it pauses this long


class FindBar(QWidget):
    query_changed = Signal(str)  # once typing pauses
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.PAGE_MARGINS[0], 0, 32, theme.SPACING["m"])
        row.setSpacing(theme.SPACING["s"])
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Find in the kit"))
        self.field.setAccessibleName(self.tr("Find in the kit"))
        self.field.setToolTip(
            with_keys(
                self.tr("Words to find in every section, in the reading language"),
                Mode.WINDOW,
                "find",
            )
        )
        self.field.setMaximumWidth(420)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("hint")  # muted, as the window's other hints
        self.count.setAccessibleName(self.tr("Matches"))
        self.previous = QPushButton(self.tr("Previous"))
        self.previous.setToolTip(with_keys(self.tr("Previous match"), Mode.WINDOW, "find_previous"))
        self.previous.clicked.connect(self.previous_requested)
        self.next = QPushButton(self.tr("Next"))
        self.next.setToolTip(with_keys(self.tr("Next match"), Mode.WINDOW, "find_next"))
        self.next.clicked.connect(self.next_requested)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.clicked.connect(self.close_requested)
        row.addWidget(self.field, 1)
        row.addWidget(self.previous)
        row.addWidget(self.next)
        row.addSpacing(theme.SPACING["s"])
        row.addWidget(self.count)  # after the buttons: as it counts, nothing moves
        row.addStretch(1)
        row.addWidget(self.close_button)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(lambda: self.query_changed.emit(self.field.text()))
        self.field.textChanged.connect(lambda _text: self._pause.start())
        self.show_count(None, 0)

    def query(self) -> str:
        return self.field.text()

    def flush(self) -> None:
        """Search now for what is typed, if a search was waiting for a pause."""
        if self._pause.isActive():
            self._pause.stop()
            self.query_changed.emit(self.field.text())

    def show_searching(self) -> None:
        """The kit's texts are being made ready: the count comes next."""
        self._say(self.tr("Searching…"))

    def show_count(self, current: int | None, total: int, *, more: bool = False) -> None:
        """The count shown: "3 of 12" (``current`` counts from 0; None: none chosen),
        "No matches", nothing for an empty field. Said to screen readers as it changes."""
        if not self.field.text().strip():
            text = ""
        elif total == 0:
            text = self.tr("No matches")
        else:
            text = self._counted(current or 0, total, more=more)
        self.previous.setEnabled(total > 0)
        self.next.setEnabled(total > 0)
        self._say(text)

    def _counted(self, current: int, total: int, *, more: bool) -> str:
        """The count: "3 of 12" (``current`` counts from 0), or "3 of more than 1000"."""
        text = self.tr("%1 of more than %2") if more else self.tr("%1 of %2")
        return text.replace("%1", str(current + 1)).replace("%2", str(total))

    def _say(self, text: str) -> None:
        if text == self.count.text():
            return
        self.count.setText(text)
        self.field.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.field, QAccessible.Event.DescriptionChanged)
            )
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.count, QAccessible.Event.NameChanged)
            )

    def eventFilter(self, watched: QObject, event: object) -> bool:
        return watched is self.field and isinstance(event, QKeyEvent) and self._field_key(event)

    def _field_key(self, event: QKeyEvent) -> bool:
        if event.type() != QKeyEvent.Type.KeyPress:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
