"""Find in a kit (Ctrl+F): every section searched in the reading language,
case and accents aside; the count; F3 / Shift+F3 round the kit; each match
highlighted where it is; Esc clears; another language searches again."""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from mediakit.gui import findcontrol, theme
from mediakit.gui.find import MAX_SHOWN
from mediakit.gui.findtext import MAX_MATCHES, Folded, fold, fold_sections, utf16_offset
from mediakit.gui.kittext import KitTextView
from mediakit.gui.pages.articles import ArticlesPage
from mediakit.gui.pages.stills import StillsPage
from mediakit.gui.pages.text import TextPage
from mediakit.gui.window import MainWindow
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait
from tests.gui.keypress import press
from tests.gui.test_contrast import ratio

# ROPED in French: where "cokau" is, section by section (people: the name and
# the biography; the articles: both bodies, the English one shown by fallback;
# their titles are not shown, the bodies open with their own headline).
COKAU_FR = {
    "synopsis": 1,
    "statement": 2,
    "ai": 2,
    "credits": 1,
    "people": 2,
    "quotes": 1,
    "articles": 9,
}


def cokau_fr(window: MainWindow) -> dict[str, int]:
    """:data:`COKAU_FR` for the sections the window shows (People is new: a kit
    reader that does not know it yet leaves it out)."""
    return {name: count for name, count in COKAU_FR.items() if name in window.visible_sections()}


def find(qtbot: QtBot, window: MainWindow, words: str) -> None:
    """Ctrl+F and ``words`` typed, as a reader would; waits for the count."""
    press(qtbot, window, "Ctrl+F")
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    window.find_bar.field.clear()
    qtbot.keyClicks(window.find_bar.field, words)
    # The count follows once the typing pauses.
    qtbot.waitUntil(lambda: window.finder.searched == words, timeout=2000)


def text_view(window: MainWindow, section: str) -> KitTextView:
    page = window.page(section)
    assert isinstance(page, TextPage)
    return page.view


def highlighted(view: KitTextView) -> list[tuple[str, bool]]:
    """The words a text view highlights, and whether each is the current match."""
    current = theme.colour("find_current")
    return [
        (s.cursor.selectedText(), s.format.background().color() == current)
        for s in view.extra_selections()
    ]


@pytest.fixture
def roped(qtbot: QtBot, window: MainWindow) -> MainWindow:
    open_and_wait(qtbot, window, ROPED)
    window.activateWindow()
    assert window.language == "fr"
    return window


# -- folding ------------------------------------------------------------------


def test_folding_sets_case_accents_and_forms_aside() -> None:
    assert fold("René ÉTÉ Straße ﬁn") == "rene ete strasse fin"
    assert Folded.of("Chez René.").spans(fold("rene")) == [(5, 9)]
    decomposed = unicodedata.normalize("NFD", "René!")  # "e" + U+0301: found whole
    assert Folded.of(decomposed).spans("rene") == [(0, 5)]
    assert Folded.of("a\u00a0b a b").spans(fold("a b")) == [(0, 3), (4, 7)]  # no-break space
    assert Folded.of("Strasse, STRASSE").spans(fold("straße")) == [(0, 7), (9, 16)]
    assert Folded.of("aaaa").spans("aa") == [(0, 2), (2, 4)]  # not overlapping


def test_offsets_are_mapped_to_qt_utf16() -> None:
    text = "🎬 Cokau"
    start = Folded.of(text).spans("cokau")[0][0]
    assert start == 2 and utf16_offset(text, start) == 3


# -- ROPED ----------------------------------------------------------------------


def test_cokau_is_found_in_every_section_with_the_count(qtbot: QtBot, roped: MainWindow) -> None:
    find(qtbot, roped, "cokau")
    found = Counter(match.section for match in roped.finder.matches)
    assert found == cokau_fr(roped)
    total = sum(cokau_fr(roped).values())
    assert roped.find_bar.count.text() == f"1 of {total}"
    # The text sections agree with the kit's own French texts.
    kit = roped.kit
    assert kit is not None
    for section, field in (
        ("synopsis", kit.synopsis),
        ("statement", kit.statement),
        ("ai", kit.ai_disclosure),
    ):
        assert found[section] == kit.text(field, "fr").casefold().count("cokau")
    # The first match from where the reader is (the film): the synopsis, highlighted.
    assert roped.current_section() == "synopsis"
    assert highlighted(text_view(roped, "synopsis")) == [("Cokau", True)]
    # Said to screen readers: the field's name, the count as its description.
    assert roped.find_bar.field.accessibleName() == "Find in the kit"
    assert roped.find_bar.field.accessibleDescription() == f"1 of {total}"


