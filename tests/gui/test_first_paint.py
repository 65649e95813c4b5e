"""Work only for what is seen (issue 11): the kit is painted before the pages
no one looks at are rendered, before VLC starts and before the film is handed
to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mediakit.gui.afterpaint import after_paint
from mediakit.gui.window import MainWindow
from tests.conftest import ROPED


class FirstRepaint(QObject):
    """Records what was done when the window first repainted with a kit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen: dict[str, Any] | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and self.seen is None and self.window.kit:
            sections = self.window.sections
            self.seen = {
                "unrendered": list(sections._unrendered),
                "film handed to VLC": not self.window.film_page.loading_film(),
            }
        return False


def test_the_kit_paints_before_unseen_pages_and_vlc(qtbot: QtBot, window: MainWindow) -> None:
    first = FirstRepaint(window)
    window.open_kit(ROPED)
    qtbot.waitUntil(lambda: first.seen is not None)
    assert first.seen is not None
    # Everything but the page on screen (the film) waited for the paint …
    assert set(first.seen["unrendered"]) >= {"synopsis", "credits", "quotes", "stills"}
    assert first.seen["film handed to VLC"] is False
    # … and is done after it.
    qtbot.waitUntil(lambda: not window.sections._unrendered)
    qtbot.waitUntil(lambda: not window.film_page.loading_film())


def test_after_paint_waits_for_the_repaint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    order: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                order.append("repaint")
            return False

    widget.installEventFilter(Painted(widget))
    after_paint(widget, lambda: order.append("work"))
    qtbot.waitUntil(lambda: "work" in order)
    assert order[:2] == ["repaint", "work"]


def test_after_paint_of_a_hidden_window_runs_soon(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    done: list[bool] = []
    after_paint(widget, lambda: done.append(True))  # no repaint will ever come
    qtbot.waitUntil(lambda: bool(done))
