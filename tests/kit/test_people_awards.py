"""People, awards and a quote's language (kit-format.md, the additions to version 1):
read into the model, refused with line:column problems, in the JSON Schema
(with jsonschema and the real check-jsonschema), in ``info`` and ``info --json``,
and in the slide sequence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediakit.cli.info import summary
from mediakit.kit import load
from mediakit.kit.manifest.export import kit_to_json
from mediakit.kit.manifest.model import Kit, Text
from mediakit.kit.manifest.presentation import SlideSpec, build_sequence
from mediakit.kit.manifest.rules.people import AWARD_KEYS, PERSON_KEYS
from mediakit.kit.manifest.yamlread import read_yaml
from tests.cli.test_cli import mediakit
from tests.fuzz import manifest_strategies as ms
from tests.fuzz.conftest import FUZZ
from tests.fuzz.manifest_strategies import Tree
from tests.fuzz.properties import check_load, kept_on_failure, load_manifest
from tests.kit.helpers import MINIMAL, errors, formatted, image_bytes, make_kit
from tests.kit.test_schema import CHECK, _check_jsonschema, plain, validator

PEOPLE = """\
mediakit: 1
id: people
title: {fr: La Corde, en: The Rope}
languages: [fr, en]
quotes:
  - text: {fr: Un film rare., en: A rare film.}
    by: Le Monde
    language: fr
people:
  - name: Jane Doe
    roles:
      - {fr: Réalisatrice, en: Director}
      - {fr: Scénariste, en: Writer}
    bio:
      fr: {file: jane.fr.md}
      en: Born in *Lyon*.
    photo: people/jane.jpg
    filmography:
      - {title: First Light, year: 2019, kind: {fr: Court-métrage, en: Short film}}
      - title: {fr: Le Sel, en: Salt}
  - name: 1917
awards:
  - event: {fr: Festival de Clermont-Ferrand, en: Clermont-Ferrand Festival}
    year: 2026
    place: {fr: France, en: France}
  - event: Annecy
    year: 2025
    prize: {fr: Meilleur court-métrage, en: Best short}
presentation:
  - show: people
  - show: person:2
  - show: awards
