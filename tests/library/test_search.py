"""Indexing real kits (ROPED as a folder and packed) and searching them: folding,
prefixes, the field and section of each hit, snippets and hostile queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.library.index import MARK_END, MARK_START, match_expression
from mediakit.library.store import Library
from tests.conftest import ROPED
from tests.library.helpers import library, packed, rene_kit


@pytest.fixture
def indexed(tmp_path: Path) -> Library:
    lib = library(tmp_path)
    assert lib.add_kit(ROPED).status == "indexed"
    assert lib.add_kit(rene_kit(tmp_path / "rene")).status == "indexed"
    return lib


def test_case_and_diacritics_are_folded(indexed: Library) -> None:
    cokau = indexed.search("cokau")
    assert {hit.title for hit in cokau} == {"ROPED"}
    assert any("COKAU" in hit.plain for hit in cokau)  # the article's title
    assert any(hit.marked("[", "]") == "[Cokau]" for hit in cokau)
    rene = indexed.search("rene")
    assert rene and {hit.title for hit in rene} == {"La Nuit de René"}
    assert rene[0].field == "title" and rene[0].section == ""
    assert indexed.search("RENÉ") and indexed.search("zoe angstrom")
    assert indexed.search("ÉLODIE")[0].field == "contacts[0].name"


def test_prefix_matches_and_fields(indexed: Library) -> None:
    smad = indexed.search("smad")
    assert smad[0].field == "credits[1].names[0]"
    assert smad[0].section == "credits"
    assert smad[0].marked("«", "»") == "Fabrice «Smadja» (AOC)"
    fields = {(hit.field, hit.section, hit.language) for hit in indexed.search("desert")}
    assert ("stills[0].caption", "stills", "en") in fields
    assert ("stills[0].caption", "stills", "fr") in fields  # "désert" folded


@pytest.mark.parametrize(
    ("query", "field", "section"),
    [
        ("lanternes", "synopsis", "synopsis"),  # a Markdown file, its marks gone
        ("luminous", "quotes[0].text", "quotes"),
        ("Numérique", "specs[0].value", "specs"),
        ("press@example", "contacts[0].email", "contacts"),
        ("Director", "credits[0].role", "credits"),
        ("rue deserte", "stills[0].caption", "stills"),
        ("expérimentation", "quotes[1].text", "quotes"),
        ("ATCK", "quotes[0].source", "quotes"),
        ("vigilance", "quotes[1].text", "quotes"),
    ],
)
def test_each_field_names_its_section(
    indexed: Library, query: str, field: str, section: str
) -> None:
    hits = indexed.search(query, limit=100)
    assert (field, section) in {(hit.field, hit.section) for hit in hits}


def test_snippets_mark_the_match_and_lose_markdown(indexed: Library) -> None:
    hit = next(h for h in indexed.search("lanternes") if h.field == "synopsis")
    assert hit.snippet == f"Une nuit à Paris, avec des {MARK_START}lanternes{MARK_END}."
    long_hit = next(h for h in indexed.search("vigilance") if h.language == "fr")
    assert long_hit.snippet.startswith("…") and MARK_START in long_hit.snippet


def test_the_same_words_in_two_languages_are_one_hit(indexed: Library) -> None:
    titles = [h for h in indexed.search("roped x cokau") if h.field == "articles[0].title"]
    assert len(titles) == 1


def test_words_in_different_fields_still_find_the_kit(indexed: Library) -> None:
    assert indexed.search("smadja lanternes")  # no row has both: any word then


@pytest.mark.parametrize(
    "query",
    ['"', "NEAR(", "NEAR(cokau, roped)", "*", "-", "AND", "OR", "NOT", "cokau AND", "^cokau",
     "title:cokau", "co*kau", "(", ")", "{x}", "'", "\\", "\x00", "a" * 10_000, "🙂", ""],
)  # fmt: skip
def test_hostile_queries_are_plain_words(indexed: Library, query: str) -> None:
    indexed.search(query)  # never raises
    expression = match_expression(query)
    if expression is not None:
        assert all(
            part.startswith('"') and part.endswith(('"', '"*')) for part in expression.split()
        )
        assert all(part.count('"') == 2 for part in expression.split())


def test_query_syntax_words_are_searched_as_words(indexed: Library) -> None:
    assert indexed.search("AND")  # "and" is a word of the English texts
    assert indexed.search("NEAR(cokau") == indexed.search("near cokau")
    assert indexed.search("title:cokau") == indexed.search("title cokau")
    assert indexed.search("*") == [] and indexed.search('"') == []


def test_a_kit_cannot_forge_a_highlight(tmp_path: Path) -> None:
    lib = library(tmp_path)
    forged = f"Fake {MARK_START}highlight{MARK_END} here"
    kit = rene_kit(tmp_path / "forged", title=forged)
    lib.add_kit(kit)
    hit = lib.search("fake")[0]
    assert hit.plain == "Fake highlight here"
    assert hit.snippet.count(MARK_START) == 1  # only the real match, "Fake"


def test_archive_is_indexed_as_the_folder(tmp_path: Path) -> None:
    lib = library(tmp_path)
    archive = packed(ROPED, tmp_path / "roped.mediakit")
    assert lib.add_kit(archive).status == "indexed"
    (entry,) = lib.kits()
    assert entry.archive and entry.title == "ROPED" and entry.kind == "Court-métrage"
    assert entry.thumbnail is not None
    assert entry.thumbnail.path == archive and entry.thumbnail.member == "film/poster.jpg"
    assert {h.field for h in lib.search("smad")} >= {"credits[1].names[0]"}
    # Text files are read from the archive: the statement is kit.yaml's {file: …}.
    assert ("statement", "en") in {(h.field, h.language) for h in lib.search("transposed")}
    assert lib.search("smad")[0].path == archive


def test_a_hit_names_its_kit_title_and_path(indexed: Library, tmp_path: Path) -> None:
    hit = indexed.search("lanternes")[0]
    assert hit.title == "La Nuit de René"
    assert hit.path == tmp_path / "rene"
    assert not hit.missing


def test_search_from_another_thread(indexed: Library) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(indexed.search, ["cokau", "rene", "smad", "nuit"]))
    assert all(results)
