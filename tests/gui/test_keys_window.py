"""Every default key of the window mode, pressed on the real window with ROPED
open: Qt's shortcut map reaches the QAction the registry built, and the
action's effect shows."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from mediakit.gui.help import KeysDialog
from mediakit.gui.keymap import Action, Mode, actions_of
from mediakit.gui.window import MainWindow
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait
from tests.gui.keypress import key_rows, press


def opens_roped(qtbot: QtBot, window: MainWindow, key: str) -> None:
    with qtbot.waitSignal(window.kit_opened, timeout=10_000):
        press(qtbot, window, key)


def closes_the_kit(qtbot: QtBot, window: MainWindow, key: str) -> None:
    press(qtbot, window, key)
    assert window.kit is None and window.views.currentWidget() is window.start_page


def steps(by: int) -> Callable[[QtBot, MainWindow, str], None]:
    def check(qtbot: QtBot, window: MainWindow, key: str) -> None:
        sections = window.visible_sections()
        press(qtbot, window, key)
        assert window.current_section() == sections[by % len(sections)]

    return check


def focuses_the_sections(qtbot: QtBot, window: MainWindow, key: str) -> None:
    window.film_page.setFocus()
    press(qtbot, window, key)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.section_list)


def switches_language(qtbot: QtBot, window: MainWindow, key: str) -> None:
    assert window.language == "fr"
    press(qtbot, window, key)
    assert window.language == "en"


def opens_find(qtbot: QtBot, window: MainWindow, key: str) -> None:
    press(qtbot, window, key)
    assert window.find_bar.isVisible()
    assert QApplication.focusWidget() is window.find_bar.field


def finds(by: int) -> Callable[[QtBot, MainWindow, str], None]:
    """F3 / Shift+F3 with "cokau" typed: the next or previous match, round the kit."""

    def check(qtbot: QtBot, window: MainWindow, key: str) -> None:
        window.finder.open()
        window.find_bar.field.setText("cokau")
        qtbot.waitUntil(lambda: window.finder.searched == "cokau")  # the texts folded, in a worker
        total = len(window.finder.matches)
        assert total > 1 and window.finder.current == 0
        press(qtbot, window, key)
        assert window.finder.current == by % total
        assert window.current_section() == window.finder.matches[by % total].section

    return check


def zooms(to: int, start: int = 100) -> Callable[[QtBot, MainWindow, str], None]:
    def check(qtbot: QtBot, window: MainWindow, key: str) -> None:
        window.text_zoom.set_percent(start)
        press(qtbot, window, key)
        assert window.text_zoom.percent == to
        window.text_zoom.reset()  # the usual sizes for the next test

    return check


def goes_full_screen(qtbot: QtBot, window: MainWindow, key: str) -> None:
    press(qtbot, window, key)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    press(qtbot, window, key)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def presents(qtbot: QtBot, window: MainWindow, key: str) -> None:
    press(qtbot, window, key)
    show = window.show_controller
    assert show is not None and show.running and show.audience.isVisible()
    show.stop()
    assert window.show_controller is None


def copies_the_still(qtbot: QtBot, window: MainWindow, key: str) -> None:
    QGuiApplication.clipboard().clear()
    press(qtbot, window, key)  # not on the stills page: says where to go
    assert "stills page" in window.statusBar().currentMessage()
    window.show_section("stills")
    window.stills_page.view.setCurrentIndex(window.stills_page.model.index(1))
    with qtbot.waitSignal(window.stills_page.notice, timeout=10_000):
        press(qtbot, window, key)
    assert QGuiApplication.clipboard().text().startswith("Image provisoire 2/6")
    assert not QGuiApplication.clipboard().image().isNull()


def adds_a_library_folder(qtbot: QtBot, window: MainWindow, key: str) -> None:
    asked: list[Path] = []
    window.library.add_folder = asked.append  # type: ignore[method-assign, assignment]
    press(qtbot, window, key)
    assert asked == [ROPED]  # the folder the dialog gave, handed to the library


def edits(qtbot: QtBot, window: MainWindow, key: str) -> None:
    press(qtbot, window, key)
    assert len(window.editors) == 1
    editor = window.editors[0]
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: getattr(editor, "session", None) is not None, timeout=10_000)
    assert editor.isVisible()
    editor.close()  # nothing changed: it closes without asking


def shows_the_keys(qtbot: QtBot, window: MainWindow, key: str) -> None:
    press(qtbot, window, key)
    dialog = window.findChild(KeysDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def shows_how_it_was_made(qtbot: QtBot, window: MainWindow, key: str) -> None:
    press(qtbot, window, key)
    panel = window.provenance_panel
    assert panel is not None and panel.isVisible()
    # The files are listed as soon as the window has painted the kit.
    qtbot.waitUntil(lambda: panel.files.count() == len(window.credentials.files) > 0)
    panel.close()


def saves_a_pdf(made: str) -> Callable[[QtBot, MainWindow, str], None]:
    """The key asks where to save (answered: a temporary file), then the PDF is written."""

    def check(qtbot: QtBot, window: MainWindow, key: str) -> None:
        folder = Path(tempfile.mkdtemp(prefix="mediakit-keys-"))
        target = folder / f"{made}.pdf"
        asked: list[str] = []

        def answer(parent: object, title: str, proposed: str, filters: str) -> tuple[str, str]:
            asked.append(Path(proposed).name)
            return str(target), filters

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(QFileDialog, "getSaveFileName", answer)
            press(qtbot, window, key)
        assert asked == [f"roped-{made}.pdf"]
        qtbot.waitUntil(target.is_file, timeout=30_000)
        assert target.read_bytes().startswith(b"%PDF-")
        shutil.rmtree(folder)

    return check


def exports_the_web_page(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """The key asks for a folder (answered: an empty one), then the site is written."""
    folder = Path(tempfile.mkdtemp(prefix="mediakit-keys-"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
        press(qtbot, window, key)
    qtbot.waitUntil(lambda: (folder / "index.html").is_file(), timeout=60_000)
    assert (folder / "index.en.html").is_file()  # ROPED's second language
    web = window.exports.web_export
    qtbot.waitUntil(lambda: web is not None and web.offer is not None, timeout=10_000)
    assert web is not None and web.offer is not None
    web.offer.close()  # "Open the page" offered, not taken
    shutil.rmtree(folder)


def prints(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """Qt's print dialog comes, and what it accepts is printed (here, to a PDF file)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    folder = Path(tempfile.mkdtemp(prefix="mediakit-keys-"))
    target = folder / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted.value

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QPrintDialog, "exec", accept)
        press(qtbot, window, key)
        qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 0, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF-")
    shutil.rmtree(folder)


