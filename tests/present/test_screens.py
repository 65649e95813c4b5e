"""Two screens: the audience view full screen on the other screen, the
presenter view on the laptop. Qt's offscreen platform is given two screens by
a JSON file; that needs its own process (this one keeps its single-screen
QApplication)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from mediakit.gui.present.controller import PresentController
from tests.conftest import REPO, ROPED
from tests.present.test_keys import make_show, roped_kit

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96},
        {"name": "projector", "x": 1440, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96},
    ]
}

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mediakit.gui.present.controller import PresentController
from mediakit.gui.present.inhibit import ScreenSaverInhibitor
from mediakit.kit import load

app = QApplication([])
kit = load(Path(sys.argv[1])).kit
show = PresentController(kit, "en", inhibitor=ScreenSaverInhibitor(address=""))
show.start(2)
app.processEvents()

def where():
    return {
        "screens": [s.name() for s in app.screens()],
        "audience": show.audience.screen().name(),
        "audience_full": show.audience.isFullScreen(),
        "audience_geometry": show.audience.geometry().getRect(),
        "presenter": show.presenter.screen().name(),
        "presenter_visible": show.presenter.isVisible(),
        "pages_for": [show.screen_size.width(), show.screen_size.height()],
    }

report = {"start": where()}
QTest.keyClick(show.audience, Qt.Key.Key_S)  # swap the screens
app.processEvents()
report["swapped"] = where()
QTest.keyClick(show.presenter, Qt.Key.Key_Escape)
report["running_after_esc"] = show.running
print(json.dumps(report))
"""


def run_two_screens(tmp_path: Path) -> dict[str, Any]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROPED)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_each_view_on_its_own_screen(tmp_path: Path) -> None:
    report = run_two_screens(tmp_path)
    start = report["start"]
    assert start["screens"] == ["laptop", "projector"]
    assert start["audience"] == "projector" and start["audience_full"]
    assert start["audience_geometry"] == [1440, 0, 1024, 768]
    assert start["presenter"] == "laptop" and start["presenter_visible"]
    assert start["pages_for"] == [1024, 768]  # text is paginated for the projector
    swapped = report["swapped"]
    assert swapped["audience"] == "laptop" and swapped["presenter"] == "projector"
    assert swapped["audience_full"]
    assert report["running_after_esc"] is False


def test_a_screen_unplugged_during_the_show(qtbot: QtBot) -> None:
    """One screen left (this process has one): the presenter view gives way to
    the room and the audience stays full screen where it is."""
    show: PresentController = make_show(qtbot, roped_kit(ROPED))
    try:
        show.toggle_presenter()
        assert show.presenter.isVisible()
        screen = show.audience.screen()
        show._on_screens(screen)  # what QGuiApplication.screenRemoved calls
        assert not show.presenter.isVisible()
        assert show.audience.isFullScreen() and show.audience.screen() is screen
    finally:
        show.stop()
