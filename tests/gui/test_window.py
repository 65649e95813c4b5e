"""The main window on the real ROPED kit: every section's content is found
in the widgets, keys work, the language switch changes the text, and a bad
kit never replaces a good one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mediakit.gui import settings as conf
from mediakit.gui.keymap import Mode, actions_of, active
from mediakit.gui.pages.articles import ArticlesPage
from mediakit.gui.pages.quotes import QuotesPage
from mediakit.gui.pages.text import TextPage
from mediakit.gui.sections import SECTIONS
from mediakit.gui.window import MainWindow
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait


def label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_start_page_before_any_kit(window: MainWindow) -> None:
    assert window.views.currentWidget() is window.start_page
    assert window.start_page.open_button.isVisible()


def test_roped_header_and_sections(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    assert window.header.title.text() == "ROPED"
    assert "2025" in window.header.meta.text() and "2:00" in window.header.meta.text()
    assert window.header.ai_badge.isVisible()  # an AI film says so up front
    sections = window.visible_sections()
    assert {"film", "synopsis", "ai", "credits", "quotes", "articles", "stills", "specs"} <= set(
        sections
    )
    assert sections == [s.name for s in SECTIONS if s.name in sections]  # reading order


def test_roped_credits_quotes_articles(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    credits = window.page("credits")
    names = " ".join(label_texts(credits))
    for name in ("Cokau", "Fabrice Smadja (AOC)", "Adrien Kamir"):
        assert name in names
    quotes = window.page("quotes")
    texts = " ".join(label_texts(quotes))
    assert "Nous avons toujours cherché à repousser les limites techniques" in texts
    assert "Produire avec l’IA impose une nouvelle logique" in texts
    articles = window.page("articles")
    body = articles.findChild(QWidget, "markdown")
    assert body is not None
    assert "Le duo de réalisateurs Cokau signe ROPED" in body.toPlainText()  # type: ignore[attr-defined]


def test_articles_open_in_the_reading_language(qtbot: QtBot, window: MainWindow) -> None:
    """In English the French article opened first; now the reader's language leads."""
    open_and_wait(qtbot, window, ROPED)
    articles = window.page("articles")
    assert isinstance(articles, ArticlesPage)
    assert (articles.current_article().language, window.language) == ("fr", "fr")  # type: ignore[union-attr]
    window.set_language("en")
    assert articles.current_article().language == "en"  # type: ignore[union-attr]
    articles.chooser.setCurrentIndex(0)  # the reader picks the French one: it stays
    window.set_language("fr")
    assert articles.current_article().language == "fr"  # type: ignore[union-attr]


