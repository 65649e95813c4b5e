"""The stills page and the lightbox, driven with real keys and real thumbnails."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mediakit.gui.app import make_application
from mediakit.gui.keymap import Action, Mode, actions_of
from mediakit.gui.pages.lightbox import Lightbox
from mediakit.gui.pages.stills import StillsPage
from mediakit.gui.pages.stills_grid import StillsModel
from mediakit.kit.manifest.model import Kit, KitFile, Still, Text
from mediakit.media.thumbnails import ThumbnailService
from mediakit.tasks import TaskRunner
from tests.gui.keypress import key_rows, press
from tests.media.stillfactory import BLUE, RED, make_stills, near

# The offscreen platform says this whenever a top-level widget with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CAPTIONS = {
    "landscape.jpg": ("Aïcha at the foot of the dune", "Aïcha au pied de la dune"),
    "portrait.jpg": ("The rope, morning", "La corde, le matin"),
    "rotated.jpg": ("Crossing the salt flat at dawn, seen from the ridge", "La traversée"),
    "alpha.png": ("Title card", "Carton"),
    "truncated.jpg": ("Night camp", "Le camp de nuit"),
    "not-image.jpg": ("Lost frame", "Image perdue"),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kit")
    make_stills(root / "stills", big=(1500, 1000))
    return root


def make_kit(root: Path, names: list[str] | None = None) -> Kit:
    stills = tuple(
        Still(
            file=KitFile(f"stills/{name}", root / "stills" / name),
            caption=Text({"en": en, "fr": fr}),
            credit="Photo Léa Martin",
            alt=Text({"en": f"Description of {name}"}),
        )
        for name, (en, fr) in CAPTIONS.items()
        if names is None or name in names
    )
    return Kit(
        root=root,
        version=1,
        id="test",
        title=Text({"en": "Test"}),
        languages=("en", "fr"),
        stills=stills,
    )


@pytest.fixture
def service(tmp_path: Path) -> ThumbnailService:
    return ThumbnailService(tmp_path / "cache", runner=TaskRunner(synchronous=True))


@pytest.fixture
def page(qtbot: QtBot, service: ThumbnailService) -> StillsPage:
    make_application()  # the app's own translators: English plurals, whatever ran before
    widget = StillsPage(service)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def zoomed(lightbox: Lightbox) -> bool:
    return lightbox.actual_size


def wait_lightbox_idle(lightbox: Lightbox) -> None:
    lightbox.close_worker()


def test_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, folder: Path) -> None:
    page = StillsPage(ThumbnailService(use_cache=False, runner=TaskRunner(synchronous=True)))
    qtbot.addWidget(page)
    page.show_kit(make_kit(folder), "en")
    qtmodeltester.check(page.model, force_py=True)


def test_tiles_fill_in_and_failures_say_why(page: StillsPage, folder: Path) -> None:
    page.show_kit(make_kit(folder), "en")
    model = page.model
    assert model.rowCount() == 6
    assert model.data(model.index(0)) == "Aïcha at the foot of the dune"
    assert model.data(model.index(0), Qt.ItemDataRole.ToolTipRole) == "Description of landscape.jpg"
    assert isinstance(model.data(model.index(0), Qt.ItemDataRole.DecorationRole), object)
    assert model.data(model.index(0), Qt.ItemDataRole.DecorationRole) is not None
    failure = model.data(model.index(5), StillsModel.ErrorRole)
    assert failure.startswith("not-image.jpg: ")
    assert model.data(model.index(5), Qt.ItemDataRole.DecorationRole) is None
    assert "partly" in model.data(model.index(4), StillsModel.ErrorRole) or "part" in (
        model.data(model.index(4), StillsModel.ErrorRole)
    )


def test_placeholders_then_thumbnails_as_they_arrive(qtbot: QtBot, folder: Path) -> None:
    service = ThumbnailService(use_cache=False)  # the real threads
    page = StillsPage(service)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()  # a hidden page asks for nothing
    page.show_kit(make_kit(folder, ["landscape.jpg", "portrait.jpg"]), "en")
    model = page.model
    assert model.rowCount() == 2  # tiles exist before any thumbnail
    with qtbot.waitSignals([service.ready, service.ready], timeout=10_000):
        pass
    qtbot.waitUntil(lambda: all(t.image is not None for t in model.tiles), timeout=10_000)
    pixmap = model.data(model.index(1), Qt.ItemDataRole.DecorationRole)
    assert pixmap.height() > pixmap.width()  # the portrait
    service.wait()


def test_new_kit_drops_thumbnails_of_the_old_one(qtbot: QtBot, folder: Path) -> None:
    service = ThumbnailService(use_cache=False)
    page = StillsPage(service)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.show_kit(make_kit(folder), "en")
    page.show_kit(make_kit(folder, ["portrait.jpg"]), "en")
    qtbot.waitUntil(lambda: page.model.tiles[0].image is not None, timeout=10_000)
    service.wait()
    qtbot.wait(50)
    assert page.model.rowCount() == 1
    assert len(page.model.tiles) == 1
    image = page.model.tiles[0].image
    assert image is not None and image.height() > image.width()


def test_language_switch_changes_captions(page: StillsPage, folder: Path) -> None:
    page.show_kit(make_kit(folder), "en")
    page.set_language("fr")
    assert page.model.data(page.model.index(1)) == "La corde, le matin"
    # No French alt: falls back to the kit's languages, then the first given.
    assert page.model.data(page.model.index(1), Qt.ItemDataRole.ToolTipRole) == (
        "Description of portrait.jpg"
    )


def test_empty_kit_says_so(page: StillsPage, folder: Path) -> None:
    page.show_kit(make_kit(folder, []), "en")
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()
    assert not page.export_action.isEnabled()


def test_arrow_keys_move_and_enter_opens_the_lightbox(
    qtbot: QtBot, page: StillsPage, folder: Path
) -> None:
    page.show_kit(make_kit(folder), "en")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert page.selected_row() == 1
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    lightbox = page.lightbox
    assert lightbox.isVisible()
    assert lightbox.index == 1
    assert lightbox.counter.text() == "2 / 6"
    assert lightbox.caption.text() == "The rope, morning"
    assert "Photo Léa Martin" in lightbox.meta.text()
    # The alt text is for screen readers: the image's description, not shown.
    assert lightbox.canvas.accessibleDescription() == "Description of portrait.jpg"
    assert "Description of portrait.jpg" not in [
        label.text() for label in lightbox.findChildren(QLabel) if label.isVisible()
    ]
    wait_lightbox_idle(lightbox)


def test_click_opens_the_lightbox(qtbot: QtBot, page: StillsPage, folder: Path) -> None:
    page.show_kit(make_kit(folder), "en")
    rect = page.view.visualRect(page.model.index(2))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.lightbox.isVisible()
    assert page.lightbox.index == 2
    wait_lightbox_idle(page.lightbox)


@pytest.mark.parametrize(
    ("start", "key", "expected"),
    [
        (2, Qt.Key.Key_Right, 3),
        (2, Qt.Key.Key_PageDown, 3),
        (2, Qt.Key.Key_Left, 1),
        (2, Qt.Key.Key_PageUp, 1),
        (2, Qt.Key.Key_Home, 0),
        (2, Qt.Key.Key_End, 5),
        (5, Qt.Key.Key_Right, 5),  # stays at the ends
        (0, Qt.Key.Key_Left, 0),
    ],
)
def test_lightbox_keys_move(
    qtbot: QtBot, page: StillsPage, folder: Path, start: int, key: Qt.Key, expected: int
) -> None:
    page.show_kit(make_kit(folder), "en")
    page.open_lightbox(start)
    qtbot.keyClick(page.lightbox, key)
    assert page.lightbox.index == expected
    assert page.lightbox.counter.text() == f"{expected + 1} / 6"
    wait_lightbox_idle(page.lightbox)


def test_the_lightbox_serves_the_stills_mode(page: StillsPage) -> None:
    keys = page.lightbox.keys
    assert keys.mode is Mode.STILLS
    assert set(keys.handlers) == {action.name for action in actions_of(Mode.STILLS)}


def test_escape_closes_and_selects_the_still_shown(
    qtbot: QtBot, page: StillsPage, folder: Path
) -> None:
    page.show_kit(make_kit(folder), "en")
    page.open_lightbox(1)
    qtbot.keyClick(page.lightbox, Qt.Key.Key_End)
    with qtbot.waitSignal(page.lightbox.closed) as blocker:
        qtbot.keyClick(page.lightbox, Qt.Key.Key_Escape)
    assert blocker.args == [5]
    assert not page.lightbox.isVisible()
    assert page.selected_row() == 5


def test_lightbox_decodes_in_a_worker_and_zooms(
    qtbot: QtBot, page: StillsPage, folder: Path
) -> None:
    page.show_kit(make_kit(folder), "en")
    lightbox = page.lightbox
    page.open_lightbox(0)
    # The screen-size decode arrives from the worker and is kept.
    qtbot.waitUntil(lambda: (0, False) in lightbox._decoded, timeout=10_000)
    fit = lightbox._decoded[(0, False)]
    assert fit.width() <= 1500
    assert lightbox.scroller.widgetResizable()
    qtbot.keyClick(lightbox, Qt.Key.Key_Z)
    assert zoomed(lightbox)
    qtbot.waitUntil(lambda: (0, True) in lightbox._decoded, timeout=10_000)
    full = lightbox._decoded[(0, True)]
    assert (full.width(), full.height()) == (1500, 1000)
    assert not lightbox.scroller.widgetResizable()  # 100 %: the canvas scrolls
    assert lightbox.canvas.width() >= 1500 / lightbox.devicePixelRatioF() - 1
    bar = lightbox.scroller.horizontalScrollBar()
    assert bar.maximum() > 0
    # 100 % opens on the middle of the still.
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() // 2, timeout=2_000)
    assert near(_pixel(full, 10, 500), RED) and near(_pixel(full, 1490, 500), BLUE)
    qtbot.keyClick(lightbox, Qt.Key.Key_0)
    assert not zoomed(lightbox)
    assert lightbox.scroller.widgetResizable()
    qtbot.keyClick(lightbox, Qt.Key.Key_1)
    assert zoomed(lightbox)
    qtbot.keyClick(lightbox, Qt.Key.Key_Z)
    assert not zoomed(lightbox)
    wait_lightbox_idle(lightbox)


def test_lightbox_shows_why_a_still_fails(qtbot: QtBot, page: StillsPage, folder: Path) -> None:
    page.show_kit(make_kit(folder), "en")
    page.open_lightbox(5)
    qtbot.waitUntil(lambda: "not-image.jpg" in page.lightbox.canvas.message, timeout=10_000)
    assert "cannot be shown" in page.lightbox.canvas.message


def test_export_writes_the_selected_still_for_publication(
    qtbot: QtBot, page: StillsPage, folder: Path, tmp_path: Path
) -> None:
    page.show_kit(make_kit(folder), "en")
    page.view.setCurrentIndex(page.model.index(1))
    assert page.export_action.isEnabled()
    target = tmp_path / "exported"
    with qtbot.waitSignal(page.notice, timeout=10_000) as blocker:
        page.export_selected(target)
    copied = target / "test_02_photo-lea-martin.jpg"
    with Image.open(copied) as one, Image.open(folder / "stills" / "portrait.jpg") as other:
        assert one.tobytes() == other.tobytes()
    assert blocker.args[0] == f"Exported 1 still for publication to {target}"
    # A second export never overwrites the first.
    with qtbot.waitSignal(page.notice, timeout=10_000):
        page.export_selected(target)
    assert (target / "test_02_photo-lea-martin-2.jpg").is_file()


def test_export_failure_names_the_folder(
    qtbot: QtBot, page: StillsPage, folder: Path, tmp_path: Path
) -> None:
    page.show_kit(make_kit(folder), "en")
    page.view.setCurrentIndex(page.model.index(0))
    blocker_file = tmp_path / "a-file"
    blocker_file.write_text("x", encoding="utf-8")
    with qtbot.waitSignal(page.problem, timeout=10_000) as blocker:
        page.export_selected(blocker_file)
    assert blocker.args[0].startswith(f"Cannot export to {blocker_file}: ")


def test_export_asks_for_a_folder(
    qtbot: QtBot, page: StillsPage, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.show_kit(make_kit(folder), "en")
    monkeypatch.setattr(page, "ask_folder", lambda count=1: tmp_path)
    with qtbot.waitSignal(page.notice, timeout=10_000):
        page.export_action.trigger()
    assert (tmp_path / "test_01_photo-lea-martin.jpg").is_file()


def _pixel(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def test_model_ignores_rows_out_of_range(page: StillsPage, folder: Path) -> None:
    page.show_kit(make_kit(folder, ["portrait.jpg"]), "en")
    assert page.model.data(QModelIndex()) is None
    page.model.update_tile(7, error="x")  # a late answer for a row that is gone
    assert page.model.rowCount() == 1


def test_export_follows_the_selection(qtbot: QtBot, page: StillsPage, folder: Path) -> None:
    page.show_kit(make_kit(folder), "en")
    assert page.export_action.isEnabled()
    page.clear()
    assert page.model.rowCount() == 0
    assert not page.export_action.isEnabled()
    page.show_kit(make_kit(folder, ["portrait.jpg"]), "en")
    assert page.export_action.isEnabled()
    page.shutdown()


# -- every key of the stills mode, pressed on the real lightbox -------------


def moves_to(index: int):
    def check(qtbot: QtBot, lightbox: Lightbox, key: str) -> None:
        lightbox.show_index(2)
        press(qtbot, lightbox, key)
        assert lightbox.index == index and lightbox.counter.text() == f"{index + 1} / 6"

    return check


def zooms_to(actual: bool):
    def check(qtbot: QtBot, lightbox: Lightbox, key: str) -> None:
        if not actual:
            press(qtbot, lightbox, "1")  # from 100 %, to see it come back
        press(qtbot, lightbox, key)
        assert lightbox.actual_size is actual
        assert ("100 %" in lightbox.meta.text()) is actual  # what the viewer says

    return check


def pans(direction: int):
    def check(qtbot: QtBot, lightbox: Lightbox, key: str) -> None:
        press(qtbot, lightbox, "1")
        bar = lightbox.scroller.verticalScrollBar()
        # 100 % opens on the middle of the still, once the full decode is in.
        qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum() // 2)
        middle = bar.value()
        press(qtbot, lightbox, key)
        assert (bar.value() - middle) * direction > 0

    return check


def closes(qtbot: QtBot, lightbox: Lightbox, key: str) -> None:
    with qtbot.waitSignal(lightbox.closed):
        press(qtbot, lightbox, key)
    assert not lightbox.isVisible()


def asks_how_it_was_made(qtbot: QtBot, lightbox: Lightbox, key: str) -> None:
    lightbox.show_index(2)
    with qtbot.waitSignal(lightbox.provenance_requested) as asked:
        press(qtbot, lightbox, key)
    assert asked.args == [lightbox._items[2].path]


STILLS_EFFECTS = {
    "next": moves_to(3),
    "previous": moves_to(1),
    "first": moves_to(0),
    "last": moves_to(5),
    "toggle_zoom": zooms_to(True),
    "zoom_fit": zooms_to(False),
    "zoom_actual": zooms_to(True),
    "pan_up": pans(-1),
    "pan_down": pans(1),
    "provenance": asks_how_it_was_made,
    "close": closes,
}


def test_every_stills_action_has_its_effect_checked() -> None:
    assert set(STILLS_EFFECTS) == {action.name for action in actions_of(Mode.STILLS)}


@pytest.mark.parametrize(("action", "key"), key_rows(Mode.STILLS))
def test_stills_key(qtbot: QtBot, page: StillsPage, folder: Path, action: Action, key: str) -> None:
    page.show_kit(make_kit(folder), "en")
    page.open_lightbox(0)  # landscape.jpg: 1500 × 1000, taller than the viewer at 100 %
    STILLS_EFFECTS[action.name](qtbot, page.lightbox, key)
    wait_lightbox_idle(page.lightbox)
