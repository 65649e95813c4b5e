"""The user's key file: each kind of bad line is named with its file and line
and left out (its action keeps its default keys), the problems reach the
window's banner, and the keys remapped work on the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediakit.gui.keymap import Mode, active, find
from mediakit.gui.keymap.keyfile import read_key_file, split_keys
from mediakit.gui.messages import Level
from mediakit.gui.pages.film import FilmPage
from mediakit.gui.settings import Settings
from mediakit.gui.window import MainWindow
from mediakit.media.player import Player, Renderer
from mediakit.tasks import TaskRunner
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait
from tests.gui.keypress import press
from tests.gui.test_film import hosted, make_kit, show
from tests.media.test_player_fakes import FakeVlc


def keys_of(path: Path, mode: Mode, name: str) -> tuple[str, ...]:
    keymap, _problems = read_key_file(path)
    action = find(mode, name)
    assert action is not None
    return keymap.keys(action)


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    return tmp_path / "keys.ini"


@pytest.mark.parametrize(
    ("text", "line", "says", "kept"),
    [
        ("[film]\nplya_pause = K\n", 2,
         "[film] has no action “plya_pause” (did you mean play_pause?)",
         ("film", "play_pause", ("Space",))),
        ("# mine\n[films]\nplay_pause = K\n", 2, "unknown mode [films]: the modes are [window]",
         ("film", "play_pause", ("Space",))),
        ("[film]\nplay_pause = Space, Ctrl+Foo\n", 2, "“Ctrl+Foo” is not a key Qt can read",
         ("film", "play_pause", ("Space",))),
        ("[film]\nmute = Space\n", 2, "Space is already the key of [film] play_pause; [film] mute "
         "keeps M", ("film", "mute", ("M",))),
        ("[film]\nmute = K\nvolume_up = K\n", 3, "K is already the key of [film] mute (line 2)",
         ("film", "volume_up", ("Up",))),
        ("[present]\nblack = Shift+W\n", 2, "Shift+W is already the key of [present] white",
         ("present", "black", ("B", "."))),
        ("[window]\nquit = Ctrl+L\n", 2, "Ctrl+L is already the key of [window] next_language",
         ("window", "quit", ("Ctrl+Q",))),
        ("play_pause = K\n", 1, "“play_pause” comes before any [mode] line",
         ("film", "play_pause", ("Space",))),
        ("[film]\nplay_pause K\n", 2, "expected “action = keys”",
         ("film", "play_pause", ("Space",))),
        ("[film]\nmute = N\nmute = K\n", 3, "[film] mute is already set on line 2",
         ("film", "mute", ("N",))),
    ],
)  # fmt: skip
def test_a_bad_line_is_named_and_left_out(
    qapp: QApplication,
    key_file: Path,
    text: str,
    line: int,
    says: str,
    kept: tuple[str, str, tuple[str, ...]],
) -> None:
    key_file.write_text(text, encoding="utf-8")
    _keymap, problems = read_key_file(key_file)
    assert [problem.line for problem in problems] == [line]
    assert problems[0].format().startswith(f"{key_file}:{line}: ")
    assert says in problems[0].text
    mode, name, keys = kept
    assert keys_of(key_file, Mode(mode), name) == keys


def test_good_lines_rebind(qapp: QApplication, key_file: Path) -> None:
    key_file.write_text(
        "[Film]\n; swapped keys are fine\nplay_pause = M, K\nmute = Space\nnext_subtitles =\n"
        "[present]\nfilm_play_pause = Q\nleave = Q\n[window]\nhelp = Ctrl+,, F1\n",
        encoding="utf-8",
    )
    _keymap, problems = read_key_file(key_file)
    assert problems == []
    assert keys_of(key_file, Mode.FILM, "play_pause") == ("M", "K")
    assert keys_of(key_file, Mode.FILM, "mute") == ("Space",)
    assert keys_of(key_file, Mode.FILM, "next_subtitles") == ()  # no key at all
    # A limited action may share a key: Q plays the film on its slide, leaves elsewhere.
    assert keys_of(key_file, Mode.PRESENT, "film_play_pause") == ("Q",)
    assert keys_of(key_file, Mode.WINDOW, "help") == ("Ctrl+,", "F1")


@pytest.mark.parametrize(
    ("value", "keys"),
    [
        ("Space, K", ("Space", "K")),
        ("Space,K", ("Space", "K")),
        (",, K", (",", "K")),
        ("Ctrl+,, Ctrl+.", ("Ctrl+,", "Ctrl+.")),
        ("", ()),
    ],
)
def test_keys_are_split_at_commas_that_are_not_keys(value: str, keys: tuple[str, ...]) -> None:
    assert split_keys(value) == keys


def test_no_key_file_means_the_defaults(qapp: QApplication, key_file: Path) -> None:
    keymap, problems = read_key_file(key_file)
    assert problems == [] and keymap.overrides == {}


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda path: path.write_bytes(b"[film]\nmute = \xff\n"), "not UTF-8 text"),
        (lambda path: path.mkdir(), "cannot be read"),
        (lambda path: path.write_bytes(b"#" * 70_000), "larger than 64 KiB"),
    ],
)
def test_an_unreadable_key_file_is_named_and_the_defaults_kept(
    qapp: QApplication, key_file: Path, make, says: str
) -> None:
    make(key_file)
    keymap, problems = read_key_file(key_file)
    assert keymap.overrides == {}
    assert [problem.format() for problem in problems] == [f"{key_file}: {problems[0].text}"]
    assert says in problems[0].text


# -- through the window -------------------------------------------------------


def window_with(qtbot: QtBot, settings: Settings, key_file: Path, text: str) -> MainWindow:
    key_file.write_text(text, encoding="utf-8")
    window = MainWindow(settings, key_file=key_file)
    qtbot.addWidget(window)
    window.show()
    return window


def test_problems_reach_the_banner_and_the_defaults_stay(
    qtbot: QtBot, settings: Settings, key_file: Path
) -> None:
    text = "[window]\nquit = Ctrl+L\nnext_langauge = Ctrl+J\n[film]\nplay_pause = Ctrl+Foo\n"
    window = window_with(qtbot, settings, key_file, text)
    try:
        assert window.banner.isVisible()  # the message route's warning, not a dialog
        assert window.banner.property("level") == Level.WARNING.value
        assert str(key_file) in window.banner.summary.text()
        details = window.banner.details.text().splitlines()
        assert details == [
            f"{key_file}:2: Ctrl+L is already the key of [window] next_language; "
            "[window] quit keeps Ctrl+Q",
            f"{key_file}:3: [window] has no action “next_langauge” (did you mean next_language?)",
            f"{key_file}:5: “Ctrl+Foo” is not a key Qt can read; [film] play_pause keeps Space",
        ]
        open_and_wait(qtbot, window, ROPED)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.language == "en" and window.isVisible()  # Ctrl+L is still the language
    finally:
        window.shutdown()


def test_a_remapped_window_key_works(qtbot: QtBot, settings: Settings, key_file: Path) -> None:
    window = window_with(qtbot, settings, key_file, "[window]\nnext_language = Ctrl+J\n")
    try:
        assert not window.banner.isVisible()
        open_and_wait(qtbot, window, ROPED)
        press(qtbot, window, "Ctrl+L")
        assert window.language == "fr"  # no longer bound
        press(qtbot, window, "Ctrl+J")
        assert window.language == "en"
        assert window.actions_by_name["next_language"].shortcut().toString() == "Ctrl+J"
        # A tooltip that names the key names the user's.
        assert window.header.languages.toolTip().endswith("(Ctrl+J)")
    finally:
        window.shutdown()


def test_a_remapped_film_key_works(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    key_file = tmp_path / "keys.ini"
    window = window_with(qtbot, settings, key_file, "[film]\nplay_pause = Space, K\n")
    window.shutdown()  # only its start-up was wanted: it put the user's keys in force
    play_pause = find(Mode.FILM, "play_pause")
    assert play_pause is not None and active().keys(play_pause) == ("Space", "K")
    fake = FakeVlc()
    page = FilmPage(player=Player(vlc_module=fake, renderer=Renderer.CALLBACKS),
                    runner=TaskRunner(synchronous=True))  # fmt: skip
    host = hosted(qtbot, page)  # noqa: F841 - keeps the window alive
    film = tmp_path / "film.mp4"
    film.write_bytes(b"fake")
    show(page, make_kit(tmp_path, film), "en")
    try:
        press(qtbot, page, "K")
        assert fake.mp.called("play") == [()]
    finally:
        page.shutdown()


def test_tooltips_and_hints_name_the_users_keys(
    qtbot: QtBot, settings: Settings, key_file: Path
) -> None:
    text = "[film]\nmute = N\nfull_screen = G\n[stills]\ntoggle_zoom = X\nclose = Q\n"
    window = window_with(qtbot, settings, key_file, text)
    try:
        film = window.film_page
        assert film.mute_button.toolTip().endswith("(N)")
        assert film.controls.full_button.toolTip().endswith("(G)")
        assert film.play_button.toolTip().endswith("(Space)")  # left as it was
        lightbox = window.stills_page.lightbox
        assert lightbox._hint().split() == ["←", "→", "move", "X", "zoom", "Q", "close"]
    finally:
        window.shutdown()
