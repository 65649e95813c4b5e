"""The film pane, driven through a fake python-vlc; real playback under Xvfb."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDeadlineTimer, QEvent, QEventLoop, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from mediakit.gui.keymap import Action, Mode, actions_of
from mediakit.gui.pages.film import FilmPage
from mediakit.kit.manifest.model import Film, Kit, KitFile, Subtitle, Text
from mediakit.media.player import Player, PlayerState, Renderer
from mediakit.tasks import TaskRunner
from mediakit.units import format_time
from tests.gui.keypress import key_rows, press
from tests.media.test_player_fakes import FakeVlc, MissingLibVlc, film_clip, libvlc_reason

__all__ = ["film_clip"]


def show(page: FilmPage, kit: Kit, language: str = "en") -> None:
    """show_kit, then the turns of the event loop in which the film goes to VLC:
    after the window's repaint, once VLC has started in a worker."""
    page.show_kit(kit, language)
    deadline = QDeadlineTimer(10_000)
    while page.loading_film():
        if deadline.hasExpired():
            raise AssertionError("the film was never handed to VLC")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def make_kit(root: Path, film_path: Path | None, *, poster: bool = True, subs=("en", "fr")) -> Kit:
    if film_path is None:
        return Kit(root=root, version=1, id="t", title=Text({"en": "T"}))
    poster_file = None
    if poster:
        image = QImage(1600, 900, QImage.Format.Format_RGB32)
        image.fill(QColor("#c04020"))
        image.save(str(root / "poster.png"))
        poster_file = KitFile("poster.png", root / "poster.png")
    subtitles = []
    for code in subs:
        srt = root / f"film.{code}.srt"
        srt.write_text("1\n00:00:00,000 --> 00:00:04,000\nHello\n", encoding="utf-8")
        subtitles.append(Subtitle(code, KitFile(srt.name, srt)))
    film = Film(file=KitFile("film.mp4", film_path), poster=poster_file, subtitles=tuple(subtitles))
    return Kit(root=root, version=1, id="t", title=Text({"en": "T"}), film=film)


@pytest.fixture
def fake() -> FakeVlc:
    return FakeVlc()


def hosted(qtbot, page: FilmPage) -> QWidget:
    """Shown inside a bare window: the offscreen platform warns when a top-level
    window's layout changes its size hints ("does not support propagateSizeHints")."""
    host = QWidget()
    qtbot.addWidget(host)
    page.setParent(host)
    host.resize(800, 500)
    page.resize(800, 500)
    host.show()
    return host


@pytest.fixture
def page(qtbot, fake: FakeVlc) -> Iterator[FilmPage]:
    player = Player(vlc_module=fake, renderer=Renderer.CALLBACKS)
    page = FilmPage(player=player, runner=TaskRunner(synchronous=True))
    host = hosted(qtbot, page)  # noqa: F841 - keeps the window alive
    yield page
    page.shutdown()


@pytest.fixture
def film_page(qtbot) -> Iterator[tuple[FilmPage, FakeVlc]]:
    """A film page on a fake VLC, hosted in a shown window, with that fake."""
    fake = FakeVlc()
    page = FilmPage(
        player=Player(vlc_module=fake, renderer=Renderer.CALLBACKS),
        runner=TaskRunner(synchronous=True),
    )
    host = hosted(qtbot, page)  # noqa: F841 - keeps the window alive
    yield page, fake
    page.shutdown()


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    film = tmp_path / "film.mp4"
    film.write_bytes(b"fake")
    return make_kit(tmp_path, film)


def fire(page: FilmPage, fake: FakeVlc, qtbot, name: str, signal=None, **u: int) -> None:
    with qtbot.waitSignal(signal if signal is not None else page.player.state_changed):
        fake.mp.events.fire(name, **u)


def test_keys_are_vlc_keys() -> None:
    assert {action.name: action.keys for action in actions_of(Mode.FILM)} == {
        "play_pause": ("Space",),
        "full_screen": ("F",),
        "leave_full_screen": ("Esc",),
        "mute": ("M",),
        "next_subtitles": ("V",),
        "back": ("Left",),
        "forward": ("Right",),
        "volume_up": ("Up",),
        "volume_down": ("Down",),
    }


@pytest.mark.parametrize(("ms", "text"), [(0, "0:00"), (61_500, "1:01"), (3_725_000, "1:02:05")])
def test_format_time(ms: int, text: str) -> None:
    assert format_time(ms) == text


