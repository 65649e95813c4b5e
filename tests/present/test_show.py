"""The show's promises: the screensaver is held and released over D-Bus,
errors never reach the audience, the film is loaded before its slide, and
F5/Esc leave the window as it was."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from mediakit.gui.app import make_application
from mediakit.gui.present.controller import PresentController
from mediakit.gui.present.inhibit import INTERFACE, PATH, SERVICE, ScreenSaverInhibitor
from mediakit.gui.settings import Settings
from mediakit.gui.window import MainWindow
from mediakit.kit.manifest.model import Kit, KitFile, Still
from mediakit.media.player import PlayerState
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait
from tests.present.test_keys import FILM_SLIDE, make_show, press, roped_kit

# -- the screensaver --------------------------------------------------------


class FakeScreenSaver(QDBusVirtualObject):
    """org.freedesktop.ScreenSaver as a desktop offers it: Inhibit -> cookie."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, list[object]]] = []

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.interface() != INTERFACE:
            return False
        self.calls.append((message.member(), list(message.arguments())))
        reply = message.createReply()
        if message.member() == "Inhibit":
            reply.setArguments([4242])
        connection.send(reply)
        return True


@pytest.fixture
def session_bus() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed: no bus to test the inhibitor against")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    try:
        yield address
    finally:
        QDBusConnection.disconnectFromBus("fake-screensaver")
        process.terminate()
        process.wait(10)
        process.stdout.close()


def test_inhibit_then_uninhibit_reach_the_desktop(qtbot: QtBot, session_bus: str) -> None:
    service = QDBusConnection.connectToBus(session_bus, "fake-screensaver")
    fake = FakeScreenSaver()
    assert service.registerVirtualObject(PATH, fake)
    assert service.registerService(SERVICE)
    inhibitor = ScreenSaverInhibitor(address=session_bus)
    with qtbot.waitSignal(inhibitor.changed) as granted:
        inhibitor.inhibit("Presenting ROPED")
    assert granted.args == [True] and inhibitor.active
    assert fake.calls == [("Inhibit", ["mediakit", "Presenting ROPED"])]
    inhibitor.release()
    qtbot.waitUntil(lambda: len(fake.calls) == 2)
    assert fake.calls[1][0] == "UnInhibit" and fake.calls[1][1] == [4242]
    assert not inhibitor.active


def test_no_bus_degrades_silently(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    inhibitor = ScreenSaverInhibitor(address="unix:path=/nonexistent/bus")
    with caplog.at_level("INFO", logger="mediakit.gui.present.inhibit"):
        inhibitor.inhibit()
        inhibitor.release()
    assert not inhibitor.active
    assert "no D-Bus session bus" in caplog.text


def test_the_show_holds_the_screensaver_while_it_runs(qtbot: QtBot, session_bus: str) -> None:
    service = QDBusConnection.connectToBus(session_bus, "fake-screensaver")
    fake = FakeScreenSaver()
    assert service.registerVirtualObject(PATH, fake) and service.registerService(SERVICE)
    show = PresentController(
        roped_kit(ROPED), "en", inhibitor=ScreenSaverInhibitor(address=session_bus)
    )
    qtbot.addWidget(show.audience)
    qtbot.addWidget(show.presenter)
    with qtbot.waitSignal(show.inhibitor.changed):
        show.start()
    show.stop()
    qtbot.waitUntil(lambda: [c[0] for c in fake.calls] == ["Inhibit", "UnInhibit"])


# -- errors stay off the audience screen --------------------------------------


def broken_still_kit(tmp_path: Path) -> Kit:
    kit = roped_kit(ROPED)
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a jpeg at all")
    stills = (Still(KitFile("broken.jpg", bad)), *kit.stills[1:])
    return dataclasses.replace(kit, stills=stills)


def test_a_still_that_will_not_decode_never_reaches_the_room(qtbot: QtBot, tmp_path: Path) -> None:
    show = make_show(qtbot, broken_still_kit(tmp_path), FILM_SLIDE + 1)
    try:
        assert show.deck.current().kind == "still" and show.deck.current().item == 0
        qtbot.waitUntil(lambda: "broken.jpg" in show.presenter.problem_text, timeout=10000)
        assert "Still 1" in show.presenter.problem_text
        image = show.audience.grab().toImage()
        assert not _has_text_colour(image)  # no error message painted for the room
    finally:
        show.stop()


def _has_text_colour(image: QImage) -> bool:
    """A red/orange error text would show as saturated orange pixels."""
    return any(
        image.pixelColor(x, y).name() in ("#ffb35c", "#ff0000")
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )


@pytest.mark.vlc
def test_a_film_vlc_cannot_play_shows_the_poster(qtbot: QtBot, tmp_path: Path) -> None:
    kit = roped_kit(ROPED)
    assert kit.film is not None
    junk = tmp_path / "film.mp4"
    junk.write_bytes(bytes(range(256)) * 400)
    broken = dataclasses.replace(
        kit, film=dataclasses.replace(kit.film, file=KitFile("film.mp4", junk))
    )
    show = make_show(qtbot, broken, FILM_SLIDE)
    try:
        qtbot.waitUntil(lambda: "film" in show.audience.film.failed, timeout=15000)
        assert "cannot play" in show.presenter.problem_text
        assert "film.mp4" in show.presenter.problem_text
        assert not show.audience.film.surface.isVisible()  # the poster card shows
        assert show.audience.slide is not None and show.audience.slide.kind == "film"
    finally:
        show.stop()


@pytest.mark.vlc
def test_the_film_is_loaded_while_the_slide_before_is_up(qtbot: QtBot) -> None:
    show = make_show(qtbot, roped_kit(ROPED), FILM_SLIDE - 1)
    try:
        film = show.audience.film
        assert film.kind == "film" and film.player.loaded
        # Played muted to its first picture, then held there, off screen.
        qtbot.waitUntil(lambda: film.player.state is PlayerState.PAUSED, timeout=10000)
        assert not film.surface.isVisible() and not film.player.muted
        press(qtbot, show, "Right")
        assert film.surface.isVisible()  # the held picture, at once
        qtbot.waitUntil(lambda: film.player.state is PlayerState.PLAYING, timeout=5000)
    finally:
        show.stop()


# -- the window -------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    make_application()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.shutdown()


def test_f5_presents_and_esc_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    window.show_section("credits")
    geometry = window.geometry()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    show = window.show_controller
    assert show is not None and show.running and show.audience.isFullScreen()
    qtbot.keyClick(show.audience, Qt.Key.Key_Escape)
    assert window.show_controller is None
    assert window.current_section() == "credits" and window.geometry() == geometry
    assert window.isVisible()


def test_present_without_a_kit_says_so(window: MainWindow) -> None:
    window.present()
    assert window.show_controller is None
    assert "Open a kit" in window.statusBar().currentMessage()
