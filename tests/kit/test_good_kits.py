"""Kits that follow the format load with exactly what they say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediakit.kit import load
from mediakit.kit.manifest.export import kit_to_json
from mediakit.kit.manifest.model import Kit, Text
from tests.conftest import ROPED
from tests.kit.helpers import FULL, MINIMAL, formatted, full_files, image_bytes, load_text


def loaded(result_kit: Kit | None) -> Kit:
    assert result_kit is not None
    return result_kit


def test_minimal_kit(tmp_path: Path) -> None:
    result = load_text(tmp_path, MINIMAL)
    assert result.problems == ()
    kit = loaded(result.kit)
    assert (kit.id, kit.version, kit.title, kit.languages) == (
        "test-kit",
        1,
        Text({"en": "Test"}),
        ("en",),
    )
    assert kit.root == tmp_path.absolute()


def test_load_accepts_the_manifest_path(tmp_path: Path) -> None:
    folder = tmp_path / "kit"
    load_text(folder, MINIMAL)
    result = load(folder / "kit.yaml")
    assert loaded(result.kit).root == folder


def test_full_kit(tmp_path: Path) -> None:
    result = load_text(tmp_path, FULL, full_files())
    assert formatted(result) == []
    kit = loaded(result.kit)
    assert kit.languages == ("fr", "en")
    assert kit.kind == Text({"fr": "Court-métrage", "en": "Short film"})
    assert (kit.year, kit.runtime) == (2025, "12:05")
    assert kit.synopsis == Text({
        "fr": "Une femme traverse des paysages *hostiles*.\n",
        "en": "A woman crosses *hostile* landscapes.",
    })  # fmt: skip
    assert kit.statement == Text({"fr": "Why I made it.\n", "en": "Why I made it."})  # no BOM
    assert kit.text_files["synopsis"]["fr"].written == "synopsis.fr.md"
    assert kit.text_files["statement"]["fr"].path == (tmp_path / "statement.md").resolve()
    assert [c.names for c in kit.credits] == [("Jane Doe",), ("John Roe", "Ann Poe")]
    assert kit.quotes[0].date == "2025-09-03"
    article = kit.articles[0]
    assert article.body.pick("fr") == "# La corde\n\nUn film rare.\n"
    assert article.body_files["fr"].written == "article.fr.md"
    assert [s.file.written for s in kit.stills] == ["stills/01.jpg", "stills/02.png"]
    film = kit.film
    assert film is not None and film.trailer is not None and film.poster is not None
    assert [(s.language, s.file.written) for s in film.subtitles] == [
        ("en", "film/roped.en.srt"), ("fr", "film/roped.fr.vtt")
    ]  # fmt: skip
    assert kit.specs[0].value == Text({"fr": "5.1"})
    assert kit.contacts[0].phone == "+33 1 23 45 67 89"
    assert [s.show for s in kit.presentation][-3:] == ["still:2", "film", "trailer"]
    assert kit.presentation[0].notes == Text({"fr": "Say hello."})


def test_yaml_1_2_core_schema(tmp_path: Path) -> None:
    """`no` stays Norwegian, 2:05 a string, 1917 a title, 5.10 as written."""
    result = load_text(tmp_path, """\
        mediakit: 1
        id: k
        title: 1917
        runtime: 2:05
        languages: [no, en]
        kind: {no: Kortfilm, en: yes}
        specs:
          - {label: {no: Lyd, en: Sound}, value: 5.10}
          - {label: {no: Farge, en: Color}, value: on}
        """)  # fmt: skip
    assert formatted(result) == []
    kit = loaded(result.kit)
    assert kit.title == Text({"no": "1917"})
    assert kit.runtime == "2:05"
    assert kit.languages == ("no", "en")
    assert kit.kind == Text({"no": "Kortfilm", "en": "yes"})
    assert kit.specs[0].value == Text({"no": "5.10"})
    assert kit.specs[1].value == Text({"no": "on"})


def test_merge_keys(tmp_path: Path) -> None:
    result = load_text(tmp_path, """\
        mediakit: 1
        id: k
        title: T
        x-roles:
          director: &director {role: Director, names: [Jane Doe]}
        credits:
          - *director
          - <<: *director
            names: [John Roe]
        """)  # fmt: skip
    assert formatted(result) == []
    credits = loaded(result.kit).credits
    assert [(c.role.pick(None), c.names) for c in credits] == [
        ("Director", ("Jane Doe",)), ("Director", ("John Roe",))
    ]  # fmt: skip


def test_x_keys_are_kept_out(tmp_path: Path) -> None:
    result = load_text(
        tmp_path,
        MINIMAL
        + """\
x-producer: {budget: 12}
credits:
  - {role: {en: Director, x-note: main}, names: [A], x-order: 1}
