"""The People and Awards pages, the header's laurels and quotes marked as
translations, in the real window (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from mediakit.gui.markdown import MarkdownView
from mediakit.gui.pages.awards import AwardsPage, laurels
from mediakit.gui.pages.people import PeoplePage
from mediakit.gui.pages.quotes import QuotesPage, translation_note
from mediakit.gui.sections import SECTION_NAMES
from mediakit.gui.window import MainWindow
from mediakit.kit.manifest.model import Quote, Text
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait
from tests.kit.helpers import image_bytes, make_kit

KIT = """\
mediakit: 1
id: laurels
title: {en: The Rope, fr: La Corde}
languages: [en, fr]
quotes:
  - text: {fr: Un film rare., en: A rare film.}
    by: Le Monde
    language: fr
people:
  - name: Jane Doe
    roles: [{en: Director, fr: Réalisatrice}]
    photo: jane.jpg
    bio: {en: "Born in **Lyon**.", fr: "Née à **Lyon**."}
    filmography: [{title: Salt, year: 2022, kind: {en: Short film, fr: Court-métrage}}]
  - name: Ann Poe
    photo: broken.jpg
awards:
  - {event: {en: Clermont-Ferrand Festival, fr: Festival de Clermont-Ferrand}, year: 2026}
  - {event: Annecy, year: 2025, prize: {en: Best short, fr: Meilleur court-métrage}, place: France}
