"""With the French translators installed, the window on ROPED speaks French:
its section list, menus, badge and status bar, and Qt's own key names. The
slides' headings follow the kit's language, whatever the interface speaks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from mediakit.gui.app import make_application
from mediakit.gui.settings import Settings
from mediakit.gui.translation import in_language, install_translators, interface_languages
from mediakit.gui.window import MainWindow
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait


def section_labels(window: MainWindow) -> list[str]:
    listing = window.findChild(QListWidget, "sections")
    assert listing is not None
    return [listing.item(row).text() for row in range(listing.count())]


def test_we_ship_french_and_english() -> None:
    assert interface_languages() == ["en", "fr"]


def test_the_window_on_roped_in_french(
    qtbot: QtBot, french: QApplication, settings: Settings
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    try:
        in_french(qtbot, window)
    finally:
        window.shutdown()


def in_french(qtbot: QtBot, window: MainWindow) -> None:
    assert window.start_page.open_button.text() == "Ouvrir un dossier de presse…"
    open_and_wait(qtbot, window, ROPED)
    labels = section_labels(window)
    assert {"Film", "Synopsis", "Générique", "Citations", "Photos", "Fiche technique"} <= set(
        labels
    )
    assert "Usage de l’IA" in labels
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:5] == ["&Fichier", "É&dition", "E&xporter", "&Affichage", "Aid&e"]
    assert window.windowTitle() == "ROPED — mediakit"
    assert window.header.integrity.text() == "Dossier — non empaqueté"  # a folder kit


def test_english_is_back_after_the_french_test(window: MainWindow) -> None:
    assert window.start_page.open_button.text() == "Open a kit…"
    assert QCoreApplication.translate("Sections", "Credits") == "Credits"


def test_english_plurals_come_from_the_english_file(qtbot: QtBot) -> None:
    install_translators(make_application(), "en")
    translate = QCoreApplication.translate
    assert translate("", "%n warning(s)", None, 1) == "1 warning"
    assert translate("", "%n warning(s)", None, 2) == "2 warnings"


def test_french_plurals(french: QApplication) -> None:
    assert QCoreApplication.translate("", "%n warning(s)", None, 1) == "1 avertissement"
    assert QCoreApplication.translate("", "%n warning(s)", None, 3) == "3 avertissements"


def test_qt_names_the_keys_in_french(french: QApplication) -> None:
    shown = QKeySequence("Esc").toString(QKeySequence.SequenceFormat.NativeText)
    assert shown == "Échap"


def test_the_slides_speak_the_kits_language_not_the_interfaces() -> None:
    assert in_language("fr", "Slides", "Use of AI") == "Usage de l’IA"
    assert in_language("fr-CA", "Slides", "Trailer") == "Bande-annonce"
    assert in_language("en", "Slides", "Use of AI") == "Use of AI"
    assert in_language("de", "Slides", "Use of AI") == "Use of AI"  # not shipped: English
