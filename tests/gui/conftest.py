"""A main window with its own throwaway settings for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediakit.gui.app import make_application
from mediakit.gui.keymap import Keymap, install
from mediakit.gui.settings import Settings
from mediakit.gui.translation import install_translators
from mediakit.gui.window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def default_keys() -> Iterator[None]:
    """A test that installs a user's keys leaves the defaults to the next one."""
    yield
    install(Keymap())


@pytest.fixture
def window(qtbot: QtBot, settings: Settings) -> Iterator[MainWindow]:
    make_application()  # the real style sheet and app names
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.shutdown()


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.kit_opened, timeout=10_000):
        window.open_kit(path)


@pytest.fixture
def french(qtbot: QtBot) -> Iterator[QApplication]:
    """The interface in French for one test, English again after it."""
    app = make_application()
    install_translators(app, "fr")
    try:
        yield app
    finally:
        install_translators(app, "en")