def test_kit_without_film_says_so(page: FilmPage, tmp_path: Path) -> None:
    show(page, make_kit(tmp_path, None), "en")
    assert page.poster_view.message.text() == "This kit has no film."
    assert not page.controls.isEnabled()
    assert page.poster_view.play_button.isHidden()


def test_unavailable_vlc_shows_poster_reason_and_hint(qtbot, kit: Kit) -> None:
    player = Player(vlc_module=MissingLibVlc(), renderer=Renderer.CALLBACKS)
    page = FilmPage(player=player, runner=TaskRunner(synchronous=True))
    host = hosted(qtbot, page)  # noqa: F841 - keeps the window alive
    show(page, kit, "en")
    text = page.poster_view.message.text()
    assert "libvlc" in text and "install" in text.lower()
    assert not page.poster_view.poster.isNull()  # the poster still shows
    assert not page.controls.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Space)  # keys do nothing, raise nothing
    page.shutdown()


def test_poster_is_decoded_reduced_off_the_gui_thread(qtbot, fake: FakeVlc, kit: Kit) -> None:
    page = FilmPage(player=Player(vlc_module=fake, renderer=Renderer.CALLBACKS))
    host = hosted(qtbot, page)  # noqa: F841 - keeps the window alive
    show(page, kit, "en")  # the real threaded runner
    qtbot.waitUntil(lambda: not page.poster_view.poster.isNull())
    assert page.poster_view.poster.size() == QSize(1600, 900)  # within the bound: as is
    page.shutdown()


def test_show_kit_loads_the_film_with_subtitles_off(page: FilmPage, fake: FakeVlc, kit: Kit):
    show(page, kit, "en")
    assert kit.film is not None
    assert fake.mp.media is not None and fake.mp.media.path == str(kit.film.file.path)
    assert [page.subtitles.itemText(i) for i in range(3)] == [
        "Subtitles off",
        "English (en)",
        "French (fr)",
    ]
    assert page.subtitles.currentIndex() == 0
    assert page.controls.isEnabled()
    assert page.poster_view.play_button.isVisible()


def test_play_button_plays_and_state_switches_the_picture(page, fake: FakeVlc, kit, qtbot):
    show(page, kit, "en")
    qtbot.mouseClick(page.poster_view.play_button, Qt.MouseButton.LeftButton)
    assert fake.mp.called("play") == [()]
    fire(page, fake, qtbot, "MediaPlayerPlaying")
    assert page.stage.currentWidget() is page.surface
    assert page.play_button.accessibleName() == "Pause"
    fire(page, fake, qtbot, "MediaPlayerPaused")
    assert page.play_button.accessibleName() == "Play"
    fire(page, fake, qtbot, "MediaPlayerEndReached")
    assert page.stage.currentWidget() is page.poster_view


def test_time_and_length_update_the_seek_bar(page, fake: FakeVlc, kit, qtbot) -> None:
    show(page, kit, "en")
    fire(
        page, fake, qtbot, "MediaPlayerLengthChanged", page.player.length_changed, new_length=90_000
    )
    fire(page, fake, qtbot, "MediaPlayerTimeChanged", page.player.time_changed, new_time=61_000)
    assert page.seek_bar.maximum() == 90_000
    assert page.seek_bar.value() == 61_000
    assert (page.elapsed.text(), page.total.text()) == ("1:01", "1:30")
    assert fake.mp.called("set_time") == []  # the player moving the bar is no seek


def test_scrubbing_is_throttled(page, fake: FakeVlc, kit, qtbot) -> None:
    show(page, kit, "en")
    fire(page, fake, qtbot, "MediaPlayerPlaying")
    fire(
        page, fake, qtbot, "MediaPlayerLengthChanged", page.player.length_changed, new_length=90_000
    )
    for value in range(1000, 30_000, 1000):  # a fast drag: 29 moves
        page.seek_bar.setValue(value)
    qtbot.waitUntil(lambda: fake.mp.called("set_time")[-1:] == [(29_000,)])
    seeks = fake.mp.called("set_time")
    assert seeks[-1] == (29_000,)
    assert len(seeks) < 29