def quits(qtbot: QtBot, window: MainWindow, key: str) -> None:
    press(qtbot, window, key)
    assert not window.isVisible()


EFFECTS: dict[str, Callable[[QtBot, MainWindow, str], None]] = {
    "open": opens_roped,
    "open_folder": opens_roped,
    "close_kit": closes_the_kit,
    "edit": edits,
    "add_library_folder": adds_a_library_folder,
    "copy_still": copies_the_still,
    "provenance": shows_how_it_was_made,
    "export_web": exports_the_web_page,
    "export_sheet": saves_a_pdf("press-sheet"),
    "export_slides": saves_a_pdf("slides"),
    "print": prints,
    "next_section": steps(1),
    "previous_section": steps(-1),
    "focus_sections": focuses_the_sections,
    "next_language": switches_language,
    "find": opens_find,
    "find_next": finds(1),
    "find_previous": finds(-1),
    "zoom_in": zooms(110),
    "zoom_out": zooms(90),
    "zoom_reset": zooms(100, start=150),
    "full_screen": goes_full_screen,
    "present": presents,
    "help": shows_the_keys,
    "quit": quits,
}


def test_every_window_action_has_its_effect_checked() -> None:
    assert set(EFFECTS) == {action.name for action in actions_of(Mode.WINDOW)}


@pytest.mark.parametrize(("action", "key"), key_rows(Mode.WINDOW))
def test_window_key(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    action: Action,
    key: str,
) -> None:
    # The file dialogs answer ROPED at once (a real one would wait for the reader).
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(ROPED / "kit.yaml"), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(ROPED))
    open_and_wait(qtbot, window, ROPED)
    window.activateWindow()
    EFFECTS[action.name](qtbot, window, key)
