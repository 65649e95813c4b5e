"""ROPED's people, awards and quotes' language, checked against the kit's own
French article (article.atck.fr.md) and its English translation: nothing the
article does not say."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.conftest import ROPED

FRENCH = (ROPED / "article.atck.fr.md").read_text(encoding="utf-8")
ENGLISH = (ROPED / "article.atck.en.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    data = yaml.safe_load((ROPED / "kit.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _unmarked(markdown: str) -> str:
    """The words of a markdown text without its emphasis."""
    return re.sub(r"\*([^*]+)\*", r"\1", markdown)


def test_the_quotes_were_said_in_french(manifest: dict[str, Any]) -> None:
    assert [quote["language"] for quote in manifest["quotes"]] == ["fr", "fr"]


def test_the_people_are_the_articles_three(manifest: dict[str, Any]) -> None:
    people = manifest["people"]
    assert [p["name"] for p in people] == ["Cokau", "Fabrice Smadja (AOC)", "Adrien Kamir"]
    roles = [[(r["fr"], r["en"]) for r in p["roles"]] for p in people]
    assert roles == [
        [("Duo de réalisateurs", "Directing duo")],
        [("Musique originale et sound design", "Original music and sound design")],
        [("Producteur et associé", "Producer and associate")],
    ]
    # The article's own words for each: "Le duo de réalisateurs Cokau", "signés
    # Fabrice Smadja (AOC)", "Adrien Kamir, producteur et associé".
    assert "duo de réalisateurs Cokau" in FRENCH
    assert "sound design, signés Fabrice Smadja (AOC)" in FRENCH
    assert "Adrien Kamir, producteur et associé" in FRENCH
    # The article says nothing else of the other two: no biography, photo or filmography.
    assert [set(p) for p in people[1:]] == [{"name", "roles"}, {"name", "roles"}]


def test_cokaus_biography_is_the_articles_words(manifest: dict[str, Any]) -> None:
    bio = manifest["people"][0]["bio"]
    assert _unmarked(bio["fr"]) in FRENCH  # character for character, emphasis aside
    assert _unmarked(bio["en"]) in ENGLISH  # the kit's translation of the same paragraph
    assert "'" not in bio["fr"]  # the article's apostrophes are typographic (U+2019)


def test_every_filmography_title_is_named_in_the_article(manifest: dict[str, Any]) -> None:
    works = manifest["people"][0]["filmography"]
    for work in works:
        title = work["title"]
        french, english = (title, title) if isinstance(title, str) else (title["fr"], title["en"])
        assert french in FRENCH, french
        assert english in ENGLISH, english
    titles = [w["title"] if isinstance(w["title"], str) else w["title"]["fr"] for w in works]
    assert titles == ["Black Omen", "Purple Brain", "Gold Spell", "Paradoxe de Prada", "ROPED"]
    # The article dates nothing but ROPED (published in 2025, the kit's year).
    assert [w.get("year") for w in works] == [None, None, None, None, 2025]
    assert manifest["year"] == 2025


def test_the_kinds_are_the_articles(manifest: dict[str, Any]) -> None:
    kinds = [w["kind"]["fr"] for w in manifest["people"][0]["filmography"]]
    assert kinds == ["Film expérimental"] * 3 + ["Campagne (parfum)", "Court-métrage"]
    assert "films expérimentaux Black Omen, Purple Brain et Gold Spell" in FRENCH
    assert "campagnes" in FRENCH and "le parfum Paradoxe de Prada" in FRENCH
    assert "court-métrage" in FRENCH


def test_no_awards_the_article_does_not_name(manifest: dict[str, Any]) -> None:
    assert "awards" not in manifest
    for word in ("festival", "prix", "sélection", "récompense"):
        assert word not in FRENCH.lower()
