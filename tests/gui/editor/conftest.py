"""An editor on a copy of ROPED, opened and checked, for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mediakit.gui.app import make_application
from mediakit.gui.editor.window import EditorWindow
from tests.conftest import ROPED


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    copy = tmp_path / "roped"
    shutil.copytree(ROPED, copy)
    return copy


def open_editor(qtbot: QtBot, path: Path, **options: int) -> EditorWindow:
    make_application()  # the real style sheet
    window = EditorWindow(path, **options)
    # A test that leaves unsaved changes closes without a modal question (it would wait
    # forever offscreen); tests of the question replace this answer.
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.opened, timeout=20_000):
        pass
    settle(qtbot, window)
    return window


def settle(qtbot: QtBot, window: EditorWindow) -> None:
    """Until the live check and any save are done."""
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)


@pytest.fixture
def editor(qtbot: QtBot, kit: Path) -> Iterator[EditorWindow]:
    window = open_editor(qtbot, kit)
    yield window
    window.shutdown()
