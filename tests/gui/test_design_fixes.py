"""Design fixes (issue 10): scroll bars only where something scrolls, a window
that fits a small screen, copy buttons that say they copied, one © per credit."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mediakit.gui.external import COPIED_MS
from mediakit.gui.integrity import IntegrityBadge
from mediakit.gui.pages.base import ScrolledPage
from mediakit.gui.pages.lightbox import Lightbox, LightboxItem
from mediakit.gui.pages.quotes import QuotesPage
from mediakit.gui.window import MainWindow, default_geometry
from mediakit.kit.archive.model import ArchiveReport
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait


def _quotes_page(qtbot: QtBot, window: MainWindow) -> ScrolledPage:
    window.show_section("quotes")
    page = window.page("quotes")
    assert isinstance(page, ScrolledPage)
    qtbot.waitUntil(lambda: page.scroll_area.viewport().height() > 200)
    QApplication.processEvents()
    return page


def test_no_scroll_bar_when_the_quotes_fit(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, ROPED)
    page = _quotes_page(qtbot, window)
    assert not page.scroll_area.verticalScrollBar().isVisible()


def test_a_scroll_bar_for_forty_quotes(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, ROPED)
    kit = window.kit
    assert kit is not None
    many = dataclasses.replace(kit, quotes=(kit.quotes * 20)[:40])
    window.show_kit(many, ROPED)
    page = _quotes_page(qtbot, window)
    bar = page.scroll_area.verticalScrollBar()
    assert bar.isVisible()
    assert bar.maximum() > page.scroll_area.viewport().height()


WINDOW_SCRIPT = r"""
import json, tempfile
from PySide6.QtCore import QPoint, QSettings
from mediakit.gui.app import make_application
from mediakit.gui.settings import Settings
from mediakit.gui.window import MainWindow

app = make_application([])
folder = tempfile.mkdtemp()
window = MainWindow(Settings(QSettings(folder + "/s.ini", QSettings.Format.IniFormat)))
window.show()
app.processEvents()
bar = window.statusBar()
corner = bar.mapToGlobal(QPoint(bar.width() - 1, bar.height() - 1))
screen = app.primaryScreen().availableGeometry()
print(json.dumps({
    "screen": screen.getRect(),
    "size": [window.width(), window.height()],
    "inside": screen.contains(window.frameGeometry()),
    "status_bar_seen": bar.isVisible() and screen.contains(corner),
}))
window.shutdown()
"""


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1024, 640), (1920, 1080)])
def test_the_first_window_fits_the_screen(tmp_path: Path, width: int, height: int) -> None:
    config = tmp_path / "screens.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["screen"] == [0, 0, width, height]
    assert found["inside"] and found["status_bar_seen"], found
    if width >= 1366 and height >= 900:
        assert found["size"] == [1280, 800]


def test_the_default_geometry_leaves_room_for_the_frame() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 768 less a 40-pixel panel
    geometry = default_geometry(laptop)
    assert laptop.contains(geometry.adjusted(-8, -32, 8, 8))
    assert geometry.width() == 1280
    assert default_geometry(QRect(0, 0, 2560, 1440)).size().toTuple() == (1280, 800)


def _says_copied_then_comes_back(button: QPushButton, before: str) -> None:
    assert button.text() == "Copied"
    timer = button.findChild(QTimer, "copiedTimer")
    assert timer is not None and timer.isActive() and timer.interval() == COPIED_MS
    timer.stop()
    timer.timeout.emit()  # the moment is over
    assert button.text() == before


def test_copying_a_quote_says_copied(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    window.show_section("quotes")
    page = window.page("quotes")
    assert isinstance(page, QuotesPage)
    button = page.copy_buttons[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # French marks, from Qt's locale data, held to their words by no-break spaces.
    assert QGuiApplication.clipboard().text().startswith("«\u00a0Nous")
    _says_copied_then_comes_back(button, "Copy with attribution")


def test_copying_the_archive_hash_says_copied(qtbot: QtBot, tmp_path: Path) -> None:
    badge = IntegrityBadge()
    qtbot.addWidget(badge)
    badge.show_source(ArchiveReport(tmp_path / "roped.mediakit", "ab" * 32, 3, (), frozenset()))
    before = badge.text()
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "ab" * 32
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)  # twice: still comes back to its text
    _says_copied_then_comes_back(badge, before)


def test_a_credit_with_its_copyright_sign_gets_no_second_one(qtbot: QtBot, tmp_path: Path) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    lightbox = Lightbox(host)
    lightbox._set_meta(LightboxItem(tmp_path / "a.jpg", credit="\u00a9 Jane Doe"), False)
    assert lightbox.meta.text() == "\u00a9 Jane Doe"
    lightbox._set_meta(LightboxItem(tmp_path / "a.jpg", credit="Jane Doe"), False)
    assert lightbox.meta.text() == "\u00a9 Jane Doe"
