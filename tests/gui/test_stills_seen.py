"""Work only for what is seen (issue #11): the stills page asks for nothing
while hidden, then for the tiles on screen first, a screen around them next and
the rest into the cache last; it holds decoded only the rows near the screen."""

from __future__ import annotations

from pathlib import Path
from threading import Event

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from mediakit.gui.pages.stills import StillsPage
from mediakit.gui.settings import Settings
from mediakit.gui.window import MainWindow
from mediakit.kit.manifest.model import Kit, KitFile, Still, Text
from mediakit.media import thumbnails
from mediakit.media.thumbnails import Priority, ThumbnailService
from mediakit.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

COUNT = 60


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of 60 small stills (each its own file: each its own cache entry)."""
    root = tmp_path_factory.mktemp("gallery")
    (root / "stills").mkdir()
    for n in range(COUNT):
        Image.new("RGB", (600, 400), (4 * n, 120, 200 - 3 * n)).save(
            root / "stills" / f"{n:03d}.jpg", quality=80
        )
    return root


def gallery_kit(root: Path) -> Kit:
    stills = tuple(
        Still(
            file=KitFile(f"stills/{n:03d}.jpg", root / "stills" / f"{n:03d}.jpg"),
            caption=Text({"en": f"Still {n}"}),
            alt=Text({"en": f"Still {n}"}),
        )
        for n in range(COUNT)
    )
    return Kit(
        root=root,
        version=1,
        id="gallery",
        title=Text({"en": "Gallery"}),
        synopsis=Text({"en": "A page shown first, instead of the stills."}),
        stills=stills,
    )


class Recording(ThumbnailService):
    """The real service (inline), noting every request and its priority."""

    def __init__(self, cache: Path) -> None:
        super().__init__(cache, runner=TaskRunner(synchronous=True))
        self.asked: list[tuple[int, Priority]] = []

    def request(
        self, index: int, path: Path, size: int, priority: Priority = Priority.VISIBLE
    ) -> None:
        self.asked.append((index, priority))
        super().request(index, path, size, priority)


def test_nothing_is_asked_for_until_the_stills_are_shown_then_the_screen_first(
    qtbot: QtBot, settings: Settings, gallery: Path, tmp_path: Path
) -> None:
    service = Recording(tmp_path / "cache")
    window = MainWindow(settings, thumbnails=service)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_kit(gallery_kit(gallery), gallery)
    assert window.current_section() == "synopsis"
    page = window.stills_page
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT)  # rendered, in the background
    qtbot.waitUntil(lambda: not window.busy())  # a hidden gallery keeps no one waiting
    assert service.asked == []

    assert window.show_section("stills")
    qtbot.waitUntil(lambda: bool(service.asked) and not window.busy())
    visible = page.visible_rows()
    assert 0 < len(visible) < COUNT
    assert service.asked[: len(visible)] == [(row, Priority.VISIBLE) for row in visible]
    kept = page.kept_rows()
    near = service.asked[len(visible) : len(kept)]
    assert {row for row, _ in near} == set(kept) - set(visible)
    assert {priority for _, priority in near} == {Priority.NEAR}
    rest = service.asked[len(kept) :]
    assert {priority for _, priority in rest} == {Priority.PREFETCH}
    assert sorted(row for row, _ in service.asked) == list(range(COUNT))  # each once
    assert page.model.held() == list(kept)  # the prefetched ones went to the cache only
    window.shutdown()


def test_scrolling_far_drops_what_is_far_and_reads_it_back_from_the_cache(
    qtbot: QtBot, gallery: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decodes: list[Path] = []
    real = thumbnails.decode

    def counted(path: Path, box: object = None) -> QImage:
        decodes.append(path)
        return real(path, box)  # type: ignore[arg-type]

    monkeypatch.setattr(thumbnails, "decode", counted)
    page = StillsPage(ThumbnailService(tmp_path / "cache", runner=TaskRunner(synchronous=True)))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.show_kit(gallery_kit(gallery), "en")
    qtbot.waitUntil(lambda: not page.busy() and page.answered == COUNT)
    top = page.model.held()
    assert 0 in top and COUNT - 1 not in top
    assert len(decodes) == COUNT  # all made once: the rest went to the cache

    bar = page.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not page.busy() and COUNT - 1 in page.model.held())
    held = page.model.held()
    assert held == list(page.kept_rows())
    assert 0 not in held and len(held) < COUNT // 2  # the top rows were let go
    assert all(page.model.tiles[row].image is None for row in top if row not in held)

    bar.setValue(0)
    qtbot.waitUntil(lambda: not page.busy() and 0 in page.model.held())
    image = page.model.tiles[0].image
    assert image is not None and image.format() == QImage.Format.Format_RGB32  # as drawn
    assert len(decodes) == COUNT  # read back from the cache, never decoded again


def test_the_screen_goes_first_whatever_was_asked_before(
    qtbot: QtBot, gallery: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Priorities are read when a worker is free: a still asked for on screen passes
    the prefetches waiting since before; one asked again moves; one withdrawn never runs."""
    made: list[str] = []
    real = thumbnails.make_thumbnail

    def noted(path: Path, size: int, cache_dir: Path | None) -> QImage:
        made.append(path.stem)
        return real(path, size, cache_dir)

    monkeypatch.setattr(thumbnails, "make_thumbnail", noted)
    runner = TaskRunner(1)
    service = ThumbnailService(use_cache=False, runner=runner)
    answered: list[int] = []
    service.ready.connect(lambda index, _image: answered.append(index))
    service.failed.connect(lambda index, _message: answered.append(index))
    stills = gallery / "stills"
    release = Event()
    runner.run(release.wait, lambda _: None)  # holds the runner's one slot
    for n in range(5):
        service.request(n, stills / f"{n:03d}.jpg", 64, Priority.PREFETCH)
    service.request(5, stills / "005.jpg", 64, Priority.VISIBLE)
    service.request(1, stills / "001.jpg", 64, Priority.NEAR)  # asked again: it moves
    service.withdraw(3)
    assert service.waiting() == {
        0: Priority.PREFETCH,
        1: Priority.NEAR,
        2: Priority.PREFETCH,
        4: Priority.PREFETCH,
        5: Priority.VISIBLE,
    }
    release.set()
    qtbot.waitUntil(lambda: len(answered) == 5)
    assert made == ["005", "001", "000", "002", "004"]
    assert runner.wait(5000)


def test_a_cancelled_job_never_takes_the_next_kits_request(qtbot: QtBot, gallery: Path) -> None:
    runner = TaskRunner(1)
    service = ThumbnailService(use_cache=False, runner=runner)
    answered: list[int] = []
    service.ready.connect(lambda index, _image: answered.append(index))
    release = Event()
    runner.run(release.wait, lambda _: None)
    stills = gallery / "stills"
    service.request(0, stills / "000.jpg", 64)  # queued behind the blocker
    service.cancel()
    service.request(7, stills / "007.jpg", 64)
    release.set()
    qtbot.waitUntil(lambda: answered == [7])
    assert runner.wait(5000)
