"""Text slides keep the kit's Markdown emphasis and lists, its French
typography, and paginate evenly: no paragraph alone on a last page, no
paragraph cut mid-sentence when a sentence ends near the foot."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont, QImage, QPainter

from mediakit.cli.info import summary
from mediakit.gui.present.layout import SANS, Flow, Para, font
from mediakit.gui.present.plain import BULLET, markdown_blocks
from mediakit.gui.present.slides import SlideRenderer
from mediakit.gui.present.stills import StillSource
from mediakit.kit import load
from mediakit.kit.manifest.model import Kit, Text
from mediakit.kit.manifest.presentation import SlideSpec, build_sequence
from mediakit.tasks import TaskRunner
from tests.conftest import ROPED

SYNOPSIS = SlideSpec("text", "synopsis", None, None, "synopsis")
AI = SlideSpec("text", "ai_disclosure", None, None, "ai_disclosure")


@pytest.fixture(autouse=True)
def _app(qapp) -> None:
    """Fonts and text layout need a QGuiApplication."""


@pytest.fixture(scope="module")
def kit() -> Kit:
    result = load(ROPED)
    assert result.kit is not None
    return result.kit


def renderer(kit: Kit, language: str = "en") -> SlideRenderer:
    return SlideRenderer(kit, language, StillSource(kit, TaskRunner(synchronous=True)))


def with_synopsis(kit: Kit, text: str, language: str = "en") -> Kit:
    return dataclasses.replace(kit, synopsis=Text({language: text}))


def styled(flow: Flow, index: int) -> dict[str, tuple[bool, bool]]:
    """What each format range of paragraph ``index`` covers: its text -> (bold, italic)."""
    text = flow.paras[index].text
    result = {}
    for fmt in flow.layouts[index].formats():
        words = text[fmt.start : fmt.start + fmt.length]
        bold = fmt.format.fontWeight() >= QFont.Weight.Bold.value
        result[words] = (bold, fmt.format.fontItalic())
    return result


# -- emphasis, lists, typography ----------------------------------------------


def test_a_slide_keeps_bold_and_italic(kit: Kit) -> None:
    r = renderer(with_synopsis(kit, "**bold** and *it*, ***both***."))
    plan = r._plan(SYNOPSIS, QSize(1920, 1080))
    assert plan.flow.paras[1].text == "bold and it, both."  # the markup is gone
    assert styled(plan.flow, 1) == {"bold": (True, False), "it": (False, True),
                                    "both": (True, True)}  # fmt: skip
    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    layout = r.paint(painter, QRect(0, 0, 1920, 1080), SYNOPSIS)
    painter.end()
    assert layout.words_drawn == layout.words_total == 1 + 4  # SYNOPSIS + the words


def test_roped_ai_disclosure_shows_its_emphasis(kit: Kit) -> None:
    plan = renderer(kit)._plan(AI, QSize(1280, 800))
    found = {words: style for i in range(len(plan.flow.paras)) for words, style in
             styled(plan.flow, i).items()}  # fmt: skip
    assert found["AI-generated"] == (True, False)
    assert found["Method."] == (True, False)
    assert found["Black Omen"] == (False, True)
    assert not any("*" in para.text for para in plan.flow.paras)


def test_lists_get_markers_and_hang_under_their_text(kit: Kit) -> None:
    text = "- one **strong** item\n- two\n  - nested\n\n1. first\n2. second\n"
    blocks = markdown_blocks(text)
    assert [b.text for b in blocks] == [
        f"{BULLET}one strong item", f"{BULLET}two", f"{BULLET}nested",
        "1.\u00a0first", "2.\u00a0second",
    ]  # fmt: skip
    assert blocks[0].spans[0].bold and blocks[0].text[blocks[0].spans[0].start :].startswith("str")
    assert blocks[2].level > blocks[1].level
    plan = renderer(with_synopsis(kit, text))._plan(SYNOPSIS, QSize(1920, 1080))
    paras = plan.flow.paras[1:]
    assert all(para.hang > 0 for para in paras)  # numbered items too
    assert paras[2].indent > paras[1].indent == 0


def test_kit_markdown_stays_confined() -> None:
    """No HTML, and an image is neither loaded nor shown: its alt words only."""
    blocks = markdown_blocks("<b>x</b> ![alt](file:///etc/passwd) [site](https://example.org)")
    assert len(blocks) == 1
    assert "<b>x</b>" in blocks[0].text  # shown as written, never markup
    assert "\ufffc" not in blocks[0].text and "passwd" not in blocks[0].text
    assert "site" in blocks[0].text and "example.org" not in blocks[0].text


def test_french_typography_survives_markdown(kit: Kit) -> None:
    r = renderer(with_synopsis(kit, "Elle dit : « *non* » !", "fr"), "fr")
    para = r._plan(SYNOPSIS, QSize(1920, 1080)).flow.paras[1]
    assert para.text == "Elle dit\u00a0: «\u00a0non\u00a0»\u00a0!"
    assert styled(r._plan(SYNOPSIS, QSize(1920, 1080)).flow, 1) == {"non": (False, True)}


# -- pagination -----------------------------------------------------------------


def paras_on(page) -> set[int]:
    return {placed.para for placed in page.lines}


def test_no_paragraph_alone_on_the_last_page() -> None:
    body = font(SANS, 30)
    # Four paragraphs of one sentence each: three fit on a page, the fourth would be alone.
    flow = Flow([Para(" ".join(["rope"] * 40) + ".", body, space_before=20) for _ in range(4)],
                600)  # fmt: skip
    block = sum(line.height() * 1.3 for line, *_ in flow._lines[0])
    height = 3 * block + 2 * 20 + 5
    greedy = flow.paginate(height)
    assert [len(paras_on(page)) for page in greedy] == [3, 1]  # the widow, before
    even = flow.paginate_even(height)
    assert len(even) == 2
    assert len(paras_on(even[-1])) >= 2
    assert all(page.height <= height + 0.5 for page in even)
    assert sum(placed.words for page in even for placed in page.lines) == flow.words_total


def test_a_long_synopsis_has_no_widow_slide(kit: Kit) -> None:
    text = "\n\n".join(
        f"Part {n}. A woman, dragged by a mysterious rope, crosses hostile landscapes "
        "under a stormy sky, never knowing who holds the other end of it."
        for n in range(1, 8)
    )
    r = renderer(with_synopsis(kit, text))
    for size in (QSize(1280, 800), QSize(1024, 640), QSize(1920, 1080), QSize(1366, 768)):
        plan = r._plan(SYNOPSIS, size)
        assert len(plan.pages) == r.pages(SYNOPSIS, size)
        if len(plan.pages) > 1:
            assert len(paras_on(plan.pages[-1])) >= 2, size
            heights = [page.height for page in plan.pages]
            assert min(heights) > 0.4 * max(heights), (size, heights)


def test_a_paragraph_is_cut_between_sentences() -> None:
    body = font(SANS, 30)
    sentence = "The rope pulls her across the dunes all night long."
    flow = Flow([Para(" ".join([sentence] * 12), body)], 700)
    lines = len(flow._lines[0])
    pitch = flow._lines[0][0][0].height() * 1.3
    cut_lines = 0
    for rows in range(4, lines - 2):
        pages = flow.paginate(rows * pitch + 1)
        for page in pages[:-1]:
            assert page.lines[-1].text.rstrip().endswith("."), (rows, page.lines[-1].text)
            cut_lines += 1
        assert sum(placed.words for page in pages for placed in page.lines) == flow.words_total
    assert cut_lines


def test_roped_ai_disclosure_pages_end_on_whole_sentences(kit: Kit) -> None:
    for language in ("en", "fr"):
        for size in (QSize(1280, 800), QSize(1024, 640), QSize(1920, 1080), QSize(1366, 768)):
            plan = renderer(kit, language)._plan(AI, size)
            assert len(plan.pages) <= 3
            if len(plan.pages) > 1:
                assert len(paras_on(plan.pages[-1])) >= 2, (language, size)
            cut = [page for page in plan.pages[:-1] if page.lines[-1].text.rstrip()[-1] != "."]
            if cut:  # only where whole sentences would take another page
                whole = plan.flow.paginate(plan.area.height(), whole=True)
                assert len(whole) > len(plan.pages), (language, size)


def test_info_counts_the_slides_the_show_has(kit: Kit) -> None:
    assert f", {len(build_sequence(kit))} slides" in ", ".join(summary(kit, "en"))