"""


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    return make_kit(
        tmp_path / "laurels",
        KIT,
        {
            "jane.jpg": image_bytes("JPEG", (300, 400)),
            "broken.jpg": b"\xff\xd8\xff\xe0" + b"not the rest of a JPEG" * 4,
        },
    )


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def shown(qtbot: QtBot, window: MainWindow, section: str) -> QWidget:
    assert window.show_section(section)
    qtbot.waitUntil(lambda: not window.busy(on_screen=True), timeout=10_000)
    return window.page(section)


def test_the_sections_come_after_the_credits_and_the_cli_knows_them() -> None:
    names = list(SECTION_NAMES)
    assert names.index("credits") + 1 == names.index("people")
    assert names.index("people") + 1 == names.index("awards")


def test_roped_people_page(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    window.set_language("en")
    sections = window.visible_sections()
    assert "people" in sections and "awards" not in sections  # the article names no award
    page = shown(qtbot, window, "people")
    assert isinstance(page, PeoplePage)
    qtbot.wait(20)  # the cards of the language set are shown by the event loop
    words = texts(page)
    for expected in ("People", "Cokau", "Directing duo", "Fabrice Smadja (AOC)",
                     "Original music and sound design", "Adrien Kamir",
                     "Producer and associate", "Black Omen", "Prada’s Paradoxe", "ROPED, 2025",
                     "Experimental film", "Campaign (perfume)"):  # fmt: skip
        assert expected in words, expected
    (bio,) = [view for view in page.findChildren(MarkdownView) if view.isVisible()]
    assert bio.toPlainText().startswith("Directors in the world of luxury, the Cokau")
    assert bio.accessibleName() == "Biography of Cokau"
    # As tall as its text once laid out: the page scrolls, never the biography.
    qtbot.waitUntil(lambda: bio.verticalScrollBar().maximum() == 0)
    assert bio.height() >= bio.document().size().height()
    window.set_language("fr")
    qtbot.wait(20)  # the new cards are shown by the event loop; the old ones are hidden
    (bio,) = [view for view in page.findChildren(MarkdownView) if view.isVisible()]
    assert bio.toPlainText().startswith("Réalisateurs dans l’univers du luxe")
    assert "Duo de réalisateurs" in texts(page)


def test_photos_are_decoded_in_the_pool_and_a_bad_one_says_why(
    qtbot: QtBot, window: MainWindow, kit: Path
) -> None:
    open_and_wait(qtbot, window, kit)
    page = window.page("people")
    assert isinstance(page, PeoplePage)
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    photo = page.findChild(QLabel, "personPhoto")
    assert photo is not None and photo.accessibleName() == "Photo of Jane Doe"
    pixmap = photo.pixmap()
    assert not pixmap.isNull()
    # Decoded to fit its place, never in full.
    assert pixmap.width() / pixmap.devicePixelRatio() <= 150
    assert pixmap.height() / pixmap.devicePixelRatio() <= 190
    failed = [t for t in texts(page) if t.startswith("The photo cannot be shown: broken.jpg")]
    assert len(failed) == 1
    # Another language rebuilds the cards from the decoded photo: nothing decoded again.
    window.set_language("fr")
    assert not page.busy()
    photo = page.findChild(QLabel, "personPhoto")
    assert photo is not None and not photo.pixmap().isNull()


def test_awards_page_in_the_kits_order(qtbot: QtBot, window: MainWindow, kit: Path) -> None:
    open_and_wait(qtbot, window, kit)
    window.set_language("en")
    page = shown(qtbot, window, "awards")
    assert isinstance(page, AwardsPage)
    words = texts(page)
    assert words[0] == "Awards"
    assert words[1:] == [
        "2026", "Official selection\nClermont-Ferrand Festival",
        "2025", "Best short\nAnnecy, France",
    ]  # fmt: skip


def test_header_laurels_on_one_line_cut_to_fit(qtbot: QtBot, window: MainWindow, kit: Path) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, kit)
    window.set_language("en")
    line = window.header.laurels
    qtbot.waitUntil(lambda: line.isVisible())
    whole = "Official selection — Clermont-Ferrand Festival 2026  ·  Best short — Annecy 2025"
    assert line.isVisible() and line.full_text == whole
    assert line.toolTip() == whole and line.accessibleName() == whole
    qtbot.waitUntil(lambda: line.text() == whole)  # 1280 wide, once laid out: room for it all

    def cut_to_fit() -> bool:
        width = line.fontMetrics().horizontalAdvance(line.text())
        return line.text().endswith("…") and width <= line.contentsRect().width()

    window.resize(700, 600)
    qtbot.waitUntil(cut_to_fit)
    assert "\n" not in line.text() and line.full_text == whole
    window.set_language("fr")
    assert line.full_text.startswith("Sélection officielle — Festival de Clermont-Ferrand 2026")
    open_and_wait(qtbot, window, ROPED)
    assert not line.isVisible()  # no awards, no laurels


def test_laurels_text() -> None:
    from mediakit.kit import load

    result = load(ROPED)
    assert result.kit is not None
    assert laurels(result.kit, "fr") == ""


def test_a_translated_quote_says_so_on_the_page_and_when_copied(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_and_wait(qtbot, window, ROPED)
    window.set_language("en")
    page = shown(qtbot, window, "quotes")
    assert isinstance(page, QuotesPage)
    bylines = [t for t in texts(page) if t.startswith("— ")]
    assert bylines == [
        "— Cokau, ATCK, 2 September 2025, translated from French",
        "— Adrien Kamir, ATCK, 2 September 2025, translated from French",
    ]
    qtbot.mouseClick(page.copy_buttons[0], Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("“We have always sought")
    assert copied.endswith("” — Cokau, ATCK, 2 September 2025, translated from French")
    # In French, the words as said: no mark.
    window.set_language("fr")
    qtbot.wait(20)
    bylines = [t for t in texts(page) if t.startswith("— ")]
    assert bylines[0] == "— Cokau, ATCK, 2 septembre 2025"
    qtbot.mouseClick(page.copy_buttons[0], Qt.MouseButton.LeftButton)
    assert "translated" not in QGuiApplication.clipboard().text()


def test_translation_note_names_the_original_language() -> None:
    quote = Quote(Text({"fr": "Bien", "en": "Good"}), "X", language="fr")
    assert translation_note(quote, "en") == "translated from French"
    assert translation_note(quote, "fr") == ""
    assert translation_note(quote, "FR") == ""
    unsaid = Quote(Text({"fr": "Bien", "en": "Good"}), "X")
    assert translation_note(unsaid, "en") == ""  # the kit does not say: nothing is claimed
    hungarian = Quote(Text({"hu": "Jó", "en": "Good"}), "X", language="hu")
    assert translation_note(hungarian, "en") == "translated from the original (Hungarian)"
    assert translation_note(hungarian, "de") == "translated from the original (magyar)"
    unknown = Quote(Text({"qaa": "?", "en": "Good"}), "X", language="qaa")
    assert translation_note(unknown, "en") == "translated from the original (qaa)"


def test_many_people_are_built_a_batch_a_turn_in_order(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from mediakit.gui.pages.people import CARDS_AT_ONCE

    count = CARDS_AT_ONCE * 3 + 1
    people = "".join(f"  - {{name: Person {n}, bio: Bio {n}.}}\n" for n in range(count))
    folder = make_kit(tmp_path / "many", "mediakit: 1\nid: many\ntitle: Many\npeople:\n" + people)
    open_and_wait(qtbot, window, folder)
    assert window.show_section("people")
    page = window.page("people")
    assert isinstance(page, PeoplePage)
    assert page.busy()  # the first batch only: the window answers meanwhile
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    qtbot.wait(20)
    names = [t for t in texts(page) if t.startswith("Person ")]
    assert names == [f"Person {n}" for n in range(count)]
    last = page.column.itemAt(page.column.count() - 1)
    assert last is not None and last.spacerItem() is not None  # the stretch stays last


def test_find_reaches_the_people_whose_cards_are_not_built_yet(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from mediakit.gui.pages.people import CARDS_AT_ONCE

    count = CARDS_AT_ONCE * 3 + 1
    people = "".join(f"  - {{name: Person {n}, bio: Bio {n}.}}\n" for n in range(count))
    folder = make_kit(tmp_path / "many", "mediakit: 1\nid: many\ntitle: Many\npeople:\n" + people)
    open_and_wait(qtbot, window, folder)
    assert window.show_section("people")
    page = window.page("people")
    assert isinstance(page, PeoplePage) and page.busy()  # the last cards are still to come
    passages = [p.text for p in page.find_passages()]
    assert f"Person {count - 1}" in passages and f"Bio {count - 1}." in passages
    assert not page.busy()
    qtbot.wait(20)  # the pending turn finds nothing left to build: no card twice
    names = [t for t in texts(page) if t.startswith("Person ")]
    assert names == [f"Person {n}" for n in range(count)]
