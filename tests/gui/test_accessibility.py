"""Screen readers and keyboard on ROPED: every control named for Orca (Qt's
accessibility, as AT-SPI reads it), Tab through every page in reading order,
and the stills gallery and lightbox driven without a mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mediakit.gui.window import MainWindow
from tests.gui.conftest import open_and_wait

ROPED = Path(__file__).resolve().parents[2] / "kits" / "roped"
INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
    QLineEdit,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
)
ROW_SLACK = 10  # px: controls whose tops differ by less stand on one line


def tab_focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def interactive(window: QWidget) -> list[QWidget]:
    """The window's visible controls: what a reader can press, pick, move or focus.
    Scroll bars are left out: Qt names them by their role, as Orca reads them."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QScrollBar):
            continue
        if isinstance(widget.parentWidget(), QComboBox):  # the combo's own parts
            continue
        if isinstance(widget, INTERACTIVE) or tab_focusable(widget):
            found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), widget
    return interface.text(QAccessible.Text.Name).strip()


def top_left(window: QWidget, widget: QWidget) -> tuple[int, int]:
    point = widget.mapTo(window, widget.rect().topLeft())
    return point.y(), point.x()


def reading_order(window: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """Top to bottom, then left to right along a line (tops within ROW_SLACK)."""
    by_top = sorted(widgets, key=lambda w: top_left(window, w))
    rows: list[list[QWidget]] = []
    for widget in by_top:
        if rows and top_left(window, widget)[0] - top_left(window, rows[-1][0])[0] < ROW_SLACK:
            rows[-1].append(widget)
        else:
            rows.append([widget])
    return [w for row in rows for w in sorted(row, key=lambda w: top_left(window, w)[1])]


def describe(window: QWidget, widget: QWidget) -> str:
    y, x = top_left(window, widget)
    return f"{type(widget).__name__}({widget.objectName() or accessible_name(widget)!r}@{x},{y})"


@pytest.fixture
def roped(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.resize(1280, 800)
    window.activateWindow()
    open_and_wait(qtbot, window, ROPED)
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    return window


def show(qtbot: QtBot, window: MainWindow, section: str) -> None:
    assert window.show_section(section)
    qtbot.waitUntil(lambda: not window.busy(on_screen=True), timeout=10_000)
    qtbot.wait(20)  # layouts settle


def test_every_control_of_every_page_has_an_accessible_name(
    qtbot: QtBot, roped: MainWindow
) -> None:
    checked: dict[int, QWidget] = {}
    unnamed: list[str] = []
    for section in roped.visible_sections():
        show(qtbot, roped, section)
        for widget in interactive(roped):
            checked.setdefault(id(widget), widget)
            if not accessible_name(widget):
                unnamed.append(f"{section}: {describe(roped, widget)}")
    stills = roped.stills_page
    show(qtbot, roped, "stills")
    stills.open_lightbox(0)
    lightbox_name = accessible_name(stills.lightbox)
    stills.lightbox.close_lightbox()
    named = len(checked) - len({u.split(": ", 1)[1] for u in unnamed})
    print(f"accessibility walk: {len(checked)} controls checked, {named} named")
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)
    assert len(checked) >= 20  # the walk saw the pages' controls, not an empty window
    assert lightbox_name


def test_the_start_page_controls_are_named(qtbot: QtBot, window: MainWindow) -> None:
    window.start_page.set_recent([str(ROPED)])
    qtbot.wait(10)
    controls = interactive(window)
    assert window.start_page.open_button in controls
    assert [describe(window, w) for w in controls if not accessible_name(w)] == []


def test_the_stills_grid_tiles_expose_their_alt_text(qtbot: QtBot, roped: MainWindow) -> None:
    show(qtbot, roped, "stills")
    view = roped.stills_page.view
    grid = QAccessible.queryAccessibleInterface(view)
    assert grid is not None and grid.childCount() >= 6
    tiles = [grid.child(i) for i in range(grid.childCount())]
    names = [t.text(QAccessible.Text.Name) for t in tiles if t is not None]
    descriptions = [t.text(QAccessible.Text.Description) for t in tiles if t is not None]
    model = roped.stills_page.model
    for row in range(model.rowCount()):
        index = model.index(row)
        assert index.data(Qt.ItemDataRole.AccessibleTextRole) in names
        alt = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        assert alt and alt in descriptions


def test_the_film_time_is_told_to_screen_readers(roped: MainWindow) -> None:
    controls = roped.film_page.controls
    controls.show_length(120_000)
    controls.show_time(12_345)
    assert controls.seek_bar.accessibleDescription() == "0:12 of 2:00"
    assert controls.elapsed.accessibleDescription() == "0:12"
    assert controls.total.accessibleDescription() == "2:00"
    # Frames within one second say nothing new: no flood of events for Orca.
    told: list[str] = []
    original = controls.seek_bar.setAccessibleDescription
    controls.seek_bar.setAccessibleDescription = told.append  # type: ignore[method-assign]
    try:
        for ms in range(12_400, 13_000, 40):
            controls.show_time(ms)
        controls.show_time(13_000)
    finally:
        controls.seek_bar.setAccessibleDescription = original  # type: ignore[method-assign]
    assert told == ["0:13 of 2:00"]


def test_tab_visits_every_control_of_every_page_in_reading_order(
    qtbot: QtBot, roped: MainWindow
) -> None:
    for section in roped.visible_sections():
        show(qtbot, roped, section)
        expected = reading_order(roped, [w for w in interactive(roped) if tab_focusable(w)])
        assert roped.section_list in expected, section
        start = expected[0]
        start.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.wait(10)
        assert QApplication.focusWidget() is start, section
        visited = [start]
        for _ in range(len(expected)):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            assert focused is not None, f"{section}: Tab left the window"
            visited.append(focused)
        assert visited[-1] is start, f"{section}: Tab did not come round"  # never stuck
        assert [describe(roped, w) for w in visited[:-1]] == [
            describe(roped, w) for w in expected
        ], section


def test_stills_by_keyboard_only(qtbot: QtBot, roped: MainWindow) -> None:
    roped.section_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
    while roped.current_section() != "stills":
        qtbot.keyClick(roped.section_list, Qt.Key.Key_Down)
    page = roped.stills_page
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    for _ in range(5):  # the page's controls come after the section list
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is page.view:
            break
    assert QApplication.focusWidget() is page.view
    assert page.view.currentIndex().row() == 0  # Tab lands on a tile, not on nothing
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert page.view.currentIndex().row() == 1
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    lightbox = page.lightbox
    assert lightbox.isVisible() and lightbox.index == 1
    assert QApplication.focusWidget() is lightbox
    qtbot.keyClick(lightbox, Qt.Key.Key_Right)
    assert lightbox.index == 2
    qtbot.keyClick(lightbox, Qt.Key.Key_Escape)
    assert not lightbox.isVisible()
    assert QApplication.focusWidget() is page.view
    assert page.view.currentIndex().row() == 2  # the tile last seen, ready for Enter again
    lightbox.close_worker()
