"""The keys dialog: built from the registry (the user's keys included), closed
with Esc, and whole on any screen from 1024×640 up (run with Qt's offscreen
platform given that screen, in a process of its own)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mediakit.gui.help import KeysDialog
from mediakit.gui.keymap import Keymap, Mode, find, install
from mediakit.gui.keymap.docs import sections

# The offscreen platform says this whenever a top-level widget with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def texts(dialog: KeysDialog) -> list[str]:
    return [label.text().replace("\n", " ") for label in dialog.findChildren(QLabel)]


def test_every_mode_and_key_of_the_registry_is_listed(qtbot: QtBot) -> None:
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    shown = texts(dialog)
    for heading, rows in sections():
        assert heading in shown
        for keys, what in rows:
            assert keys in shown and what in shown


def test_it_lists_the_keys_in_force(qtbot: QtBot) -> None:
    play_pause = find(Mode.FILM, "play_pause")
    assert play_pause is not None
    install(Keymap({play_pause: ("Space", "K")}))
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    assert "Space, K" in texts(dialog)


def test_esc_closes_it(qtbot: QtBot) -> None:
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


SCRIPT = r"""
import json, sys
from PySide6.QtCore import QPoint, QRect
from mediakit.gui.app import make_application
from mediakit.gui.help import KeysDialog

app = make_application([])
dialog = KeysDialog()
dialog.show()
app.processEvents()
screen = app.primaryScreen().availableGeometry()
button = dialog.close_button
corner = button.mapTo(dialog, QPoint(button.width(), button.height()))
bar = dialog.scroller.verticalScrollBar()
print(json.dumps({
    "screen": screen.getRect(),
    "dialog": dialog.frameGeometry().getRect(),
    "inside": screen.contains(dialog.frameGeometry()),
    "button_inside": dialog.rect().contains(corner) and button.isVisible(),
    "scrolls": bar.maximum() > 0,
    "body_width": dialog.body.width(),
    "view_width": dialog.scroller.viewport().width(),
}))
if len(sys.argv) > 1:
    dialog.grab().save(sys.argv[1])
"""


@pytest.mark.parametrize(("width", "height"), [(1024, 640), (1366, 768), (1920, 1080)])
def test_it_fits_the_screen(tmp_path: Path, width: int, height: int) -> None:
    config = tmp_path / "screens.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["screen"] == [0, 0, width, height]
    assert found["inside"] and found["button_inside"], found
    assert found["body_width"] <= found["view_width"], found  # nothing cut off at the right
    if height < 1000:
        assert found["scrolls"], found  # the rest is a scroll away, not off screen
