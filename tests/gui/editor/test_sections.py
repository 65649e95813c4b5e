"""The editor's sections follow the reader: every top-level key it reads has a
section that edits it, and no section writes a key it would call unknown."""

from __future__ import annotations

from mediakit.gui.editor.specs import SECTIONS, section_of
from mediakit.kit.manifest.rules.kit import TOP_KEYS


def test_every_key_the_reader_takes_is_edited_somewhere() -> None:
    edited = {key for section in SECTIONS for key in section.keys}
    assert set(TOP_KEYS) - {"mediakit"} <= edited  # the format version is not the author's


def test_no_section_writes_a_key_the_reader_refuses() -> None:
    for section in SECTIONS:
        assert set(section.keys) <= set(TOP_KEYS), section.name


def test_a_problem_finds_its_section() -> None:
    assert section_of("credits[2].names").name == "credits"  # type: ignore[union-attr]
    assert section_of("film.subtitles[0].file").name == "film"  # type: ignore[union-attr]
