"""The stills page's publication export: several stills picked with Shift and
Ctrl, "Export all stills…" in a real worker, the folder dialog starting in
Pictures (or Downloads), and "Copy still with credit" on the clipboard."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mediakit.gui.app import make_application
from mediakit.gui.pages.stills import StillsPage
from mediakit.kit.manifest.model import Kit, KitFile, Still, Text
from mediakit.media.thumbnails import ThumbnailService
from mediakit.tasks import TaskRunner
from mediakit.userdirs import downloads_dir, export_start_dir, pictures_dir

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

COLOURS = [(200, 30, 30), (30, 160, 40), (30, 40, 200), (220, 200, 20), (90, 90, 90)]


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Kit:
    root = tmp_path_factory.mktemp("kit")
    (root / "stills").mkdir()
    stills = []
    for n, colour in enumerate(COLOURS, start=1):
        path = root / "stills" / f"s{n}.jpg"
        Image.new("RGB", (120, 80), colour).save(path, quality=90)
        stills.append(
            Still(
                file=KitFile(f"stills/s{n}.jpg", path),
                caption=Text({"en": f"Still {n} at dusk", "fr": f"Image {n} au crépuscule"}),
                credit="Léa Martin" if n != 5 else None,
                alt=Text({"en": f"A plain colour, number {n}"}),
            )
        )
    return Kit(
        root=root,
        version=1,
        id="dusk",
        title=Text({"en": "Dusk", "fr": "Crépuscule"}),
        languages=("en", "fr"),
        stills=tuple(stills),
    )


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path, kit: Kit) -> Iterator[StillsPage]:
    make_application()  # the app's own translators: English plurals, whatever ran before
    service = ThumbnailService(tmp_path / "cache", runner=TaskRunner(synchronous=True))
    widget = StillsPage(service)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.show_kit(kit, "en")
    yield widget
    widget.shutdown()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of our own, with its xdg-user-dirs file (French names)."""
    home = tmp_path / "home"
    config = home / ".config"
    config.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.delenv("XDG_PICTURES_DIR", raising=False)
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    (config / "user-dirs.dirs").write_text(
        "# written by xdg-user-dirs-update\n"
        'XDG_DOWNLOAD_DIR="$HOME/Téléchargements"\n'
        'XDG_PICTURES_DIR="$HOME/Images"\n'
        'XDG_MUSIC_DIR="$HOME/"\n',
        encoding="utf-8",
    )
    return home


def rows_written(folder: Path) -> list[list[str]]:
    text = (folder / "credits.csv").read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))[1:]


def test_shift_and_ctrl_pick_several_and_only_a_plain_click_enlarges(
    qtbot: QtBot, page: StillsPage
) -> None:
    view = page.view
    view.setFocus()
    assert page.selected_rows() == [0]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert page.selected_rows() == [0, 1]
    rect = view.visualRect(page.model.index(3))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )
    assert page.selected_rows() == [0, 1, 3]
    assert not page.lightbox.isVisible()
    assert page.export_action.isEnabled() and page.export_all_action.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # an arrow alone moves to one still, as before
    assert page.selected_rows() == [4]
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_rows() == [0, 1, 2, 3, 4]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.lightbox.isVisible() and page.lightbox.index == 3
    page.lightbox.close_worker()


def test_several_selected_are_exported_in_a_worker(
    qtbot: QtBot, page: StillsPage, tmp_path: Path
) -> None:
    selection = page.view.selectionModel()
    page.view.setCurrentIndex(page.model.index(0))
    for row in (2, 4):
        selection.select(page.model.index(row), selection.SelectionFlag.Select)
    out = tmp_path / "press"
    steps: list[tuple[int, int]] = []
    page.exporter.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(page.notice, timeout=10_000) as done:
        page.export_selected(out)
    assert done.args == [f"Exported 3 stills for publication to {out}"]
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert not page.export_progress.isVisible()
    assert [row[0] for row in rows_written(out)] == [
        "dusk_01_lea-martin.jpg",
        "dusk_03_lea-martin.jpg",
        "dusk_05_uncredited.jpg",
    ]
    with Image.open(out / "dusk_03_lea-martin.jpg") as image:
        assert image.getpixel((60, 40)) == pytest.approx(COLOURS[2], abs=3)


