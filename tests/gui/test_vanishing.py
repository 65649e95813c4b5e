"""A kit whose files vanish while it is open (a USB stick pulled out) gives
messages, not a crash: the texts stay, stills and the film say what is gone."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from mediakit.gui.window import MainWindow
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait


def test_stills_and_film_gone_while_open(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    kit = tmp_path / "usb" / "roped"
    shutil.copytree(ROPED, kit)
    open_and_wait(qtbot, window, kit)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    shutil.rmtree(kit.parent)  # the stick is gone

    # Every section still renders from what was loaded.
    for name in window.visible_sections():
        window.show_section(name)
        qtbot.wait(20)
    assert "Cokau" in " ".join(
        label.text() for label in window.page("credits").findChildren(type(window.header.title))
    )

    # The lightbox decodes at screen size from the file: gone, so it says so.
    stills = window.stills_page
    stills.open_lightbox(1)
    canvas = stills.lightbox.canvas
    qtbot.waitUntil(lambda: "cannot be shown" in canvas.message, timeout=10_000)
    assert "02-rope.jpg" in canvas.message
    stills.lightbox.close_lightbox()

    # The film: VLC cannot open it; the pane says so over the poster.
    window.show_section("film")
    window.film_page.play()
    qtbot.waitUntil(lambda: window.film_page.poster_view.message.text() != "", timeout=15_000)
    assert "roped.mp4" in window.film_page.poster_view.message.text()
    assert window.isVisible()
