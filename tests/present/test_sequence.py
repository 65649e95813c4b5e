"""The presentation sequence and the deck: pure logic, no Qt."""

from __future__ import annotations

import dataclasses

import pytest

from mediakit.kit import load
from mediakit.kit.manifest.model import Film, Kit, KitFile, Slide, Text
from mediakit.kit.manifest.presentation import Deck, SlideSpec, build_sequence
from tests.conftest import ROPED


@pytest.fixture(scope="module")
def kit() -> Kit:
    result = load(ROPED)
    assert result.kit is not None
    return result.kit


def _without_presentation(kit: Kit) -> Kit:
    return dataclasses.replace(kit, presentation=())


def test_default_sequence_is_title_film_stills_quotes_credits(kit: Kit) -> None:
    slides = build_sequence(_without_presentation(kit))
    kinds = [s.kind for s in slides]
    assert kinds == ["title", "film"] + ["still"] * 6 + ["quote"] * 2 + ["credits"]
    assert [s.item for s in slides if s.kind == "still"] == list(range(6))
    assert all(s.notes is None for s in slides)


def test_default_sequence_skips_what_the_kit_lacks(kit: Kit) -> None:
    bare = dataclasses.replace(kit, presentation=(), film=None, stills=(), quotes=(), credits=())
    assert [s.kind for s in build_sequence(bare)] == ["title"]


def test_roped_presentation_has_notes_on_every_slide_it_names(kit: Kit) -> None:
    slides = build_sequence(kit)
    assert [s.source for s in slides][:5] == ["title", "logline", "synopsis", "film", "stills"]
    assert slides[-1].kind == "credits"
    for slide in slides:
        if slide.source != "stills" or slide.item == 0:
            assert slide.notes is not None, slide
            assert slide.notes.has("fr")
            assert slide.notes.has("en")


def test_groups_expand_with_notes_on_the_first_only(kit: Kit) -> None:
    notes = Text({"en": "breathe"})
    custom = dataclasses.replace(kit, presentation=(Slide("stills", notes), Slide("quotes")))
    slides = build_sequence(custom)
    assert [(s.kind, s.item) for s in slides] == [("still", i) for i in range(6)] + [
        ("quote", 0),
        ("quote", 1),
    ]
    assert slides[0].notes == notes
    assert all(s.notes is None for s in slides[1:])
    assert {s.source for s in slides} == {"stills", "quotes"}


def test_single_items_and_text_fields(kit: Kit) -> None:
    shows = ("still:3", "quote:2", "synopsis", "statement", "ai_disclosure", "logline")
    custom = dataclasses.replace(kit, presentation=tuple(Slide(s) for s in shows))
    slides = build_sequence(custom)
    assert slides[0] == SlideSpec("still", None, 2, None, "still:3")
    assert slides[1] == SlideSpec("quote", None, 1, None, "quote:2")
    assert [(s.kind, s.field) for s in slides[2:]] == [
        ("text", "synopsis"),
        ("text", "statement"),
        ("text", "ai_disclosure"),
        ("text", "logline"),
    ]


def test_trailer_only_when_the_film_has_one(kit: Kit) -> None:
    asked = dataclasses.replace(kit, presentation=(Slide("film"), Slide("trailer")))
    assert [s.kind for s in build_sequence(asked)] == ["film"]
    assert kit.film is not None
    trailer = KitFile("film/t.mp4", ROPED / "film" / "t.mp4")
    with_trailer = dataclasses.replace(asked, film=Film(kit.film.file, trailer=trailer))
    assert [s.kind for s in build_sequence(with_trailer)] == ["film", "trailer"]


def _deck(pages: dict[int, int] | None = None, count: int = 4) -> Deck:
    slides = [SlideSpec("title", source=str(i)) for i in range(count)]
    return Deck(slides, lambda i: (pages or {}).get(i, 1))


def test_deck_walks_pages_then_slides() -> None:
    deck = _deck({1: 3})
    visited = [deck.position]
    while deck.next():
        visited.append(deck.position)
    assert visited == [(0, 0), (1, 0), (1, 1), (1, 2), (2, 0), (3, 0)]
    assert deck.next() is False
    assert deck.position == (3, 0)
    back = [deck.position]
    while deck.previous():
        back.append(deck.position)
    assert back == list(reversed(visited))
    assert deck.previous() is False


def test_deck_upcoming_first_last_and_labels() -> None:
    deck = _deck({0: 2})
    assert deck.label == "1 / 4 · 1/2"
    assert deck.upcoming() == (deck.slides[0], 1)
    deck.next()
    assert deck.upcoming() == (deck.slides[1], 0)
    deck.last()
    assert deck.position == (3, 0)
    assert deck.label == "4 / 4"
    assert deck.upcoming() is None
    deck.first()
    assert deck.position == (0, 0)
    assert deck.current() is deck.slides[0]
    assert deck.count == 4


@pytest.mark.parametrize(("number", "moved", "position"), [(3, True, (2, 0)), (1, True, (0, 0)),
                         (0, False, (1, 0)), (5, False, (1, 0)), (-1, False, (1, 0))])  # fmt: skip
def test_deck_go_counts_from_one(number: int, moved: bool, position: tuple[int, int]) -> None:
    deck = _deck()
    deck.go(2)
    assert deck.go(number) is moved
    assert deck.position == position


def test_repaginate_keeps_the_slide_and_clamps_the_page() -> None:
    pages = {1: 5}
    deck = _deck(pages)
    deck.go(2)
    for _ in range(4):
        deck.next()
    assert deck.position == (1, 4)
    pages[1] = 2  # a bigger screen: fewer pages
    deck.repaginate()
    assert deck.position == (1, 1)
    pages[1] = 9
    deck.repaginate()
    assert deck.position == (1, 1)


def test_an_empty_deck_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one slide"):
        Deck([])
