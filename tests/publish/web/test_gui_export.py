"""Export ▸ Web press page… from the window: the folder asked for, the work in
the pool, what happened said through the window's route, the page offered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from mediakit.gui.export_web import WebExport, site_folder
from mediakit.gui.messages import Level, MessageRoute
from mediakit.kit import load
from mediakit.publish.web import export_site
from mediakit.tasks import TaskRunner
from tests.conftest import ROPED
from tests.publish.web.helpers import simple_kit


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.messages = MessageRoute(self)
        self.said: list[tuple[Level, str]] = []
        self.messages.posted.connect(lambda level, text, *_: self.said.append((level, text)))


def test_a_folder_of_the_users_gets_a_new_one_inside(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    assert site_folder(tmp_path, "roped") == tmp_path / "roped-web"
    (tmp_path / "roped-web").mkdir()
    (tmp_path / "roped-web" / "x").write_text("also mine")
    assert site_folder(tmp_path, "roped") == tmp_path / "roped-web-2"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert site_folder(empty, "roped") == empty
    export_site(simple_kit(tmp_path / "kit"), tmp_path / "ours")
    assert site_folder(tmp_path / "ours", "simple") == tmp_path / "ours"  # an earlier export


def test_export_from_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = Window()
    qtbot.addWidget(window)
    (tmp_path / "notes.txt").write_text("mine")
    asked: list[str] = []
    opened: list[Path] = []

    def dialog(_parent: object, title: str, _start: str) -> str:
        asked.append(title)
        return str(tmp_path)

    exporter = WebExport(window, folder_dialog=dialog, opener=opened.append)
    kit = load(ROPED).kit
    assert kit is not None
    with qtbot.waitSignal(exporter.finished, timeout=60_000) as done:
        exporter.start(kit)
    assert asked == ["Export the web press page to a folder"]
    report = done.args[0]
    assert report.folder == tmp_path / "roped-web"
    assert (tmp_path / "roped-web" / "index.en.html").is_file()
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert (Level.INFO, f"Web press page written to {tmp_path / 'roped-web'}") in window.said
    offer = exporter.offer
    assert offer is not None and not offer.isModal() and offer.isVisible()
    opening = next(b for b in offer.buttons() if b.text() == "Open the page")
    opening.click()
    assert opened == [tmp_path / "roped-web" / "index.html"]


def test_cancelled_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window = Window()
    qtbot.addWidget(window)
    exporter = WebExport(window, TaskRunner(synchronous=True, parent=window))
    exporter.progressed.connect(lambda *_: exporter.cancel())
    exporter.export(simple_kit(tmp_path / "kit"), tmp_path / "site")
    assert not (tmp_path / "site").exists()
    assert window.said == [(Level.INFO, "Web press page cancelled: nothing was written.")]
    assert not exporter.busy


@pytest.mark.expected_errors
def test_a_failure_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    window = Window()
    qtbot.addWidget(window)
    exporter = WebExport(window, TaskRunner(synchronous=True, parent=window))
    taken = tmp_path / "site"
    taken.mkdir()
    (taken / "index.html").write_text("someone's")
    exporter.export(simple_kit(tmp_path / "kit"), taken)
    level, text = window.said[-1]
    assert level is Level.ERROR
    assert text == (
        f"Cannot write the web press page to {taken}: "
        "it holds files that are not a web page made by mediakit"
    )
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]