def test_error_shows_in_the_pane_with_the_poster(page, fake: FakeVlc, kit, qtbot) -> None:
    show(page, kit, "en")
    page.play()
    with qtbot.waitSignal(page.player.error):
        fake.mp.events.fire("MediaPlayerEncounteredError")
    assert page.stage.currentWidget() is page.poster_view
    assert "VLC could not play" in page.poster_view.message.text()
    assert not page.poster_view.poster.isNull()


def test_missing_film_file_shows_an_error(page, tmp_path: Path) -> None:
    show(page, make_kit(tmp_path, tmp_path / "gone.mp4"), "en")
    assert "gone.mp4" in page.poster_view.message.text()


def test_keys_drive_the_player(page, fake: FakeVlc, kit, qtbot) -> None:
    show(page, kit, "en")
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert fake.mp.called("play") == [()]
    fire(page, fake, qtbot, "MediaPlayerPlaying")
    fire(
        page, fake, qtbot, "MediaPlayerLengthChanged", page.player.length_changed, new_length=90_000
    )
    fire(page, fake, qtbot, "MediaPlayerTimeChanged", page.player.time_changed, new_time=30_000)
    qtbot.keyClick(page, Qt.Key.Key_Right)
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert fake.mp.called("set_time") == [(40_000,), (30_000,)]
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert fake.mp.called("set_pause") == [(1,)]
    qtbot.keyClick(page, Qt.Key.Key_M)
    assert page.player.muted and page.mute_button.isChecked()
    assert fake.mp.called("audio_set_mute")[-1] == (True,)
    before = page.volume.value()
    qtbot.keyClick(page, Qt.Key.Key_Down)
    assert page.player.volume == before - 5 == page.volume.value()
    qtbot.keyClick(page, Qt.Key.Key_V)
    assert page.subtitles.currentIndex() == 1 and fake.mp.spu == 2
    qtbot.keyClick(page, Qt.Key.Key_V)
    qtbot.keyClick(page, Qt.Key.Key_V)
    assert page.subtitles.currentIndex() == 0 and fake.mp.spu == -1


# The full-screen window is top-level with a layout: offscreen Qt warns about size hints.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_full_screen_key_moves_the_frame_and_back(page, kit, qtbot) -> None:
    show(page, kit, "en")
    with qtbot.waitSignal(page.full_screen_changed) as entered:
        qtbot.keyClick(page, Qt.Key.Key_F)
    assert entered.args == [True] and page.is_full_screen
    assert page.frame.window() is not page.window()
    with qtbot.waitSignal(page.full_screen_changed) as left:
        qtbot.keyClick(page.frame.window(), Qt.Key.Key_Escape)
    assert left.args == [False] and not page.is_full_screen
    assert page.frame.window() is page.window()


def test_subtitle_choice_is_remembered_for_the_next_kit(page, fake: FakeVlc, kit, tmp_path, qtbot):
    show(page, kit, "en")
    page.subtitles.setCurrentIndex(2)  # French
    other = tmp_path / "other"
    other.mkdir()
    (other / "film.mp4").write_bytes(b"x")
    show(page, make_kit(other, other / "film.mp4", subs=("de", "fr")), "en")
    assert page.subtitles.currentText() == "French (fr)"
    assert page.player.subtitle == 1


def test_clear_empties_the_pane(page, fake: FakeVlc, kit, qtbot) -> None:
    show(page, kit, "en")
    page.clear()
    assert page.poster_view.poster.isNull()
    assert not page.controls.isEnabled()
    assert page.subtitles.count() == 1


def test_buttons_have_accessible_names_and_tooltips(page) -> None:
    for widget in (page.play_button, page.mute_button, page.full_button, page.seek_bar,
                   page.volume, page.subtitles, page.poster_view.play_button):  # fmt: skip
        assert widget.accessibleName()
        assert widget.toolTip()


# -- real libvlc, embedded in an X window ---------------------------------------

_NO_VLC = libvlc_reason()


def _grab(page: FilmPage) -> QImage:
    screen = page.screen()
    return screen.grabWindow(page.surface.handle()).toImage()