synopsis: {file: s.md, x-draft: true}
""",
        {"s.md": "Story"},
    )
    assert formatted(result) == []
    kit = loaded(result.kit)
    assert kit.credits[0].role == Text({"en": "Director"})
    exported = json.dumps(kit_to_json(kit))
    assert "x-" not in exported and "budget" not in exported


def test_byte_order_mark(tmp_path: Path) -> None:
    from tests.kit.helpers import make_kit

    result = load(make_kit(tmp_path, "\ufeff" + MINIMAL))
    assert formatted(result) == []


def test_crlf_line_ends(tmp_path: Path) -> None:
    from tests.kit.helpers import make_kit

    result = load(make_kit(tmp_path, MINIMAL.replace("\n", "\r\n") + "year: x\r\n"))
    assert [p.format() for p in result.errors] == [
        "kit.yaml:4:7: year: expected a whole number like 2025, got a string ('x')"
    ]


def test_image_format_is_sniffed_not_named(tmp_path: Path) -> None:
    """A PNG named .jpg, a WebP and a TIFF are all stills."""
    result = load_text(tmp_path, MINIMAL + """\
stills:
  - {file: a.jpg, alt: a}
  - {file: b.webp, alt: b}
  - {file: c.tif, alt: c}
""", {"a.jpg": image_bytes("PNG"), "b.webp": image_bytes("WEBP"),
      "c.tif": image_bytes("TIFF")})  # fmt: skip
    assert formatted(result) == []


def test_link_inside_the_kit_is_fine(tmp_path: Path) -> None:
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "real.jpg").write_bytes(image_bytes())
    (tmp_path / "alias.jpg").symlink_to("media/real.jpg")
    result = load_text(tmp_path, MINIMAL + "stills: [{file: alias.jpg, alt: a}]\n")
    assert formatted(result) == []
    assert loaded(result.kit).stills[0].file.path == (tmp_path / "media/real.jpg").resolve()


def test_unicode_file_names(tmp_path: Path) -> None:
    result = load_text(
        tmp_path,
        MINIMAL + "stills: [{file: stills/désert 01.jpg, alt: a}]\n",
        {"stills/désert 01.jpg": image_bytes()},
    )
    assert formatted(result) == []


def test_export_full_kit(tmp_path: Path) -> None:
    kit = loaded(load_text(tmp_path, FULL, full_files()).kit)
    data = kit_to_json(kit)
    json.dumps(data)  # JSON-ready
    assert list(data)[:4] == ["mediakit", "id", "title", "kind"]
    assert data["mediakit"] == 1
    assert data["title"] == {"fr": "La Corde", "en": "Roped"}
    assert data["synopsis"]["fr"] == "Une femme traverse des paysages *hostiles*.\n"
    assert data["statement"] == {"fr": "Why I made it.\n", "en": "Why I made it."}
    assert data["articles"][0]["body"] == {"fr": "# La corde\n\nUn film rare.\n"}
    assert data["stills"][0] == {
        "file": "stills/01.jpg", "caption": {"fr": "Le désert", "en": "The desert"},
        "credit": "© Jane Doe",
        "alt": {"fr": "Une femme dans le désert", "en": "A woman in the desert"},
    }  # fmt: skip
    assert data["film"]["subtitles"][1] == {"language": "fr", "file": "film/roped.fr.vtt"}
    assert data["presentation"][0] == {"show": "title", "notes": {"fr": "Say hello."}}
    assert data["quotes"][0]["date"] == "2025-09-03"


def test_export_minimal_kit(tmp_path: Path) -> None:
    kit = loaded(load_text(tmp_path, MINIMAL).kit)
    assert kit_to_json(kit) == {
        "mediakit": 1, "id": "test-kit", "title": {"en": "Test"}, "languages": ["en"]
    }  # fmt: skip


@pytest.mark.skipif(not (ROPED / "kit.yaml").exists(), reason="kits/roped is not written yet")
def test_roped_kit_loads_clean() -> None:
    result = load(ROPED)
    assert [p.format() for p in result.problems] == []
    assert result.kit is not None


def test_load_text_reads_edited_text_files_instead_of_the_disk() -> None:
    from mediakit.kit import load_text as load_edited
    from mediakit.kit.manifest import limits

    manifest = (ROPED / "kit.yaml").read_bytes()
    edited = load_edited(ROPED, manifest, {"synopsis.fr.md": b"Autre *synopsis*."})
    assert edited.problems == ()
    synopsis = loaded(edited.kit).synopsis
    assert synopsis is not None and synopsis.pick("fr") == "Autre *synopsis*."
    assert synopsis.pick("en") == (ROPED / "synopsis.en.md").read_text(encoding="utf-8")
    large = {"synopsis.fr.md": b"x" * (limits.TEXT_FILE_BYTES + 1)}
    too_large = load_edited(ROPED, manifest, large)
    assert [(p.field, p.severity.name) for p in too_large.problems] == [
        ("synopsis.fr.file", "ERROR")
    ]
