"""The film bar's icons are SVGs drawn at the pixels they are shown at, in the
theme's icon colour, never the style's stock pixmaps scaled up (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediakit.gui import theme
from mediakit.gui.assets import asset_path
from mediakit.gui.film.controlbar import ControlBar
from mediakit.gui.icons import FILM_ICONS, film_icon


def _colours(icon: QIcon, ratio: float, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon.pixmap(QSize(20, 20), ratio, mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_every_film_icon_is_an_svg_in_the_assets() -> None:
    for file in FILM_ICONS.values():
        text = asset_path(file).read_text("utf-8")
        assert text.startswith("<svg") and "currentColor" in text


def test_an_icon_is_drawn_at_the_device_pixel_ratio(qapp: QApplication) -> None:
    for name in FILM_ICONS:
        pixmap = film_icon(name).pixmap(QSize(20, 20), 2.0)
        assert (pixmap.width(), pixmap.height()) == (40, 40)
        assert pixmap.devicePixelRatio() == 2.0
        assert _colours(film_icon(name), 2.0) == {theme.COLOURS["film_icon"]}


def test_a_disabled_icon_takes_the_disabled_colour(qapp: QApplication) -> None:
    assert _colours(film_icon("play"), 1.0, QIcon.Mode.Disabled) == {theme.COLOURS["disabled"]}


def test_the_bar_shows_the_svg_icons(qtbot: QtBot) -> None:
    bar = ControlBar(80, 10_000)
    qtbot.addWidget(bar)
    bar.set_playing_look(True)
    bar.set_muted_look(True)
    bar.set_full_screen_look(True)
    shown = bar.play_button.icon().pixmap(QSize(20, 20), 2.0).toImage()
    expected = film_icon("pause").pixmap(QSize(20, 20), 2.0).toImage()
    assert shown == expected
    for button in (bar.play_button, bar.mute_button, bar.full_button):
        assert button.icon().pixmap(QSize(20, 20), 2.0).width() == 40