x-agency: kept out
"""
FILES: dict[str, bytes | str] = {
    "jane.fr.md": "Née à *Lyon*.\n",
    "people/jane.jpg": image_bytes("JPEG"),
}


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    result = load(make_kit(tmp_path, PEOPLE, FILES))
    assert formatted(result) == []
    assert result.kit is not None
    return result.kit


# -- the model ----------------------------------------------------------------


def test_people_and_awards_are_read(kit: Kit) -> None:
    jane, other = kit.people
    assert jane.name == "Jane Doe"
    assert [role.values for role in jane.roles] == [
        {"fr": "Réalisatrice", "en": "Director"},
        {"fr": "Scénariste", "en": "Writer"},
    ]
    assert jane.bio == Text({"fr": "Née à *Lyon*.\n", "en": "Born in *Lyon*."})
    assert jane.photo is not None and jane.photo.written == "people/jane.jpg"
    assert [(w.title.values, w.year) for w in jane.filmography] == [
        ({"fr": "First Light"}, 2019),
        ({"fr": "Le Sel", "en": "Salt"}, None),
    ]
    assert other.name == "1917"  # a number where a string goes, as written
    selection, prize = kit.awards
    assert (selection.year, selection.prize) == (2026, None)
    assert prize.prize == Text({"fr": "Meilleur court-métrage", "en": "Best short"})
    assert kit.quotes[0].language == "fr"


def test_photos_and_biography_files_are_the_kits_files(kit: Kit) -> None:
    written = {file.written for file in kit.files()}
    assert {"people/jane.jpg", "jane.fr.md"} <= written


def test_a_quote_knows_which_text_is_the_original(kit: Kit) -> None:
    quote = kit.quotes[0]
    assert quote.original("fr") and quote.original("FR")
    assert not quote.original("en")


def test_the_shown_language_of_a_text() -> None:
    text = Text({"fr": "a", "en": "b"})
    assert text.picked("EN", ("fr", "en")) == "en"
    assert text.picked("de", ("fr", "en")) == "fr"
    assert Text({"en": "b"}).picked("de", ("fr",)) == "en"
    assert Text({}).picked("fr") is None


# -- problems, with their places ------------------------------------------------------

BAD: list[tuple[str, str, dict[str, bytes | str], list[str]]] = [
    (
        "people-not-a-list",
        "people: Jane\n",
        {},
        ["kit.yaml:4:9: people: expected a list of people, got a string ('Jane')"],
    ),
    (
        "person-not-a-mapping",
        "people:\n  - Jane\n",
        {},
        ["kit.yaml:5:5: people[0]: expected a person {name: …}, got a string ('Jane')"],
    ),
    (
        "person-without-name",
        "people:\n  - roles: [Director]\n",
        {},
        ["kit.yaml:5:5: people[0].name: a person needs a name"],
    ),
    (
        "person-unknown-key",
        "people:\n  - name: Jane\n    bios: x\n",
        {},
        ["kit.yaml:6:5: people[0].bios: unknown key 'bios'; did you mean 'bio'?"],
    ),
    (
        "roles-not-a-list",
        "people:\n  - name: Jane\n    roles: Director\n",
        {},
        ["kit.yaml:6:12: people[0].roles: expected a list of roles, got a string ('Director')"],
    ),
    (
        "role-bool",
        "people:\n  - name: Jane\n    roles: [true]\n",
        {},
        [
            "kit.yaml:6:13: people[0].roles[0]: expected a text (a string, or one per language "
            "like 'fr: …'), got 'true' (true/false)"
        ],
    ),
    (
        "photo-missing",
        "people:\n  - name: Jane\n    photo: jane.jpg\n",
        {},
        ["kit.yaml:6:12: people[0].photo: 'jane.jpg' does not exist in the kit folder"],
    ),
    (
        "photo-not-an-image",
        "people:\n  - name: Jane\n    photo: jane.jpg\n",
        {"jane.jpg": "not a picture"},
        ["kit.yaml:6:12: people[0].photo: 'jane.jpg' is not a JPEG, PNG, WebP or TIFF image"],
    ),
    (
        "photo-outside",
        "people:\n  - name: Jane\n    photo: ../jane.jpg\n",
        {},
        ["kit.yaml:6:12: people[0].photo: '../jane.jpg' leaves the kit folder"],
    ),
    (
        "bio-file-missing",
        "people:\n  - name: Jane\n    bio: {file: jane.md}\n",
        {},
        ["kit.yaml:6:17: people[0].bio.file: 'jane.md' does not exist in the kit folder"],
    ),
    (
        "filmography-not-a-list",
        "people:\n  - name: Jane\n    filmography: {title: A}\n",
        {},
        [
            "kit.yaml:6:18: people[0].filmography: expected a list of works, got a mapping "
            "(key: value)"
        ],
    ),
    (
        "work-without-title",
        "people:\n  - name: Jane\n    filmography: [{year: 2020}]\n",
        {},
        ["kit.yaml:6:19: people[0].filmography[0].title: a work in a filmography needs a title"],
    ),
    (
        "work-year-string",
        "people:\n  - name: Jane\n    filmography: [{title: A, year: '2020'}]\n",
        {},
        [
            "kit.yaml:6:36: people[0].filmography[0].year: expected a whole number like 2025, "
            "got a string ('2020')"
        ],
    ),
    (
        "work-unknown-key",
        "people:\n  - name: Jane\n    filmography: [{title: A, role: B}]\n",
        {},
        [
            "kit.yaml:6:30: people[0].filmography[0].role: unknown key 'role' (keys starting "
            "with x- are allowed for your own data)"
        ],
    ),
    (
        "awards-not-a-list",
        "awards: {event: Annecy}\n",
        {},
        ["kit.yaml:4:9: awards: expected a list of awards, got a mapping (key: value)"],
    ),
    (
        "award-without-event",
        "awards:\n  - {prize: Best short}\n",
        {},
        ["kit.yaml:5:5: awards[0].event: an award needs its event: the festival or the ceremony"],
    ),
    (
        "award-year-float",
        "awards:\n  - {event: Annecy, year: 2025.5}\n",
        {},
        ["kit.yaml:5:27: awards[0].year: expected a whole number like 2025, got the number 2025.5"],
    ),
    (
        "award-unknown-key",
        "awards:\n  - {event: Annecy, price: Best}\n",
        {},
        ["kit.yaml:5:21: awards[0].price: unknown key 'price'; did you mean 'prize'?"],
    ),
    (
        "quote-language-not-a-code",
        "quotes:\n  - {text: Bien, by: X, language: french_FR}\n",
        {},
        [
            "kit.yaml:5:35: quotes[0].language: 'french_FR' is not a language code like fr, en or "
            "pt-BR"
        ],
    ),
    (
        "quote-language-not-given",
        "languages: [fr, en]\nquotes:\n  - {text: {en: Good}, by: X, language: fr}\n",
        {},
        [
            "kit.yaml:6:41: quotes[0].language: the quote's text is not given in 'fr', the "
            "language its words were said in (it is given in en)"
        ],
    ),
    (
        "quote-language-plain-text-is-the-first-language",
        "languages: [fr, en]\nquotes:\n  - {text: Good, by: X, language: en}\n",
        {},
        [
            "kit.yaml:6:35: quotes[0].language: the quote's text is not given in 'en', the "
            "language its words were said in (it is given in fr)"
        ],
    ),
    (
        "slide-person-beyond",
        "people: [{name: Jane}]\npresentation:\n  - show: person:2\n",
        {},
        [
            "kit.yaml:6:11: presentation[0].show: the slide shows 'person:2' but the kit has 1 "
            "person"
        ],
    ),
    (
        "slide-person-none",
        "presentation:\n  - show: person:1\n",
        {},
        [
            "kit.yaml:5:11: presentation[0].show: the slide shows 'person:1' but the kit has 0 "
            "people"
        ],
    ),
    (
        "slide-people-absent",
        "presentation:\n  - show: people\n",
        {},
        ["kit.yaml:5:11: presentation[0].show: the slide shows 'people' but the kit has no people"],
    ),
    (
        "slide-awards-absent",
        "awards: []\npresentation:\n  - show: awards\n",
        {},
        ["kit.yaml:6:11: presentation[0].show: the slide shows 'awards' but the kit has no awards"],
    ),
    (
        "slide-person-zero",
        "people: [{name: Jane}]\npresentation:\n  - show: person:0\n",
        {},
        [
            "kit.yaml:6:11: presentation[0].show: 'person:0' is not something a slide can show: "
            "one of title, logline, synopsis, statement, ai_disclosure, credits, quotes, stills, "
            "film, trailer, people, awards, still:N, quote:N or person:N"
        ],
    ),
]


@pytest.mark.parametrize(
    ("manifest", "files", "expected"),
    [pytest.param(m, f, e, id=name) for name, m, f, e in BAD],
)
def test_problems_name_their_line_and_column(
    tmp_path: Path, manifest: str, files: dict[str, bytes | str], expected: list[str]
) -> None:
    result = load(make_kit(tmp_path, MINIMAL + manifest, files))
    assert errors(result) == expected
    assert result.kit is None


def test_every_problem_of_a_person_is_reported_at_once(tmp_path: Path) -> None:
    manifest = MINIMAL + (
        "people:\n  - roles: Director\n    photo: nowhere.jpg\n    filmography: [{kind: Short}]\n"
    )
    assert errors(load(make_kit(tmp_path, manifest))) == [
        "kit.yaml:5:5: people[0].name: a person needs a name",
        "kit.yaml:5:12: people[0].roles: expected a list of roles, got a string ('Director')",
        "kit.yaml:6:12: people[0].photo: 'nowhere.jpg' does not exist in the kit folder",
        "kit.yaml:7:19: people[0].filmography[0].title: a work in a filmography needs a title",
    ]


def test_a_biography_missing_a_language_is_a_warning(tmp_path: Path) -> None:
    manifest = MINIMAL + "languages: [fr, en]\npeople:\n  - {name: Jane, bio: {fr: Née à Lyon.}}\n"
    result = load(make_kit(tmp_path, manifest))
    assert result.kit is not None
    assert formatted(result) == [
        "kit.yaml:6:23: people[0].bio: not given in en (the kit's languages are fr, en)"
    ]


def test_a_kit_without_the_additions_is_read_as_before(tmp_path: Path) -> None:
    result = load(make_kit(tmp_path, MINIMAL + "quotes: [{text: Bien, by: X}]\n"))
    assert result.kit is not None
    assert (result.kit.people, result.kit.awards) == ((), ())
    assert result.kit.quotes[0].language is None and result.kit.quotes[0].original("de")


# -- the JSON Schema ----------------------------------------------------------------

SCHEMA_BAD = [
    ("person-no-name", MINIMAL + "people: [{roles: [Director]}]\n"),
    ("person-unknown", MINIMAL + "people: [{name: J, bios: x}]\n"),
    ("person-roles-string", MINIMAL + "people: [{name: J, roles: Director}]\n"),
    ("person-photo-absolute", MINIMAL + "people: [{name: J, photo: /j.jpg}]\n"),
    ("work-no-title", MINIMAL + "people: [{name: J, filmography: [{year: 2020}]}]\n"),
    ("work-year-string", MINIMAL + "people: [{name: J, filmography: [{title: A, year: x}]}]\n"),
    ("award-no-event", MINIMAL + "awards: [{prize: Best}]\n"),
    ("award-year-string", MINIMAL + "awards: [{event: A, year: '2025'}]\n"),
    ("award-unknown", MINIMAL + "awards: [{event: A, price: B}]\n"),
    ("quote-language-bad", MINIMAL + "quotes: [{text: a, by: b, language: french_FR}]\n"),
    ("slide-person-zero", MINIMAL + "presentation: [{show: 'person:0'}]\n"),
    ("slide-persons", MINIMAL + "presentation: [{show: persons}]\n"),
]


@pytest.mark.parametrize("manifest", [pytest.param(m, id=name) for name, m in SCHEMA_BAD])
def test_schema_and_loader_both_refuse(tmp_path: Path, manifest: str) -> None:
    assert errors(load(make_kit(tmp_path, manifest))), "the loader accepted it"
    assert not validator().is_valid(plain(read_yaml(manifest))), "the schema accepted it"


def test_schema_and_loader_both_accept_people_and_awards(tmp_path: Path) -> None:
    assert formatted(load(make_kit(tmp_path, PEOPLE, FILES))) == []
    assert list(validator().iter_errors(plain(read_yaml(PEOPLE)))) == []


@pytest.mark.skipif(not CHECK.exists(), reason="check-jsonschema is not installed")
def test_check_jsonschema_agrees(tmp_path: Path) -> None:
    good = make_kit(tmp_path / "kit", PEOPLE, FILES) / "kit.yaml"
    done = _check_jsonschema(tmp_path, [good])
    assert done.returncode == 0, done.stdout + done.stderr
    files = []
    for name, manifest in SCHEMA_BAD:
        file = tmp_path / f"{name}.yaml"
        file.write_text(manifest, "utf-8")
        files.append(file)
    done = _check_jsonschema(tmp_path, files)
    assert done.returncode == 1
    output = done.stdout + done.stderr
    assert [name for name, _m in SCHEMA_BAD if f"{name}.yaml::" not in output] == [], output


# -- info and info --json ---------------------------------------------------------------


def test_json_has_people_awards_and_the_quotes_language(kit: Kit) -> None:
    data = kit_to_json(kit)
    assert list(data)[-3:] == ["people", "awards", "presentation"]
    assert data["quotes"][0]["language"] == "fr"
    assert data["people"][0] == {
        "name": "Jane Doe",
        "roles": [{"fr": "Réalisatrice", "en": "Director"}, {"fr": "Scénariste", "en": "Writer"}],
        "bio": {"fr": "Née à *Lyon*.\n", "en": "Born in *Lyon*."},
        "photo": "people/jane.jpg",
        "filmography": [
            {"title": {"fr": "First Light"}, "year": 2019,
             "kind": {"fr": "Court-métrage", "en": "Short film"}},
            {"title": {"fr": "Le Sel", "en": "Salt"}},
        ],
    }  # fmt: skip
    assert data["people"][1] == {"name": "1917"}
    assert data["awards"] == [
        {"event": {"fr": "Festival de Clermont-Ferrand", "en": "Clermont-Ferrand Festival"},
         "year": 2026, "place": {"fr": "France", "en": "France"}},
        {"event": {"fr": "Annecy"}, "year": 2025,
         "prize": {"fr": "Meilleur court-métrage", "en": "Best short"}},
    ]  # fmt: skip
    assert "x-agency" not in json.dumps(data)


def test_info_json_on_the_command_line(tmp_path: Path) -> None:
    folder = make_kit(tmp_path, PEOPLE, FILES)
    done = mediakit("info", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [p["name"] for p in data["people"]] == ["Jane Doe", "1917"]
    assert data["awards"][1]["prize"]["en"] == "Best short"


def test_info_says_who_and_what_was_won(kit: Kit) -> None:
    lines = summary(kit, "en")
    assert lines[lines.index("People:") + 1 :][:2] == ["  Jane Doe — Director, Writer", "  1917"]
    assert lines[lines.index("Awards:") + 1 :][:2] == [
        "  Official selection — Clermont-Ferrand Festival 2026 (France)",
        "  Best short — Annecy 2025",
    ]


# -- the slide sequence ---------------------------------------------------------------


def test_people_is_a_slide_per_person_and_awards_one_card(kit: Kit) -> None:
    assert build_sequence(kit) == (
        SlideSpec("person", item=0, source="people"),
        SlideSpec("person", item=1, source="people"),
        SlideSpec("person", item=1, source="person:2"),
        SlideSpec("awards", source="awards"),
    )


# -- anything at all where people and awards go ------------------------------------

_FIELDS = ["people", "awards", *(f"people.{key}" for key in PERSON_KEYS),
           *(f"awards.{key}" for key in AWARD_KEYS), "people.filmography.title",
           "quotes.language"]  # fmt: skip


def _placed(field: str, value: Tree) -> Tree:
    """A minimal manifest with ``value`` at ``field`` (each list holding one item)."""
    top, *rest = field.split(".")
    placed: Tree = value
    for key in reversed(rest):
        placed = [{**({"name": "J"} if key != "name" else {}), key: placed}]
    if top == "quotes" and rest:
        placed = [{"text": "Bien", "by": "X", "language": value}]
    return {"mediakit": 1, "id": "fuzz", "title": "T", top: placed}


@pytest.fixture(scope="module")
def fuzz_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("people-fuzz")


@FUZZ
@given(field=st.sampled_from(_FIELDS), value=ms.documents(), flow=st.booleans())
def test_any_value_where_people_and_awards_go(
    fuzz_folder: Path, field: str, value: Tree, flow: bool
) -> None:
    data = ms.dump(_placed(field, value), flow, unicode=True).encode()
    with kept_on_failure("manifest", data):
        check_load(load_manifest(fuzz_folder, data))


def test_a_thousand_people_and_awards_are_read(tmp_path: Path) -> None:
    """The format's minimum (kit-format.md, "Limits"): 1,000 of each."""
    people = "".join(f"  - {{name: Person {n}, roles: [Role], bio: Bio}}\n" for n in range(1000))
    awards = "".join(f"  - {{event: Festival {n}, year: 2025}}\n" for n in range(1000))
    slides = "presentation:\n  - show: people\n  - show: awards\n  - show: person:1000\n"
    manifest = MINIMAL + "people:\n" + people + "awards:\n" + awards + slides
    result = load(make_kit(tmp_path, manifest))
    assert result.kit is not None, formatted(result)[:3]
    assert (len(result.kit.people), len(result.kit.awards)) == (1000, 1000)
    assert len(build_sequence(result.kit)) == 1002