@pytest.mark.vlc
@pytest.mark.xvfb
@pytest.mark.skipif(_NO_VLC is not None, reason=_NO_VLC or "")
def test_real_embedded_playback_paints_the_window(qtbot, film_clip: Path, tmp_path: Path) -> None:
    player = Player(renderer=Renderer.EMBEDDED, extra_args=["--aout=dummy"])
    page = FilmPage(player=player)
    qtbot.addWidget(page)
    page.resize(800, 520)
    page.show()
    qtbot.waitExposed(page)
    try:
        show(page, make_kit(tmp_path, film_clip), "en")
        page.play()
        qtbot.waitUntil(lambda: player.time > 1000, timeout=15_000)
        assert player.state is PlayerState.PLAYING
        first = _grab(page)
        qtbot.waitUntil(lambda: _grab(page) != first, timeout=5000)  # the picture moves
        second = _grab(page)
        dark = QColor("#0b0b0d").rgb()
        colours = {second.pixel(x, y) for x in range(0, second.width(), 16)
                   for y in range(0, second.height(), 16)}  # fmt: skip
        assert colours - {dark, QColor(Qt.GlobalColor.black).rgb()}, "the picture is all black"
        shots = tmp_path / "shots"  # to look at when it fails
        shots.mkdir()
        page.grab().save(str(shots / "film-pane-widget.png"))
        page.screen().grabWindow(0).save(str(shots / "film-pane-playing.png"))
    finally:
        page.shutdown()


# -- every key of the film mode, pressed on the real pane --------------------


def playing(page: FilmPage, fake: FakeVlc, qtbot) -> None:
    """A film playing at 0:30 of 1:30 (what VLC would report)."""
    fire(page, fake, qtbot, "MediaPlayerPlaying")
    fire(
        page, fake, qtbot, "MediaPlayerLengthChanged", page.player.length_changed, new_length=90_000
    )
    fire(page, fake, qtbot, "MediaPlayerTimeChanged", page.player.time_changed, new_time=30_000)


def plays(page, fake, qtbot, key) -> None:
    press(qtbot, page, key)
    assert fake.mp.called("play") == [()]


def goes_full_screen(page, fake, qtbot, key) -> None:
    press(qtbot, page, key)
    assert page.is_full_screen and page.frame.window() is not page.window()
    page.leave_full_screen()


def leaves_full_screen(page, fake, qtbot, key) -> None:
    page.enter_full_screen()
    press(qtbot, page.frame.window(), key)  # the full-screen window has the keys then
    assert not page.is_full_screen and page.frame.window() is page.window()


def mutes(page, fake, qtbot, key) -> None:
    press(qtbot, page, key)
    assert page.player.muted and page.mute_button.isChecked()


def next_subtitles(page, fake, qtbot, key) -> None:
    press(qtbot, page, key)
    assert page.subtitles.currentIndex() == 1 and fake.mp.spu == 2


def seeks(ms: int):
    def check(page, fake, qtbot, key) -> None:
        playing(page, fake, qtbot)
        press(qtbot, page, key)
        assert fake.mp.called("set_time")[-1] == (ms,)

    return check


def turns_volume(to: int):
    def check(page, fake, qtbot, key) -> None:
        page.volume.setValue(50)
        press(qtbot, page, key)
        assert page.volume.value() == page.player.volume == to

    return check


FILM_EFFECTS = {
    "play_pause": plays,
    "full_screen": goes_full_screen,
    "leave_full_screen": leaves_full_screen,
    "mute": mutes,
    "next_subtitles": next_subtitles,
    "back": seeks(20_000),
    "forward": seeks(40_000),
    "volume_up": turns_volume(55),
    "volume_down": turns_volume(45),
}


def test_every_film_action_has_its_effect_checked() -> None:
    assert set(FILM_EFFECTS) == {action.name for action in actions_of(Mode.FILM)}


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the full-screen window
@pytest.mark.parametrize(("action", "key"), key_rows(Mode.FILM))
def test_film_key(page, fake: FakeVlc, kit, qtbot, action: Action, key: str) -> None:
    show(page, kit, "en")
    page.setFocus()
    FILM_EFFECTS[action.name](page, fake, qtbot, key)


@pytest.mark.parametrize("key", ["Esc", "Space", "Ctrl+M"])
def test_keys_not_for_the_pane_go_on_to_the_window(page, kit, key: str) -> None:
    # Esc while not full screen is the window's; Space before a film is loaded too
    # (show() is never called here); the pane has no Ctrl keys.
    combination = QKeySequence.fromString(key)[0]  # type: ignore[index]
    event = QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers(), "")
    QApplication.sendEvent(page, event)
    assert not event.isAccepted()
