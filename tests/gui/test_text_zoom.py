"""Text zoom: Ctrl+plus / Ctrl+minus / Ctrl+0 scale the reading text, in steps,
remembered across restarts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mediakit.gui import settings as conf
from mediakit.gui import theme
from mediakit.gui.menus import VIEW_MENU
from mediakit.gui.pages.text import TextPage
from mediakit.gui.settings import Settings
from mediakit.gui.window import MainWindow
from tests.gui.conftest import open_and_wait
from tests.gui.keypress import press

ROPED = Path(__file__).resolve().parents[2] / "kits" / "roped"
READING = theme.FONT_SIZES["reading"]


@pytest.fixture(autouse=True)
def usual_size() -> Iterator[None]:
    """A zoomed test leaves the usual sizes to the next one."""
    yield
    theme.set_text_zoom(theme.TEXT_ZOOM_DEFAULT)


def synopsis_px(qtbot: QtBot, window: MainWindow) -> int:
    page = window.page("synopsis")
    assert isinstance(page, TextPage)
    qtbot.wait(10)
    return page.view.markdown.font().pixelSize()


def test_steps() -> None:
    assert theme.text_zoom_step(100, 1) == 110
    assert theme.text_zoom_step(100, -1) == 90
    assert theme.text_zoom_step(200, 1) == 200
    assert theme.text_zoom_step(80, -1) == 80
    assert theme.text_zoom_step(135, 0) == 100
    assert theme.clamp_text_zoom(1000) == 200
    assert theme.clamp_text_zoom(5) == 80
    assert theme.font_px("reading", 150) == 24
    assert theme.font_px("caption", 150) == theme.FONT_SIZES["caption"]  # chrome keeps its size


def test_keys_scale_the_reading_text_and_are_remembered(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    open_and_wait(qtbot, window, ROPED)
    window.show_section("synopsis")
    assert synopsis_px(qtbot, window) == READING
    press(qtbot, window, "Ctrl++")
    assert settings.get(conf.TEXT_ZOOM) == 110
    assert synopsis_px(qtbot, window) == round(READING * 1.1)
    assert window.statusBar().currentMessage() == "Text size 110 %"
    press(qtbot, window, "Ctrl+=")  # the same key without Shift, as browsers take it
    assert settings.get(conf.TEXT_ZOOM) == 120
    press(qtbot, window, "Ctrl+-")
    press(qtbot, window, "Ctrl+-")
    press(qtbot, window, "Ctrl+-")
    assert settings.get(conf.TEXT_ZOOM) == 90
    assert synopsis_px(qtbot, window) == round(READING * 0.9)
    press(qtbot, window, "Ctrl+0")
    assert settings.get(conf.TEXT_ZOOM) == 100
    assert synopsis_px(qtbot, window) == READING
    assert window.statusBar().currentMessage() == "Text size 100 %"


def test_the_measure_follows_the_zoom(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1600, 900)
    open_and_wait(qtbot, window, ROPED)
    window.show_section("synopsis")
    view = window.page("synopsis").view.markdown  # type: ignore[attr-defined]
    qtbot.wait(10)
    usual = view.lineWrapColumnOrWidth()
    window.text_zoom.set_percent(150)
    qtbot.waitUntil(lambda: view.lineWrapColumnOrWidth() > usual * 1.3, timeout=2000)


def test_the_zoom_survives_a_restart(qtbot: QtBot, window: MainWindow, settings: Settings) -> None:
    window.text_zoom.set_percent(150)
    window.close()
    window.shutdown()
    theme.set_text_zoom(theme.TEXT_ZOOM_DEFAULT)  # as a new process starts
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    try:
        assert again.text_zoom.percent == 150
        open_and_wait(qtbot, again, ROPED)
        again.show_section("synopsis")
        assert synopsis_px(qtbot, again) == 24
    finally:
        again.shutdown()


def test_the_view_menu_holds_the_zoom(window: MainWindow) -> None:
    for name in ("zoom_in", "zoom_out", "zoom_reset"):
        assert name in VIEW_MENU
        assert window.actions_by_name[name].shortcuts()


def test_credit_roles_and_spec_names_grow_with_the_text(qtbot: QtBot, window: MainWindow) -> None:
    """The labels beside the reading text scale with it: a 150 % reader still
    reads which role a name holds."""
    open_and_wait(qtbot, window, ROPED)
    for section in ("credits", "specs"):
        window.show_section(section)
        qtbot.wait(10)
        labels = window.page(section).findChildren(QLabel, "termLabel")
        assert labels, section
        before = {label.font().pixelSize() for label in labels}
        assert before == {theme.FONT_SIZES["label"]}
        window.text_zoom.set_percent(150)
        qtbot.wait(10)
        after = {label.font().pixelSize() for label in labels}
        assert after == {round(theme.FONT_SIZES["label"] * 1.5)}, section
        window.text_zoom.reset()