def test_copy_quote_with_attribution(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    window.show_section("quotes")
    page = window.page("quotes")
    assert isinstance(page, QuotesPage)
    by_kamir = next(i for i, q in enumerate(window.kit.quotes) if q.by == "Adrien Kamir")  # type: ignore[union-attr]
    qtbot.mouseClick(page.copy_buttons[by_kamir], Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("«\u00a0Produire avec l’IA impose une nouvelle logique")
    assert copied.endswith("» — Adrien Kamir, ATCK, 2 septembre 2025")


def test_language_switch_changes_text_and_is_remembered(
    qtbot: QtBot, window: MainWindow, settings: conf.Settings
) -> None:
    open_and_wait(qtbot, window, ROPED)
    assert window.language == "fr"
    french = window.header.logline.text()
    synopsis = window.page("synopsis")
    assert isinstance(synopsis, TextPage)
    french_synopsis = synopsis.plain_text()
    window.header.languages.setCurrentIndex(window.header.languages.findData("en"))
    assert window.language == "en"
    assert window.header.logline.text() not in ("", french)
    assert synopsis.plain_text() not in ("", french_synopsis)
    assert settings.get(conf.KIT_LANGUAGES) == {"roped": "en"}  # for this kit only
    # Ctrl+L goes round the kit's languages.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.language == "fr"
    assert window.header.logline.text() == french


def test_section_keys_move_through_sections(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    sections = window.visible_sections()
    assert window.current_section() == sections[0]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == sections[1]
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == sections[-1]
    assert window.pages.currentWidget() is window.page(sections[-1])


def test_every_window_action_is_a_qaction_with_its_keys(window: MainWindow) -> None:
    assert list(window.actions_by_name) == [action.name for action in actions_of(Mode.WINDOW)]
    for declared in actions_of(Mode.WINDOW):
        action = window.actions_by_name[declared.name]
        assert action.text() == declared.description.source
        assert [s.toString() for s in action.shortcuts()] == list(active().keys(declared))


def test_menus_keep_their_structure(window: MainWindow) -> None:
    menus = {}
    for entry in window.menuBar().actions():
        menu = entry.menu()
        assert isinstance(menu, QMenu)
        menus[menu.title()] = [a.objectName() or a.text() for a in menu.actions() if a.text()]
    assert menus == {
        "&Kit": [
            "open",
            "open_folder",
            "Open &Recent",
            "add_library_folder",
            "close_kit",
            "edit",
            "provenance",
            "print",
            "quit",
        ],
        "&Edit": ["copy_still", "find", "find_next", "find_previous"],
        "E&xport": ["export_web", "export_sheet", "export_slides", "Export all stills…"],
        "&View": [
            "next_section",
            "previous_section",
            "next_language",
            "zoom_in",
            "zoom_out",
            "zoom_reset",
            "full_screen",
            "present",
            "high_contrast",
            "Interface &language",
        ],
        "&Help": ["help"],
    }


@pytest.mark.expected_errors  # the message route logs the error it shows
def test_bad_kit_keeps_the_previous_one(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, ROPED)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "kit.yaml").write_text("mediakit: 1\nid: bad\ntitle: Bad\ncredits: nope\n")
    with qtbot.waitSignal(window.kit_failed, timeout=10_000):
        window.open_kit(bad)
    assert window.kit is not None and window.kit.id == "roped"
    assert window.header.title.text() == "ROPED"
    assert window.banner.isVisible()
    shown = window.banner.details.text()
    assert "kit.yaml:4:" in shown and "credits" in shown


@pytest.mark.expected_errors  # the message route logs the error it shows
def test_missing_folder_says_so_in_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.kit_failed, timeout=10_000):
        window.open_kit(tmp_path / "nowhere")
    assert window.banner.isVisible()
    assert window.views.currentWidget() is window.start_page


def test_drop_a_folder_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(ROPED))])
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window says it takes the drop
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, buttons, keys)
    with qtbot.waitSignal(window.kit_opened, timeout=10_000):
        QApplication.sendEvent(window, drop)
    assert window.kit is not None and window.kit.id == "roped"


def test_recent_kits_are_remembered(
    qtbot: QtBot, window: MainWindow, settings: conf.Settings
) -> None:
    open_and_wait(qtbot, window, ROPED)
    assert settings.get(conf.RECENT_KITS)[0] == str(ROPED.resolve())
    qtbot.waitUntil(lambda: window.start_page.model.rowCount() >= 1, timeout=10_000)
    assert str(ROPED.resolve()) in {str(e.path) for e in window.start_page.model.all}
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == [str(ROPED.resolve())]


def test_quote_buttons_are_reachable_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    window.show_section("quotes")
    buttons = window.page("quotes").findChildren(QPushButton, "copyQuote")
    assert buttons and all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)


def test_volume_and_geometry_are_remembered(
    qtbot: QtBot, window: MainWindow, settings: conf.Settings
) -> None:
    window.film_page.volume.setValue(35)
    assert settings.get(conf.VOLUME) == 35
    window.resize(700, 500)  # inside the offscreen screen, so no clamping
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.film_page.volume.value() == 35
    assert (again.width(), again.height()) == (700, 500)
    again.shutdown()