def test_export_all_starts_in_pictures_then_where_it_went_last(
    qtbot: QtBot, page: StillsPage, home: Path, tmp_path: Path
) -> None:
    (home / "Images").mkdir()
    asked: list[tuple[str, str]] = []
    out = tmp_path / "all"

    def dialog(parent: object, title: str, start: str) -> str:
        asked.append((title, start))
        return str(out)

    page.folder_dialog = dialog
    page.set_language("fr")
    with qtbot.waitSignal(page.notice, timeout=10_000):
        page.export_all_action.trigger()
    assert asked == [("Export 5 stills for publication to folder", str(home / "Images"))]
    assert len(rows_written(out)) == 5
    assert rows_written(out)[0][1] == "Image 1 au crépuscule"  # the page's language
    assert rows_written(out)[0][5] == "Crépuscule"

    def cancelled(parent: object, title: str, start: str) -> str:
        asked.append(("", start))
        return ""

    page.folder_dialog = cancelled
    page.export_all()  # cancelled: nothing happens
    assert asked[-1] == ("", str(out))
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        "CREDITS.txt",
        "credits.csv",
        "dusk_01_lea-martin.jpg",
        "dusk_02_lea-martin.jpg",
        "dusk_03_lea-martin.jpg",
        "dusk_04_lea-martin.jpg",
        "dusk_05_uncredited.jpg",
    ]


def test_pictures_then_downloads_then_home(home: Path) -> None:
    assert pictures_dir() is None  # named, but not made
    assert export_start_dir() == home
    (home / "Téléchargements").mkdir()
    assert downloads_dir() == home / "Téléchargements"
    assert export_start_dir() == home / "Téléchargements"
    (home / "Images").mkdir()
    assert export_start_dir() == home / "Images"


def test_user_dirs_disabled_or_missing(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (home / ".config" / "user-dirs.dirs").write_text('XDG_PICTURES_DIR="$HOME/"\n', "utf-8")
    (home / "Pictures").mkdir()
    assert pictures_dir() is None  # "$HOME/" is how xdg-user-dirs says "none"
    (home / ".config" / "user-dirs.dirs").unlink()
    assert pictures_dir() == home / "Pictures"
    (home / "Bilder").mkdir()
    monkeypatch.setenv("XDG_PICTURES_DIR", str(home / "Bilder"))
    assert pictures_dir() == home / "Bilder"


def test_copy_still_with_credit(qtbot: QtBot, page: StillsPage) -> None:
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(1))
    assert page.copy_action in page.view.actions()  # the grid's context menu
    with qtbot.waitSignal(page.notice, timeout=10_000) as done:
        page.copy_action.trigger()
    assert done.args == ["Copied stills/s2.jpg with its credit"]
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "Still 2 at dusk — © Léa Martin"
    assert not mime.hasHtml()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (120, 80)
    colour = image.pixelColor(60, 40)
    assert colour.green() > 120 and colour.red() < 70


def test_actions_follow_the_kit(page: StillsPage, kit: Kit) -> None:
    assert page.copy_action.isEnabled()
    menu = page.export_button.menu()
    assert menu.actions() == [page.export_action, page.export_all_action]
    assert page.export_button.isEnabled()
    page.clear()
    assert not page.export_action.isEnabled()
    assert not page.export_all_action.isEnabled()
    assert not page.copy_action.isEnabled()
    assert not page.export_button.isEnabled()
    page.show_kit(kit, "en")
    assert page.export_all_action.isEnabled()


def test_the_progress_takes_the_place_of_the_count(qtbot: QtBot, page: StillsPage) -> None:
    assert page.count.isVisible()
    page.export_progress.start(12)
    assert not page.export_progress.isVisible()  # not for an export that is over at once
    qtbot.waitUntil(page.export_progress.isVisible, timeout=2_000)
    assert not page.count.isVisible()
    page.exporter.progressed.emit(3, 12)
    assert page.export_progress.label.text() == "Exporting 3 of 12…"
    page.export_progress.finish()
    assert page.count.isVisible()