def test_f3_goes_round_the_kit_in_section_order(qtbot: QtBot, roped: MainWindow) -> None:
    find(qtbot, roped, "cokau")
    total = len(roped.finder.matches)
    visited = [roped.current_section()]
    for _ in range(total):
        press(qtbot, roped, "F3")
        visited.append(roped.current_section())
    order = roped.visible_sections()
    expected = sorted(cokau_fr(roped), key=order.index)
    assert list(dict.fromkeys(visited)) == expected  # section after section, none skipped
    assert [visited.count(s) for s in expected[1:]] == [COKAU_FR[s] for s in expected[1:]]
    assert visited[-1] == visited[0] == "synopsis"  # wrapped round to the first
    assert roped.find_bar.count.text() == f"1 of {total}"
    press(qtbot, roped, "Shift+F3")  # and back, round the other way
    assert roped.current_section() == "articles"
    assert roped.find_bar.count.text() == f"{total} of {total}"


def test_enter_and_shift_enter_in_the_field(qtbot: QtBot, roped: MainWindow) -> None:
    find(qtbot, roped, "cokau")
    field = roped.find_bar.field
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert roped.current_section() == "statement"
    assert highlighted(text_view(roped, "statement")) == [("Cokau", False), ("Cokau", True)]
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert highlighted(text_view(roped, "statement")) == [("Cokau", True), ("Cokau", False)]
    assert QApplication.focusWidget() is not text_view(roped, "statement").markdown  # not moved


def test_each_kind_of_page_highlights_its_match(qtbot: QtBot, roped: MainWindow) -> None:
    find(qtbot, roped, "cokau")
    while roped.current_section() != "credits":
        press(qtbot, roped, "F3")
    credits = roped.page("credits")
    assert [lb.selectedText() for lb in credits.findChildren(QLabel) if lb.hasSelectedText()] == [
        "Cokau"
    ]
    if "people" in roped.visible_sections():  # the name, then the biography's view
        press(qtbot, roped, "F3")
        people = roped.page("people")
        assert [lb.objectName() for lb in people.findChildren(QLabel) if lb.hasSelectedText()] == [
            "contactName"
        ]
        press(qtbot, roped, "F3")
        bio = people.findChild(QTextBrowser, "markdown")
        assert bio is not None
        assert [s.cursor.selectedText() for s in bio.extraSelections()] == ["Cokau"]
        assert not any(lb.hasSelectedText() for lb in people.findChildren(QLabel))
    press(qtbot, roped, "F3")
    quotes = roped.page("quotes")
    assert roped.current_section() == "quotes"
    selected = [lb for lb in quotes.findChildren(QLabel) if lb.hasSelectedText()]
    assert [lb.objectName() for lb in selected] == ["quoteBy"]
    assert selected[0].selectedText() == "Cokau"
    assert not any(lb.hasSelectedText() for lb in credits.findChildren(QLabel))  # cleared there
    # Articles: the English one's matches switch the chooser to it.
    articles = roped.page("articles")
    assert isinstance(articles, ArticlesPage)
    for _ in range(5):  # the French article's four, then the English one's first
        press(qtbot, roped, "F3")
    current = articles.current_article()
    assert current is not None and current.language == "en"
    assert [word for word, now in highlighted(articles.body) if now] == ["COKAU"]
    assert len(highlighted(articles.body)) == 5
    articles.chooser.setCurrentIndex(0)  # the reader's own choice: no highlights of another text
    assert highlighted(articles.body) == []


