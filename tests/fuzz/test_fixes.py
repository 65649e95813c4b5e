"""What the fuzzing and the hostile bench found, each fixed at its depth:
exact behaviour, beside the raw inputs replayed from regressions/."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.kit import load
from mediakit.kit.archive import verify
from tests.archive import helpers as h
from tests.kit.helpers import MINIMAL, errors, image_bytes, make_kit


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('id: "roped\\n"', "kit.yaml:2:5: id: 'roped\\x0a' is not a valid id"),
        ('languages: ["fr\\n"]', "kit.yaml:4:13: languages[0]: 'fr\\x0a' is not a language code"),
        ('runtime: "12:05\\n"', "kit.yaml:4:10: runtime: expected a running time like 12:05"),
        ('quotes: [{text: T, by: B, date: "2025-09-02\\n"}]', "kit.yaml:4:33: quotes[0].date:"),
        ('presentation: [{show: "title\\n"}]', "kit.yaml:4:23: presentation[0].show: 'title\\x0a'"),
    ],
)
def test_a_trailing_newline_does_not_pass_a_pattern(
    tmp_path: Path, line: str, expected: str
) -> None:
    """Python's ``$`` matches before a final newline: ``id: "roped\\n"`` used to load."""
    if line.startswith("id"):
        manifest = "mediakit: 1\n" + line + "\ntitle: Test\n"
    else:
        manifest = MINIMAL + line + "\n"
    found = errors(load(make_kit(tmp_path, manifest)))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_an_integer_of_thousands_of_digits_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    # int() refuses over 4,300 digits (ValueError): it reached the loader's safety net.
    found = errors(load(make_kit(tmp_path, MINIMAL + "year: " + "9" * 5000 + "\n")))
    assert found == [
        "kit.yaml:4:7: year: expected a whole number like 2025, got the number "
        "9999999999999999999999999999999999999..."
    ]


def test_a_slide_number_of_thousands_of_digits(tmp_path: Path) -> None:
    manifest = MINIMAL + "presentation: [{show: 'still:" + "9" * 5000 + "'}]\n"
    (found,) = errors(load(make_kit(tmp_path, manifest)))
    assert found.startswith("kit.yaml:4:23: presentation[0].show: the slide shows 'still:999")
    assert found.endswith("' but the kit has 0 stills")


def test_problems_escape_the_hidden_characters_of_keys_and_values(tmp_path: Path) -> None:
    manifest = MINIMAL + '"a\\nb\\u202ec\\td": 1\n'
    assert errors(load(make_kit(tmp_path, manifest))) == [
        "kit.yaml:4:1: a\\x0ab\\u202ec\\td: unknown key 'a\\x0ab\\u202ec\\td' "
        "(keys starting with x- are allowed for your own data)"
    ]


def test_archive_problems_escape_hidden_characters_in_entry_names(tmp_path: Path) -> None:
    # Such a name is allowed (the format: "any Unicode"); its problem prints on one line.
    name = "x\n\u202e.txt"
    archive = h.build(tmp_path / "a.mediakit", h.kit_entries(), extra=[(name, b"x")])
    lines = [p.format() for p in verify(archive).problems]
    assert lines == [f"{archive}: x\\x0a\\u202e.txt: unlisted entry: not in checksums.sha256"]


def test_each_folder_is_listed_once_per_load(tmp_path: Path, monkeypatch) -> None:
    """10,000 stills in one folder took 90 s: each path listed the folder again."""
    stills = "".join(f"  - {{file: stills/{n:03}.jpg, alt: A}}\n" for n in range(200))
    files: dict[str, bytes | str] = {f"stills/{n:03}.jpg": image_bytes() for n in range(200)}
    folder = make_kit(tmp_path, MINIMAL + "stills:\n" + stills + "  - {file: Stills/000.JPG}\n",
                      files)  # fmt: skip
    listed: list[Path] = []
    iterdir = Path.iterdir

    def counting(self: Path):
        listed.append(self)
        return iterdir(self)

    monkeypatch.setattr(Path, "iterdir", counting)
    result = load(folder)
    assert [p.format() for p in result.errors] == [
        "kit.yaml:205:12: stills[200].file: 'Stills/000.JPG' does not exist: the kit has "
        "'stills/000.jpg' (names must match exactly, capitals included)"
    ]
    assert sorted(listed) == sorted(set(listed)), "a folder was listed twice"
