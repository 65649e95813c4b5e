"""The poster's play button: never over the poster's title, at the window sizes
people use, for portrait and landscape posters; reached and pressed with the
keys of the key registry; named for screen readers."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw
from PySide6.QtCore import QRect, QSize, Qt
from pytestqt.qtbot import QtBot

from mediakit.gui.film.poster import play_button_place
from mediakit.gui.keymap import Keymap, Mode, find, install
from mediakit.gui.pages.film import FilmPage
from mediakit.gui.window import MainWindow
from mediakit.kit.manifest.model import Film, Kit, KitFile, Text
from tests.conftest import ROPED
from tests.gui.keypress import press
from tests.gui.test_film import film_page, show

SIZES = [(1280, 800), (1366, 768), (1024, 640)]
POSTERS = {"portrait": (1000, 1500), "landscape": (1920, 1080)}  # 2:3 and 16:9
TITLE_SHARE = 0.6  # where posters put their title: the upper 60% of the picture


def poster_kit(root: Path, film: Path, size: tuple[int, int]) -> Kit:
    """A kit whose poster is ``size``, with its title across the middle, and ``film``."""
    root.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, (60, 80, 110))
    ImageDraw.Draw(image).rectangle(
        (0, size[1] * 2 // 5, size[0], size[1] // 2), fill=(240, 230, 210)
    )  # the title band
    image.save(root / "poster.jpg", quality=80)
    return Kit(
        root=root,
        version=1,
        id="poster-test",
        title=Text({"en": "Poster test"}),
        runtime="2:00",
        film=Film(
            file=KitFile("film.mp4", film), poster=KitFile("poster.jpg", root / "poster.jpg")
        ),
    )


def picture_rect(picture: QSize, area: QRect) -> QRect:
    """Where a picture of ``picture`` size shows, fitted and centred in ``area``."""
    size = picture.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(area.center())
    return rect


def title_area(poster: QRect) -> QRect:
    return QRect(
        poster.left(), poster.top(), poster.width(), math.ceil(poster.height() * TITLE_SHARE)
    )


@pytest.fixture(scope="module")
def real_film(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ROPED film, copied once for the module (kits here are built around it)."""
    path = tmp_path_factory.mktemp("film") / "film.mp4"
    shutil.copyfile(ROPED / "film" / "roped.mp4", path)
    return path


@pytest.mark.parametrize("shape", sorted(POSTERS))
@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_play_button_stays_off_the_posters_title(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    real_film: Path,
    shape: str,
    width: int,
    height: int,
) -> None:
    kit = poster_kit(tmp_path / "kit", real_film, POSTERS[shape])
    window.resize(width, height)
    window.show_kit(kit, kit.root)
    assert window.show_section("film")
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    view = window.film_page.poster_view
    button = view.play_button
    qtbot.waitUntil(button.isVisible, timeout=10_000)
    assert window.size() == QSize(width, height)

    poster = picture_rect(QSize(*POSTERS[shape]), view.rect())
    assert view.poster_rect() == poster  # what is painted is where the test looks
    place = button.geometry()
    assert not place.intersects(title_area(poster)), (place, poster)
    assert view.rect().contains(place)  # all of it shows, none cut off
    if shape == "portrait":  # room beside it: the button covers nothing of the poster
        assert not place.intersects(poster)
    else:  # over the picture, in its lower part, on the left
        assert poster.contains(place) and place.left() < poster.center().x()


@given(
    area=st.tuples(st.integers(200, 2000), st.integers(150, 1200)),
    picture=st.tuples(st.integers(100, 4000), st.integers(100, 4000)),
)
def test_wherever_the_poster_is_the_button_is_below_its_title(
    area: tuple[int, int], picture: tuple[int, int]
) -> None:
    frame = QRect(0, 0, *area)
    poster = picture_rect(QSize(*picture), frame)
    place, _veiled = play_button_place(frame, poster, QSize(180, 56))
    assert not place.intersects(title_area(poster))


# -- keys, names, tooltips (a fake VLC) -----------------------------------------------


def shown(page: FilmPage, tmp_path: Path, shape: str = "portrait") -> None:
    film = tmp_path / "film.mp4"
    film.write_bytes(b"fake")
    show(page, poster_kit(tmp_path, film, POSTERS[shape]), "en")


def test_the_play_key_on_the_focused_button_plays(film_page, tmp_path: Path, qtbot: QtBot) -> None:
    film_page, fake = film_page
    shown(film_page, tmp_path)
    button = film_page.poster_view.play_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert button.hasFocus()
    press(qtbot, button, "Space")
    assert fake.mp.called("play") == [()]


def test_the_button_follows_a_rebound_play_key(film_page, tmp_path: Path, qtbot: QtBot) -> None:
    play_pause = find(Mode.FILM, "play_pause")
    assert play_pause is not None
    install(Keymap({play_pause: ("K",)}))  # the user's key file: K plays, Space does not
    film_page, fake = film_page
    shown(film_page, tmp_path)
    button = film_page.poster_view.play_button
    assert button.toolTip().endswith("(K)")
    button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, button, "Space")
    assert fake.mp.called("play") == []  # not a key of the registry's: the button ignores it
    press(qtbot, button, "K")
    assert fake.mp.called("play") == [()]


def test_the_button_is_named_and_says_the_running_time(film_page, tmp_path: Path, qtbot) -> None:
    film_page, fake = film_page
    shown(film_page, tmp_path)
    button = film_page.poster_view.play_button
    assert button.accessibleName() == "Play film"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert button.duration == "2:00"  # the kit's runtime, until VLC has measured the film
    with qtbot.waitSignal(film_page.player.length_changed):
        fake.mp.events.fire("MediaPlayerLengthChanged", new_length=95_000)
    assert button.duration == "1:35"
    assert "1:35" in button.accessibleDescription()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fake.mp.called("play") == [()]


__all__ = ["film_page"]  # the fixture, used above
