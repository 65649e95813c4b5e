"""Opening a kit ends in one of three ways: opened, crashed (a bug), or cancelled —
and a cancelled open reports nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mediakit.cancel import Cancelled
from mediakit.gui.opener import KitOpener
from mediakit.kit import source
from mediakit.tasks import TaskRunner


@pytest.fixture
def opener(qtbot: QtBot) -> KitOpener:
    return KitOpener(TaskRunner(synchronous=True))


def test_a_cancelled_open_reports_nothing(
    opener: KitOpener, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def cancelled(*_args: object, **_kwargs: object) -> None:
        raise Cancelled

    monkeypatch.setattr(source, "open_source", cancelled)
    said: list[object] = []
    opener.crashed.connect(said.append)
    opener.opened.connect(said.append)
    opener.open(tmp_path)
    assert said == []
    assert opener.opening is None


def test_a_bug_while_opening_is_reported(
    opener: KitOpener, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("oops")

    monkeypatch.setattr(source, "open_source", broken)
    crashes: list[str] = []
    opener.crashed.connect(crashes.append)
    opener.open(tmp_path)
    assert crashes == ["KeyError: 'oops'"]
    assert opener.opening is None
