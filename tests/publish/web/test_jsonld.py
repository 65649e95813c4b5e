"""The schema.org Movie machines read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediakit.publish.web import export_site
from mediakit.publish.web.jsonld import iso_duration, movie, script_body
from tests.publish.web.helpers import read_tags, simple_kit


@pytest.mark.parametrize(
    ("runtime", "iso"),
    [("2:00", "PT2M"), ("1:32:05", "PT1H32M5S"), ("0:45", "PT45S"), ("10:00:00", "PT10H"),
     ("90", None), ("1:75", None), (None, None)],
)  # fmt: skip
def test_duration(runtime: str | None, iso: str | None) -> None:
    assert iso_duration(runtime) == iso


def test_movie_of_a_kit(tmp_path: Path) -> None:
    kit = simple_kit(tmp_path / "kit")
    data = movie(kit, "en", "media/stills/wide.jpg")
    assert data == {
        "@context": "https://schema.org",
        "@type": "Movie",
        "name": "The Film",
        "inLanguage": "en",
        "director": [{"@type": "Person", "name": "Ana Diaz"}],  # not the director of photography
        "duration": "PT1H32M5S",
        "dateCreated": "2024",
        "image": "media/stills/wide.jpg",
        "description": "A sentence.",
    }


def test_script_body_cannot_end_the_script() -> None:
    body = script_body({"name": "</script><!-- \u2028 & >"})
    assert "<" not in body and ">" not in body and "&" not in body and "\u2028" not in body
    assert json.loads(body)["name"] == "</script><!-- \u2028 & >"


def test_each_page_says_its_language(tmp_path: Path) -> None:
    site = export_site(simple_kit(tmp_path / "kit"), tmp_path / "site")
    for page, language, name in (
        ("index.html", "fr", "Le Film"),
        ("index.en.html", "en", "The Film"),
    ):
        data = json.loads(read_tags((site.folder / page).read_text("utf-8")).scripts[0])
        assert (data["inLanguage"], data["name"]) == (language, name)
        assert (site.folder / data["image"]).is_file()
