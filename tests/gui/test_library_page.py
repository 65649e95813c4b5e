"""The start page as the library: a real index (SQLite) in a temporary folder,
ROPED and three small kits — one with diacritics, one packed, one deleted."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from mediakit.gui import settings as conf
from mediakit.gui.app import make_application
from mediakit.gui.library_model import Filters, LibraryModel
from mediakit.gui.library_posters import PosterLoader
from mediakit.gui.library_results import field_words, snippet_html
from mediakit.gui.library_service import LibraryService
from mediakit.gui.library_tiles import GAP, PAD, KitTileDelegate, TileGrid
from mediakit.gui.settings import Settings
from mediakit.gui.start import GRID, INTRO, RESULTS, StartPage
from mediakit.gui.window import MainWindow
from mediakit.library.store import MARK_END, MARK_START, Hit, KitEntry, Library, Thumbnail
from mediakit.tasks import TaskRunner
from tests.conftest import ROPED
from tests.gui.keypress import press
from tests.kit.helpers import image_bytes, make_kit
from tests.library.helpers import RENE, packed


def small_kit(folder: Path, title: str, kind: str, year: int, logline: str) -> Path:
    manifest = (
        RENE.replace("La Nuit de René", title)
        .replace("{fr: Court-métrage, en: Short film}", kind)
        .replace("year: 2024", f"year: {year}")
        .replace("René traverse la ville la nuit.", logline)
        .replace("René crosses the city at night.", logline)
    )
    files: dict[str, bytes | str] = {
        "synopsis.md": "Une **nuit** à Paris, avec des *lanternes*.",
        "stills/a.jpg": image_bytes(),
    }
    return make_kit(folder, manifest, files, dedent=False)


@pytest.fixture
def library_folder(tmp_path: Path) -> Path:
    """ROPED (opened), and in an added folder: René, Zéphyr (packed) and Adieu (gone)."""
    kits = tmp_path / "kits"
    small_kit(kits / "rene", "La Nuit de René", "Documentaire", 2024, "René traverse la ville.")
    zephyr = small_kit(tmp_path / "src" / "zephyr", "Zéphyr", "Long-métrage", 2023, "Le vent.")
    packed(zephyr, kits / "zephyr.mediakit")
    small_kit(kits / "adieu", "Adieu", "Documentaire", 2022, "Un départ.")
    folder = tmp_path / "library"
    library = Library(folder, timeout=0.5)
    assert library.add_folder(kits).ok
    library.remember_opened(ROPED)
    library.close()
    shutil.rmtree(kits / "adieu")  # gone since: shown as missing once looked at again
    return folder


def make_page(qtbot: QtBot, folder: Path) -> StartPage:
    make_application()
    service = LibraryService(folder, watch=False)
    page = StartPage(service)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, library_folder: Path) -> Iterator[StartPage]:
    shown = make_page(qtbot, library_folder)
    # Listed at once, then looked at again: the kit deleted since is flagged missing.
    qtbot.waitUntil(lambda: any(e.missing for e in shown.model.entries), timeout=10_000)
    wait_settled(qtbot, shown)
    yield shown
    shown.shutdown()
    shown.library.wait(5000)


def wait_settled(qtbot: QtBot, page: StartPage) -> None:
    qtbot.waitUntil(lambda: page.loaded and not page.library.busy(), timeout=10_000)


def titles(page: StartPage) -> list[str]:
    return [e.title for e in page.model.entries]


def test_the_grid_lists_every_kit_sorted(qtbot: QtBot, page: StartPage) -> None:
    assert page.body.currentIndex() == GRID and page.bar.isVisible()
    assert page.bar.sort_name() == "opened"
    assert titles(page)[0] == "ROPED"  # the one opened comes first
    page.bar.set_sort("title")
    qtbot.waitUntil(lambda: titles(page) == ["Adieu", "La Nuit de René", "ROPED", "Zéphyr"])
    page.bar.set_sort("year")
    qtbot.waitUntil(lambda: titles(page) == ["ROPED", "La Nuit de René", "Zéphyr", "Adieu"])
    assert page.bar.count.text().startswith("4 ")
    zephyr = next(e for e in page.model.entries if e.title == "Zéphyr")
    assert zephyr.archive and zephyr.thumbnail is not None and zephyr.thumbnail.member


def test_a_deleted_kit_is_shown_missing(page: StartPage) -> None:
    row = next(i for i, e in enumerate(page.model.entries) if e.title == "Adieu")
    entry = page.model.entries[row]
    assert entry.missing
    tip = page.model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Missing — was at ") and "adieu" in tip
    assert page.model.index(row).data(Qt.ItemDataRole.DecorationRole) is None  # not asked


def test_filters_keep_the_rows_asked(qtbot: QtBot, page: StartPage) -> None:
    assert page.bar.kind.count() == 4  # all, Court-métrage, Documentaire, Long-métrage
    page.bar.kind.setCurrentIndex(page.bar.kind.findData("Documentaire"))
    assert sorted(titles(page)) == ["Adieu", "La Nuit de René"]
    assert "2 of 4" in page.bar.count.text()
    page.bar.kind.setCurrentIndex(0)
    page.bar.year.setCurrentIndex(page.bar.year.findData(2025))
    assert titles(page) == ["ROPED"]
    page.bar.year.setCurrentIndex(0)
    page.bar.language.setCurrentIndex(page.bar.language.findData("fr"))
    assert len(titles(page)) == 4
    assert Filters(language="de").keeps(page.model.entries[0]) is False


def test_a_tile_shows_title_makers_then_kind_year_runtime(page: StartPage) -> None:
    delegate = page.grid.itemDelegate()
    assert isinstance(delegate, KitTileDelegate)
    fonts = delegate.fonts(page.grid.font())
    width = delegate.poster.width()
    by_title = {e.title: e for e in page.model.entries}
    title, makers, facts = delegate.lines(by_title["ROPED"], fonts, width)
    assert (title, makers) == ("ROPED", "Cokau")  # its Réalisation / Directors credit
    assert facts.endswith(" · 2025 · 2:00") and facts.startswith("Court")  # the kind elided first
    assert delegate.lines(by_title["Zéphyr"], fonts, width)[1:] == (
        "Zoë Ångström",
        "Long-métrage · 2023",
    )
    row = page.model.entries.index(by_title["ROPED"])
    said = page.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith("ROPED, Cokau, Court-métrage · 2025")
    long_name = replace(by_title["Zéphyr"], makers="Anne-Sophie Delacroix-Montmorency, Bo Wu")
    line = delegate.lines(long_name, fonts, width)[1]
    assert line.endswith("…") and fonts.small_metrics.horizontalAdvance(line) <= width
    option = QStyleOptionViewItem()
    option.font = page.grid.font()
    hint = delegate.sizeHint(option, page.model.index(0))  # still three lines
    small, bold = fonts.small_metrics.lineSpacing(), fonts.bold_metrics.lineSpacing()
    assert hint.height() == delegate.poster.height() + GAP + bold + 2 * small + 2 * PAD


def test_the_ai_and_signature_filters_keep_the_rows_asked(qtbot: QtBot, page: StartPage) -> None:
    bar = page.bar
    assert [bar.ai.itemText(i) for i in range(bar.ai.count())] == [
        "AI use: any", "Made with AI", "Without AI"
    ]  # fmt: skip
    bar.ai.setCurrentIndex(bar.ai.findData(True))
    assert titles(page) == ["ROPED"]  # the one with an AI disclosure
    bar.ai.setCurrentIndex(bar.ai.findData(False))
    assert sorted(titles(page)) == ["Adieu", "La Nuit de René", "Zéphyr"]
    assert "3 of 4" in bar.count.text()
    bar.ai.setCurrentIndex(0)
    assert bar.packing.count() == 4
    bar.packing.setCurrentIndex(bar.packing.findData("unsigned"))
    assert titles(page) == ["Zéphyr"]
    bar.packing.setCurrentIndex(bar.packing.findData("signed"))
    assert titles(page) == [] and "0 of 4" in bar.count.text()
    bar.packing.setCurrentIndex(bar.packing.findData("folder"))
    assert sorted(titles(page)) == ["Adieu", "La Nuit de René", "ROPED"]
    bar.ai.setCurrentIndex(bar.ai.findData(True))  # the filters add up
    assert titles(page) == ["ROPED"]
    signed = replace(page.model.all[0], archive=True, signed=True)
    assert Filters(packing="signed").keeps(signed) and not Filters(packing="folder").keeps(signed)


def test_the_bar_fits_a_1024_window(qtbot: QtBot, page: StartPage) -> None:
    page.resize(1024, 640)  # the page is the window's width
    qtbot.wait(50)
    bar = page.bar
    for combo in bar.combos():
        assert combo.width() >= combo.sizeHint().width(), combo.accessibleName()
    assert bar.search.width() >= bar.search.minimumWidth()
    bar.packing.setCurrentIndex(bar.packing.findData("unsigned"))  # a longer choice: it grows
    qtbot.wait(50)
    assert bar.packing.width() >= bar.packing.sizeHint().width() - 8


def test_typing_shows_the_hits_with_the_match_marked(qtbot: QtBot, page: StartPage) -> None:
    qtbot.keyClicks(page.bar.search, "rene")
    qtbot.waitUntil(lambda: page.body.currentIndex() == RESULTS, timeout=5000)
    hits = page.hits.hits
    assert hits and hits[0].title == "La Nuit de René"
    first = next(h for h in hits if h.field == "title")
    assert field_words(first) == "Title · Français"  # the kit's title in French
    assert "<b>René</b>" in snippet_html(first)
    assert "result" in page.found.text()
    qtbot.keyClick(page.bar.search, Qt.Key.Key_Escape)  # Esc clears: the grid again
    assert page.bar.search.text() == "" and page.body.currentIndex() == GRID


def test_the_snippet_is_escaped_before_it_is_marked() -> None:
    hit = Hit(Path("/k"), "K", "synopsis", "synopsis", "fr", f"<i>a</i> {MARK_START}b{MARK_END}")
    assert snippet_html(hit) == "&lt;i&gt;a&lt;/i&gt; <b>b</b>"
    assert field_words(hit).startswith("Synopsis")


def test_only_the_newest_query_is_shown(qtbot: QtBot, page: StartPage) -> None:
    page.show_hits("old words", [Hit(Path("/x"), "X", "title", "", "", "X")])
    assert page.hits.rowCount() == 0  # the field does not hold those words


def test_enter_opens_the_kit_at_the_section_found(
    qtbot: QtBot, library_folder: Path, settings: Settings
) -> None:
    make_application()
    service = LibraryService(library_folder, watch=False)
    window = MainWindow(settings, library=service)
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.start_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10_000)
        assert QApplication.focusWidget() is page.bar.search  # the start page's keys
        qtbot.keyClicks(page.bar.search, "lanter")
        with qtbot.waitSignal(window.kit_opened, timeout=10_000):
            qtbot.keyClick(page.bar.search, Qt.Key.Key_Return)  # before or after the results
        assert window.current_section() == "synopsis"
        qtbot.waitUntil(lambda: bool(window.finder.matches), timeout=5000)
        assert window.find_bar.isVisible() and window.find_bar.query() == "lanter"
    finally:
        window.shutdown()
        service.wait(5000)


def test_posters_are_asked_for_the_rows_on_screen_only(qtbot: QtBot, tmp_path: Path) -> None:
    make_application()
    loader = PosterLoader(cache_dir=tmp_path / "cache", runner=TaskRunner(synchronous=True))
    model = LibraryModel(loader)
    entries = []
    for n in range(300):
        picture = tmp_path / f"poster{n:03}.jpg"
        picture.write_bytes(image_bytes(size=(60, 90)))
        entries.append(entry(tmp_path / f"kit{n:03}", Thumbnail(picture)))
    model.set_entries(entries)
    view = TileGrid(KitTileDelegate(model))
    qtbot.addWidget(view)
    view.resize(QSize(800, 600))
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    screen = view.viewport().rect()
    on_screen = {r for r in range(300) if view.visualRect(model.index(r)).intersects(screen)}
    asked = {int(p.path.stem.removeprefix("poster")) for p in loader.asked}
    assert asked and asked <= on_screen  # a screen's tiles, not the library's
    assert len(on_screen) < 40
    assert model.held() == len(asked)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(50)
    assert 299 in {int(p.path.stem.removeprefix("poster")) for p in loader.asked}


def entry(path: Path, picture: Thumbnail | None) -> KitEntry:
    return KitEntry(
        path=path, title=path.name, titles={}, kind="", year=None, runtime=None, languages=(),
        archive=False, missing=False, problem=None, problems=0, thumbnail=picture, folder=None,
        added=0.0, indexed=0.0, opened=None,
    )  # fmt: skip


def test_a_damaged_index_is_rebuilt_with_a_message(qtbot: QtBot, library_folder: Path) -> None:
    (library_folder / "index.sqlite3").write_bytes(b"not a database at all" * 100)
    for suffix in ("-wal", "-shm"):
        (library_folder / f"index.sqlite3{suffix}").unlink(missing_ok=True)
    make_application()
    service = LibraryService(library_folder, watch=False)
    said: list[str] = []
    lists: list[int] = []
    service.message.connect(lambda text, _warn: said.append(text))
    service.kits_ready.connect(lambda kits: lists.append(len(kits)))
    page = StartPage(service)
    qtbot.addWidget(page)
    page.show()
    try:
        # Filled again from the library's folder and the kits opened (the kit gone
        # since was known only to the index: it is not found again).
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
        assert any("damaged" in text and "rebuilt" in text for text in said)
        assert lists[0] == 0 and lists[-1] == 3  # empty, then filled again
    finally:
        page.shutdown()
        service.wait(5000)


def test_an_empty_library_shows_the_intro(qtbot: QtBot, tmp_path: Path) -> None:
    page = make_page(qtbot, tmp_path / "empty")
    try:
        wait_settled(qtbot, page)
        qtbot.waitUntil(lambda: page.body.currentIndex() == INTRO)
        assert not page.bar.isVisible()
        assert page.open_button.isVisible() and page.add_button.isVisible()
        assert QApplication.focusWidget() is page.open_button
    finally:
        page.shutdown()
        page.library.wait(5000)


def test_every_control_is_named_and_reached_by_keyboard(qtbot: QtBot, page: StartPage) -> None:
    from tests.gui.test_accessibility import accessible_name, interactive

    assert [w for w in interactive(page) if not accessible_name(w)] == []
    page.bar.search.setFocus()
    order: list[QWidget | None] = [page.bar.search]
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    bar = page.bar
    assert order == [
        bar.search, bar.sort, bar.kind, bar.year, bar.language, bar.ai, bar.packing, page.grid
    ]  # fmt: skip
    page.grid.setCurrentIndex(page.model.index(0))
    with qtbot.waitSignal(page.kit_chosen) as chosen:
        qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert chosen.args == [str(page.model.entries[0].path)]


def test_a_watched_folder_is_looked_at_again_when_it_changes(qtbot: QtBot, tmp_path: Path) -> None:
    make_application()
    service = LibraryService(tmp_path / "library")
    page = StartPage(service)
    qtbot.addWidget(page)
    page.show()
    try:
        wait_settled(qtbot, page)
        assert page.empty and page.body.currentIndex() == INTRO
        kits = tmp_path / "kits"
        small_kit(kits / "rene", "La Nuit de René", "Documentaire", 2024, "René traverse.")
        service.add_folder(kits)  # "Add a folder of kits…": indexed now, then watched
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        assert page.body.currentIndex() == GRID
        qtbot.waitUntil(lambda: bool(service._watcher and service._watcher.directories()))
        small_kit(kits / "adieu", "Adieu", "Documentaire", 2022, "Un départ.")  # copied in
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        shutil.rmtree(kits / "rene")  # and one deleted: missing, not dropped
        qtbot.waitUntil(
            lambda: any(e.missing and e.title == "La Nuit de René" for e in page.model.all),
            timeout=10_000,
        )
    finally:
        page.shutdown()
        service.wait(5000)


def test_a_kit_that_does_not_open_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    kits = tmp_path / "kits"
    make_kit(kits / "broken", "mediakit: 1\nid: broken\n")
    library = Library(tmp_path / "library", timeout=0.5)
    library.add_folder(kits)
    library.close()
    page = make_page(qtbot, tmp_path / "library")
    try:
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        entry = page.model.entries[0]
        assert entry.problem is not None and entry.title == "broken"
        tip = page.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
        assert "Does not open: kit.yaml" in tip
    finally:
        page.shutdown()
        page.library.wait(5000)


def test_the_models_pass_the_model_tester(qtmodeltester: Any, page: StartPage) -> None:
    qtmodeltester.check(page.model)
    hit = Hit(Path("/k"), "K", "title", "", "fr", f"{MARK_START}K{MARK_END}")
    page.hits.set_hits("k", [hit])
    qtmodeltester.check(page.hits)


def listed(page: StartPage, count: int) -> bool:
    return page.model.rowCount() == count


def test_the_order_is_remembered_and_ctrl_f_finds_in_the_library(
    qtbot: QtBot, library_folder: Path, settings: Settings
) -> None:
    make_application()
    for attempt in range(2):
        service = LibraryService(library_folder, watch=False)
        window = MainWindow(settings, library=service)
        qtbot.addWidget(window)
        window.show()
        try:
            page = window.start_page
            qtbot.waitUntil(partial(listed, page, 4), timeout=10_000)
            if attempt == 0:
                assert page.bar.sort_name() == "opened"  # the first time: recently opened
                page.bar.set_sort("year")
            else:
                assert page.bar.sort_name() == "year"  # the reader's order, next time
                assert settings.get(conf.LIBRARY_SORT) == "year"
            page.grid.setFocus()
            press(qtbot, window, "Ctrl+F")  # no kit open: the library's own search
            assert QApplication.focusWidget() is page.bar.search
        finally:
            window.shutdown()
            service.wait(5000)


def test_the_kit_menu_adds_a_folder_of_kits(
    qtbot: QtBot, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    make_application()
    kits = tmp_path / "festival"
    make_kit(kits / "one", "mediakit: 1\nid: one\ntitle: Première\n")
    asked: list[str] = []

    def choose(_parent: QWidget, caption: str, _start: str) -> str:
        asked.append(caption)
        return str(kits)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    service = LibraryService(tmp_path / "library", watch=False)
    window = MainWindow(settings, library=service)
    qtbot.addWidget(window)
    window.show()
    try:
        window.actions_by_name["add_library_folder"].trigger()  # Kit ▸ Add a folder of kits…
        assert asked == ["Add a folder of kits"]
        qtbot.waitUntil(partial(listed, window.start_page, 1), timeout=10_000)
        assert titles(window.start_page) == ["Première"]
    finally:
        window.shutdown()
        service.wait(5000)


def test_indexing_many_kits_says_how_far_it_is(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mediakit.library import store

    monkeypatch.setattr(store, "WRITE_BATCH", 2)
    kits = tmp_path / "kits"
    for i in range(5):
        small_kit(kits / f"kit-{i}", f"Kit {i}", "Documentaire", 2020 + i, "Un film.")
    page = make_page(qtbot, tmp_path / "library")
    told: list[tuple[int, int]] = []
    shown: list[str] = []

    def record(done: int, total: int) -> None:
        told.append((done, total))
        shown.append("" if page.bar.progress.isHidden() else page.bar.progress.text())

    page.library.indexing.connect(record, Qt.ConnectionType.QueuedConnection)
    page.library.add_folder(kits)
    qtbot.waitUntil(lambda: len(page.model.entries) == 5, timeout=10_000)
    wait_settled(qtbot, page)
    assert told == [(2, 5), (4, 5), (5, 5)]
    # Said while it lasts ("kits" once the English plurals are loaded, else "kit(s)").
    assert shown[0].startswith("Indexing 5 kit") and shown[0].endswith("… 2 done")
    assert page.bar.progress.isHidden()  # and no more once done
    page.shutdown()
    page.library.wait(5000)


def test_every_section_a_hit_names_is_one_of_the_window() -> None:
    from mediakit.gui.sections import SECTIONS
    from mediakit.kit import load
    from mediakit.library import fields

    kit = load(ROPED).kit
    assert kit is not None
    named = {row.section for row in fields.rows(kit)}
    assert "people" in named and "quotes" in named  # ROPED has both: the test can fail
    assert named - {fields.HEADER} <= {section.name for section in SECTIONS}
