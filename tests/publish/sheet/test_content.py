"""What goes on the press sheet, without Qt: the short synopsis, the cuts, the
main credits, the author, the paper and the content hash."""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from mediakit.kit import load
from mediakit.kit.archive.pack import pack
from mediakit.kit.manifest.model import Kit
from mediakit.publish.sheet.content import (
    ELLIPSIS,
    MAIN_CREDITS,
    ai_line,
    paragraphs,
    plan,
    short_synopsis,
    shorten,
)
from mediakit.publish.sheet.kithash import content_hash
from mediakit.publish.sheet.paper import default_paper
from tests.conftest import ROPED
from tests.publish.sheet.kits import hostile_kit, long_kit


def roped() -> Kit:
    kit = load(ROPED).kit
    assert kit is not None
    return kit


def test_shorten_cuts_after_a_whole_word_and_says_so() -> None:
    text = "one two three four five six seven eight nine ten"
    cut = shorten(text, 20)
    assert cut == "one two three four…"
    assert len(cut) <= 20
    assert shorten(text, 200) == text
    assert shorten("x" * 500, 50) == "x" * 49 + ELLIPSIS  # a word too long is cut inside
    accents = shorten("e\u0301" * 100, 21)  # never between a letter and its accent
    assert accents == "e\u0301" * 10 + ELLIPSIS


def test_paragraphs_drop_the_marks_and_keep_the_words() -> None:
    found = paragraphs("*ROPED* is **short**.\n\n- a [link](http://x) item\n- `code`\n")
    assert found == ["ROPED is short.", "a link item", "code"]


def test_the_short_synopsis_keeps_whole_paragraphs_then_cuts_with_an_ellipsis() -> None:
    first, second = "A" * 50 + " end.", " ".join(["word"] * 100)
    kept = short_synopsis(f"{first}\n\n{second}", budget=200)
    assert kept[0] == first
    assert kept[1].endswith("word…") and len(kept[1]) <= 200 - len(first)
    assert short_synopsis("Short.", budget=200) == ("Short.",)


def test_roped_in_french_and_english() -> None:
    kit = roped()
    french = plan(kit, "fr", "ab" * 32, packed=False)
    assert french.title == "ROPED"
    assert french.kind == "Court-métrage" and french.year == "2025" and french.runtime == "2:00"
    assert french.synopsis[0].startswith("Initialement écrit pour un clip jamais tourné")
    assert [c.names for c in french.credits] == ["Cokau", "Fabrice Smadja (AOC)", "Adrien Kamir"]
    assert len(french.quotes) == 2 and french.quotes[0].note == ""  # said in French
    english = plan(kit, "en", "", packed=False)
    assert english.quotes[0].note == "translated from French"
    assert english.ai_use == "ROPED is a 2-minute AI-generated short film."
    assert english.image == ROPED / "film" / "poster.jpg"
    assert english.author == "Adrien Kamir"  # the first contact


def test_a_long_kit_is_bounded(tmp_path: Path) -> None:
    kit = load(long_kit(tmp_path / "long")).kit
    assert kit is not None
    content = plan(kit, "en", "", packed=False)
    assert len(content.credits) == MAIN_CREDITS and content.more_credits == 30 - MAIN_CREDITS
    assert len(content.quotes) == 2
    assert sum(len(p) for p in content.synopsis) <= 900 + len(ELLIPSIS)
    assert content.synopsis[-1].endswith(ELLIPSIS)
    assert content.image == tmp_path / "long" / "still.jpg"
    assert content.image_credit == "© Still Photographer"


def test_the_direction_comes_first_then_the_kits_order() -> None:
    kit = roped()
    direction, music, producer = kit.credits
    moved = replace(kit, credits=(music, producer, direction))
    names = [credit.names for credit in plan(moved, "en", "", packed=False).credits]
    assert names == ["Cokau", "Fabrice Smadja (AOC)", "Adrien Kamir"]


def test_a_hostile_kit_is_bounded(tmp_path: Path) -> None:
    kit = load(hostile_kit(tmp_path / "hostile")).kit
    assert kit is not None
    content = plan(kit, "en", "", packed=False)
    texts = [content.title, content.logline, content.ai_use, *content.synopsis]
    texts += [q.text for q in content.quotes] + [c.names for c in content.credits]
    assert max(len(text) for text in texts) < 1500
    assert ai_line("") == ""


@pytest.mark.parametrize(
    ("environ", "paper"),
    [
        ({}, "a4"),
        ({"LANG": "fr_FR.UTF-8"}, "a4"),
        ({"LANG": "en_US.UTF-8"}, "letter"),
        ({"LANG": "fr_FR.UTF-8", "LC_PAPER": "en_CA.UTF-8"}, "letter"),
        ({"LC_ALL": "C.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "a4"),  # LC_ALL wins
        ({"LANG": "es_MX"}, "letter"),
        ({"LANG": "en_GB.UTF-8@euro"}, "a4"),
    ],
)
def test_the_default_paper_follows_the_paper_locale(environ: dict[str, str], paper: str) -> None:
    assert default_paper(environ) == paper


def test_a_folders_hash_is_the_one_its_archive_will_have(tmp_path: Path) -> None:
    kit = roped()
    digest, packed = content_hash(kit, None)
    assert not packed
    archive = pack(ROPED, tmp_path / "roped.mediakit").output
    with zipfile.ZipFile(archive) as packed_zip:
        listed = packed_zip.read("checksums.sha256")
    assert digest == hashlib.sha256(listed).hexdigest()