def test_a_still_caption_is_marked_and_its_tile_selected(qtbot: QtBot, roped: MainWindow) -> None:
    find(qtbot, roped, "desert")  # "désert", without its accent
    assert {m.section for m in roped.finder.matches} == {"stills"}
    stills = roped.page("stills")
    assert isinstance(stills, StillsPage)
    assert roped.current_section() == "stills"
    assert stills.view.currentIndex().row() == 0
    assert [current for _, _, current in stills.delegate.find_marks[0]] == [True]
    picture = stills.view.viewport().grab().toImage()
    mark = theme.colour("find_current").rgb()
    assert any(
        picture.pixel(x, y) == mark
        for x in range(0, picture.width(), 2)
        for y in range(0, picture.height(), 2)
    ), "the caption's match is painted in the find colour"


def test_esc_closes_and_clears_every_highlight(qtbot: QtBot, roped: MainWindow) -> None:
    find(qtbot, roped, "cokau")
    press(qtbot, roped, "F3")
    assert highlighted(text_view(roped, "statement"))
    field = roped.find_bar.field
    field.setFocus()  # where the reader is, whatever else took the keys meanwhile
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    # The keys are back on the page, in the text the match was in.
    assert QApplication.focusWidget() is text_view(roped, "statement").markdown
    assert not roped.find_bar.isVisible()
    assert roped.finder.matches == []
    for section in ("synopsis", "statement"):
        assert highlighted(text_view(roped, section)) == []
    press(qtbot, roped, "Ctrl+F")  # opens again with the words, selected to retype
    assert field.selectedText() == "cokau"
    qtbot.waitUntil(lambda: len(roped.finder.matches) == sum(cokau_fr(roped).values()))


def test_another_language_searches_again(qtbot: QtBot, roped: MainWindow) -> None:
    find(qtbot, roped, "corde")  # the rope, in French
    assert {m.section for m in roped.finder.matches} >= {"synopsis", "articles"}
    assert roped.find_bar.count.text() == f"1 of {len(roped.finder.matches)}"
    press(qtbot, roped, "Ctrl+L")
    assert roped.language == "en"
    assert roped.finder.matches == []  # the English pages' texts are folded first
    qtbot.waitUntil(lambda: roped.finder.searched == "corde")
    # Only the French article is left: it is in French whatever the reading language.
    assert {m.section for m in roped.finder.matches} == {"articles"}
    assert roped.find_bar.count.text() == f"1 of {len(roped.finder.matches)}"
    assert highlighted(text_view(roped, "synopsis")) == []
    roped.find_bar.field.setText("cokau")
    qtbot.waitUntil(lambda: roped.finder.searched == "cokau")
    en = Counter(m.section for m in roped.finder.matches)
    kit = roped.kit
    assert kit is not None
    assert en["synopsis"] == kit.text(kit.synopsis, "en").casefold().count("cokau")
    # From where the reader is: the articles, on screen since the last match.
    sections = [m.section for m in roped.finder.matches]
    here = sections.index("articles") + 1
    assert roped.find_bar.count.text() == f"{here} of {len(sections)}"
    while roped.current_section() != "synopsis":
        press(qtbot, roped, "F3")
    assert highlighted(text_view(roped, "synopsis")) == [("Cokau", True)]


def test_another_kit_searches_again(qtbot: QtBot, roped: MainWindow, tmp_path: Path) -> None:
    find(qtbot, roped, "rene")
    assert roped.find_bar.count.text() == "No matches"
    open_and_wait(qtbot, roped, small_kit(tmp_path))
    assert roped.find_bar.isVisible()
    qtbot.waitUntil(lambda: roped.finder.searched == "rene")
    assert len(roped.finder.matches) == 2


def small_kit(folder: Path) -> Path:
    (folder / "kit.yaml").write_text(
        "mediakit: 1\nid: small\ntitle: Small\nlanguages: [fr, en]\n"
        'synopsis:\n  fr: "Chez **René**, l’été ; une fête."\n  en: "At René’s."\n'
        "credits:\n  - role:\n      fr: Réalisation\n      en: Director\n"
        "    names: [RENÉE Zoë]\n",
        encoding="utf-8",
    )
    return folder


