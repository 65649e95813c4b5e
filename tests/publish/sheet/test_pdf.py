"""The press sheet as a PDF, read back with poppler's tools: page count and size,
title, author and creator, every font embedded, the words there as text."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from mediakit.kit import load
from mediakit.kit.manifest.model import Kit
from mediakit.publish.sheet.content import SheetContent, plan
from mediakit.publish.sheet.kithash import content_hash
from mediakit.publish.sheet.paper import Paper
from mediakit.publish.sheet.pdf import OutputExistsError, decode_image, write_pdf
from mediakit.publish.sheet.words import MORE_CREDITS, TITLE, word
from tests.conftest import ROPED
from tests.publish.sheet import poppler
from tests.publish.sheet.kits import hostile_kit, long_kit

pytestmark = poppler.needs_poppler

SHOTS = Path("/tmp/sheet-shots")  # pages rendered to look at (not asserted on)
# Qt writes the MediaBox in whole points (QPageLayout.fullRectPoints): A4's
# 595.28 x 841.89 is 595 x 842, which pdfinfo still names A4.
PAGE_SIZES = {"a4": "595 x 842 pts (A4)", "letter": "612 x 792 pts (letter)"}
TODAY = QDate(2026, 11, 30)


def _kit(path: Path) -> Kit:
    kit = load(path).kit
    assert kit is not None
    return kit


def _sheet(kit: Kit, language: str) -> SheetContent:
    digest, packed = content_hash(kit, None)
    return plan(kit, language, digest, packed=packed)


def _write(content: SheetContent, out: Path, paper: Paper = "a4") -> Path:
    image = decode_image(content.image, paper) if content.image is not None else None
    written = write_pdf(content, image, out, paper, today=TODAY)
    assert written.path == out and written.size == out.stat().st_size
    poppler.render(out, SHOTS / out.stem)
    return out


def _assert_fonts_embedded(pdf: Path) -> None:
    rows = poppler.fonts(pdf)
    assert rows, "no fonts at all: the text would not be text"
    for row in rows:
        assert row["emb"] == "yes", row
        assert "Type 3" not in row["type"], row


@pytest.mark.parametrize(("language", "paper"), [("fr", "a4"), ("en", "letter"), ("en", "a4")])
def test_roped_on_one_page(qapp: QApplication, tmp_path: Path, language: str, paper: Paper) -> None:
    kit = _kit(ROPED)
    content = _sheet(kit, language)
    pdf = _write(content, tmp_path / f"roped-{language}-{paper}.pdf", paper)
    fields = poppler.info(pdf)
    assert fields["Pages"] == "1"
    assert fields["Page size"] == PAGE_SIZES[paper]
    assert fields["Title"] == word(language, TITLE).format(title="ROPED")  # "ROPED — press sheet"
    assert fields["Author"] == "Adrien Kamir"
    assert fields["Creator"] == "mediakit"
    _assert_fonts_embedded(pdf)
    words = poppler.text(pdf)
    assert kit.text(kit.logline, language) in words
    for credit in kit.credits:
        for name in credit.names:
            assert name in words
    assert "Adrien Kamir" in words and kit.text(kit.contacts[0].role, language) in words
    assert content.content_hash in words and len(content.content_hash) == 64
    assert not any("\ufb00" <= char <= "\ufb06" for char in words)  # no ligature: "ff" copies
    assert ("30 novembre 2026" if language == "fr" else "30 November 2026") in words


def test_a_long_kit_takes_two_pages_with_everything_that_matters(
    qapp: QApplication, tmp_path: Path
) -> None:
    kit = _kit(long_kit(tmp_path / "long"))
    for language in ("en", "fr"):
        pdf = _write(_sheet(kit, language), tmp_path / f"long-{language}.pdf")
        assert poppler.info(pdf)["Pages"] == "2"
        assert poppler.info(pdf)["Author"] == "Agent 0"
        _assert_fonts_embedded(pdf)
        words = poppler.text(pdf)
        for contact in kit.contacts:
            assert contact.email is not None and contact.email in words
        for credit in kit.credits[:10]:
            assert credit.names[0] in words
        assert "1/2" in words and "2/2" in words
        more = word(language, MORE_CREDITS).format(count=20)
        assert more in words and "20" in more


def test_what_does_not_fit_two_pages_is_cut(qapp: QApplication, tmp_path: Path) -> None:
    kit = _kit(long_kit(tmp_path / "long"))
    content = _sheet(kit, "en")
    many = content.specs * 6  # far beyond two pages
    pdf = _write(replace(content, specs=many), tmp_path / "overflowing.pdf")
    assert poppler.info(pdf)["Pages"] == "2"
    words = poppler.text(pdf)
    assert "More in the kit." in words
    assert words.count("Spec 11") < 6


def test_a_hostile_kit_gives_two_pages_at_most(qapp: QApplication, tmp_path: Path) -> None:
    kit = _kit(hostile_kit(tmp_path / "hostile"))
    pdf = _write(_sheet(kit, "en"), tmp_path / "hostile.pdf")
    assert int(poppler.info(pdf)["Pages"]) <= 2
    _assert_fonts_embedded(pdf)
    # Right-to-left text drawn as text (Arabic shaped: its presentation forms, which
    # NFKC folds back to the letters).
    assert "امرأة" in unicodedata.normalize("NFKC", poppler.text(pdf))


def test_an_archive_prints_its_own_content_hash(qapp: QApplication, tmp_path: Path) -> None:
    from mediakit.kit.archive.pack import pack
    from mediakit.kit.source import open_source

    archive = pack(ROPED, tmp_path / "roped.mediakit").output
    source = open_source(archive, cache_root=tmp_path / "cache")
    try:
        kit = source.result.kit
        assert kit is not None and source.archive is not None
        digest, packed = content_hash(kit, source.archive)
        assert packed and digest == source.archive.content_sha256
        assert digest == content_hash(_kit(ROPED), None)[0]  # the folder's, as packed
        pdf = _write(plan(kit, "en", digest, packed=packed), tmp_path / "archive.pdf")
    finally:
        source.release()
    words = poppler.text(pdf)
    assert f"Content hash (SHA-256): {digest}" in words


def test_an_existing_file_is_replaced_only_when_asked(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"mine")
    content = _sheet(_kit(ROPED), "en")
    with pytest.raises(OutputExistsError):
        write_pdf(content, None, out, "a4")
    assert out.read_bytes() == b"mine"
    write_pdf(content, None, out, "a4", replace=True)
    assert out.read_bytes().startswith(b"%PDF")
    kit_file = ROPED / "kit.yaml"
    with pytest.raises(OSError, match="file of the kit"):
        write_pdf(content, None, kit_file, "a4", replace=True, protected=[kit_file])
