"""The rules of the reader's languages (mediakit.languages): no Qt, no window."""

from __future__ import annotations

import pytest

from mediakit import languages

SHIPPED = ["en", "fr"]
FRENCH_DESKTOP = ["fr-Latn-FR", "fr-FR", "fr-Latn", "fr"]  # QLocale("fr_FR").uiLanguages()


def test_the_interface_follows_the_system_then_english() -> None:
    assert languages.interface_language("", FRENCH_DESKTOP, SHIPPED) == "fr"
    assert languages.interface_language("", ["de-DE", "fr-FR"], SHIPPED) == "fr"  # LANGUAGE=de:fr
    assert languages.interface_language("", ["de-DE"], SHIPPED) == "en"  # nothing we ship
    assert languages.interface_language("", ["C"], SHIPPED) == "en"


def test_the_menus_choice_wins_over_the_system() -> None:
    assert languages.interface_language("en", FRENCH_DESKTOP, SHIPPED) == "en"
    assert languages.interface_language("fr", ["en-US"], SHIPPED) == "fr"
    assert languages.interface_language("xx", FRENCH_DESKTOP, SHIPPED) == "fr"  # no longer shipped


def test_a_c_locale_names_no_readers_language() -> None:
    assert languages.reader_language("", ["C"], SHIPPED) is None
    assert languages.reader_language("", [], SHIPPED) is None
    assert languages.reader_language("fr", ["C"], SHIPPED) == "fr"
    assert languages.reader_language("", ["de-DE"], SHIPPED) == "en"  # the interface it speaks


@pytest.mark.parametrize(
    ("kit", "remembered", "interface", "reading"),
    [
        (["fr", "en"], "en", "fr", "en"),  # remembered for this kit first
        (["fr", "en"], None, "en", "en"),  # else the interface language
        (["fr", "en"], None, None, "fr"),  # else the kit's first
        (["de", "it"], None, "en", "de"),  # the interface's is not the kit's
        (["fr", "en"], "de", "en", "en"),  # a remembered language the kit lost
        (["fr-CA", "en"], None, "fr", "fr-CA"),  # same language, as the kit spells it
        (["fr", "EN"], "en", None, "EN"),
    ],
)
def test_reading_language(
    kit: list[str], remembered: str | None, interface: str | None, reading: str
) -> None:
    assert languages.reading_language(kit, remembered, interface) == reading


def test_remembered_for_ignores_what_is_not_a_language() -> None:
    stored = {"roped": "en", "other": 3, "empty": ""}
    assert languages.remembered_for(stored, "roped") == "en"
    assert languages.remembered_for(stored, "other") is None
    assert languages.remembered_for(stored, "empty") is None
    assert languages.remembered_for(stored, "missing") is None


def test_subtitles_start_with_the_reading_language() -> None:
    assert languages.subtitle_order(["en", "de", "fr"], "de") == [1, 0, 2]
    assert languages.subtitle_order(["en", "fr"], "fr") == [1, 0]
    assert languages.subtitle_order(["en", "fr"], "it") == [0, 1]
    assert languages.subtitle_order([], "fr") == []


def test_the_show_gets_the_reading_languages_subtitles_unless_the_film_speaks_it() -> None:
    assert languages.show_subtitle(["fr", "en"], "en", "fr") == 1
    assert languages.show_subtitle(["fr", "en"], "fr", "fr") is None  # the film is in French
    assert languages.show_subtitle(["fr"], "en", "fr") is None  # no English subtitles
    assert languages.show_subtitle(["fr", "en"], "fr-CA", "fr") is None


@pytest.mark.parametrize(
    ("environ", "found"),
    [
        ({"LANG": "fr_FR.UTF-8"}, ["fr-FR"]),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, ["fr-FR"]),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "de:fr"}, ["de", "fr", "fr-FR"]),
        ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, []),  # glibc ignores LANGUAGE under C
        ({}, []),
    ],
)
def test_environment_languages(environ: dict[str, str], found: list[str]) -> None:
    assert languages.declared(languages.environment_languages(environ)) == found


def test_english_is_always_shipped() -> None:
    assert "en" in languages.shipped_languages()