def test_accents_and_case_are_set_aside(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, small_kit(tmp_path))
    window.activateWindow()
    find(qtbot, window, "rene")
    assert [m.section for m in window.finder.matches] == ["synopsis", "credits"]
    assert highlighted(text_view(window, "synopsis")) == [("René", True)]
    press(qtbot, window, "F3")
    selected = [lb.selectedText() for lb in window.page("credits").findChildren(QLabel)]
    assert "RENÉ" in selected
    find(qtbot, window, "ÉTÉ ; UNE")  # a typeset no-break space before ";" is a space
    assert window.find_bar.count.text() == "1 of 1"
    assert highlighted(text_view(window, "synopsis"))[0][0].startswith("été")


def test_find_colours_read_in_both_themes() -> None:
    for colours, least in ((theme.COLOURS, 4.5), (theme.HIGH_CONTRAST, 7.0)):
        for name in ("find_match", "find_current"):
            assert ratio(colours[f"{name}_text"], colours[name]) >= least, name
        # The current match stands out from the others.
        assert ratio(colours["find_current"], colours["find_match"]) >= 3


def test_a_fold_overtaken_by_another_language_is_thrown_away(
    qtbot: QtBot, roped: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The texts are folded in the pool; the French fold, still running when the
    reader switches to English, never shows: the English one does."""
    release = threading.Event()
    folded: list[str] = []

    def slow_first(sections: list[tuple[str, list[str]]]) -> list[tuple[str, list[Folded]]]:
        first_text = sections[0][1][0]  # the synopsis, in the language of the fold
        folded.append(first_text)
        if len(folded) == 1:
            release.wait(10)
        return fold_sections(sections)

    monkeypatch.setattr(findcontrol, "fold_sections", slow_first)
    press(qtbot, roped, "Ctrl+F")
    qtbot.keyClicks(roped.find_bar.field, "cokau")
    qtbot.waitUntil(lambda: len(folded) == 1)  # the French fold is running
    assert roped.find_bar.count.text() == "Searching…"
    press(qtbot, roped, "Ctrl+L")
    release.set()
    qtbot.waitUntil(lambda: roped.finder.searched == "cokau")
    kit = roped.kit
    assert kit is not None
    assert len(folded) == 2 and "Initially written" in folded[1]
    statement = [m for m in roped.finder.matches if m.section == "statement"]
    assert len(statement) == kit.text(kit.statement, "en").casefold().count("cokau")
    assert roped.finder.passages("synopsis")[0].text.startswith("Initially written")


def test_a_text_too_costly_to_format_is_highlighted_where_it_is(qtbot: QtBot) -> None:
    """Shown plain, in blocks (mediakit.gui.plaintext): offsets still land on the words,
    past a character outside the BMP and across block boundaries."""
    view = KitTextView()
    qtbot.addWidget(view)
    text = "🎬 " + "x" * 40_000 + "\nChez René.\n" + "mot " * 600 + "\nRENE 🎬 rené"
    view.set_markdown(text)
    assert not view.formatted()
    spans = Folded.of(view.plain_text()).spans(fold("rené"))
    assert len(spans) == 3
    view.show_hits([(a, b, i == 2) for i, (a, b) in enumerate(spans)])
    assert highlighted(view) == [("René", False), ("RENE", False), ("rené", True)]
    view.set_markdown("Autre texte")  # a new text: no highlights of the last one
    assert highlighted(view) == []


def test_past_a_thousand_matches_the_count_says_more(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "kit.yaml").write_text(
        'mediakit: 1\nid: many\ntitle: Many\nsynopsis: "' + "ah " * 1500 + '"\n',
        encoding="utf-8",
    )
    open_and_wait(qtbot, window, tmp_path)
    window.activateWindow()
    find(qtbot, window, "ah")
    assert len(window.finder.matches) == MAX_MATCHES
    assert window.find_bar.count.text() == f"1 of more than {MAX_MATCHES}"
    # The view paints the matches around the current one, not all of them.
    assert len(highlighted(text_view(window, "synopsis"))) == MAX_SHOWN
    press(qtbot, window, "Shift+F3")  # round to the last one counted
    assert window.find_bar.count.text() == f"{MAX_MATCHES} of more than {MAX_MATCHES}"
    assert highlighted(text_view(window, "synopsis"))[-1] == ("ah", True)
