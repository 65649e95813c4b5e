"""The window shows a kit's problems in the interface language: the kit domain
gives ids and parameters, the banner renders them through Qt's translators."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediakit.gui.pages.stills import StillsPage
from mediakit.gui.settings import Settings
from mediakit.gui.window import MainWindow
from mediakit.kit.manifest.model import Kit, KitFile, Still, Text
from mediakit.media.thumbnails import ThumbnailService
from mediakit.tasks import TaskRunner

NBSP = "\u00a0"


@pytest.mark.expected_errors
def test_the_window_shows_a_problem_in_french(
    qtbot: QtBot, french: QApplication, settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "kit.yaml").write_text("mediakit: 1\nid: bad\ntitle: Bad\ntitel: x\n")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.kit_failed, timeout=20_000):
            window.open_kit(tmp_path)
        details = window.banner.details.text()
        assert f"kit.yaml:4:1: titel: clé inconnue «{NBSP}titel{NBSP}»" in details
        assert "unknown key" not in details
    finally:
        window.shutdown()


def test_a_still_that_cannot_be_shown_says_why_in_french(
    qtbot: QtBot, french: QApplication, tmp_path: Path
) -> None:
    """The decoder's reason is a kit message too: the tile and the lightbox render
    it in the interface language, beside the file's name."""
    folder = tmp_path / "stills"
    folder.mkdir()
    (folder / "garbage.png").write_bytes(b"not an image at all" * 100)
    kit = Kit(
        root=tmp_path,
        version=1,
        id="t",
        title=Text({"fr": "T"}),
        stills=(Still(KitFile("stills/garbage.png", folder / "garbage.png")),),
    )
    service = ThumbnailService(use_cache=False, runner=TaskRunner(synchronous=True))
    page = StillsPage(service)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.show_kit(kit, "fr")
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0), page.model.ErrorRole) is not None)
    reason = page.model.data(page.model.index(0), page.model.ErrorRole)
    assert reason == "garbage.png: pas une image lisible (JPEG, PNG, WebP ou TIFF)"
    page.open_lightbox(0)
    qtbot.waitUntil(lambda: "garbage.png" in page.lightbox.canvas.message, timeout=10_000)
    assert "pas une image lisible" in page.lightbox.canvas.message
