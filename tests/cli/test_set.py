"""``mediakit set``: one field changed and nothing else of the file, validated
before it is saved, refused (the file untouched) when it would break the kit
unless ``--draft``; archives are read-only."""

from __future__ import annotations

import difflib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROPED, run_mediakit


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    return Path(shutil.copytree(ROPED, tmp_path / "roped"))


def changed_lines(before: bytes, after: bytes) -> list[str]:
    lines = difflib.unified_diff(
        before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0
    )
    return list(lines)[2:]


def mediakit_set(kit: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_mediakit("set", str(kit), *args)


def assert_valid(kit: Path) -> None:
    run = run_mediakit("validate", str(kit))
    assert run.returncode == 0, run.stdout


def test_a_credit_name_changes_exactly_one_line(kit: Path) -> None:
    before = (kit / "kit.yaml").read_bytes()
    run = mediakit_set(kit, "credits[0].names[0]", "COKAU")
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"{kit}/kit.yaml: credits[0].names[0]: 'Cokau' → 'COKAU'\n"
    assert run.stderr == ""
    assert changed_lines(before, (kit / "kit.yaml").read_bytes()) == [
        "@@ -35 +35 @@",
        "-    names: [Cokau]",
        "+    names: [COKAU]",
    ]
    assert_valid(kit)


def test_yaml_adds_a_quote(kit: Path) -> None:
    quote = "{text: {fr: Superbe, en: Superb}, by: Le Monde, date: '2025-10-01'}"
    before = (kit / "kit.yaml").read_bytes()
    run = mediakit_set(kit, "quotes[3]", quote, "--yaml")
    assert run.returncode == 1
    assert run.stderr == f"mediakit: {kit}/kit.yaml: quotes has 2 items: there is no item 3\n"
    run = mediakit_set(kit, "quotes[2]", quote, "--yaml")  # one past the end: a new quote
    assert run.returncode == 0, run.stderr
    assert run.stdout == (
        f"{kit}/kit.yaml: quotes[2]: (none) → "
        '{text: {fr: Superbe, en: Superb}, by: Le Monde, date: "2025-10-01"}\n'
    )
    assert changed_lines(before, (kit / "kit.yaml").read_bytes()) == [
        "@@ -61,0 +62,5 @@",
        "+  - text:",
        "+      fr: Superbe",
        "+      en: Superb",
        "+    by: Le Monde",
        '+    date: "2025-10-01"',
    ]
    assert_valid(kit)


def test_yaml_turns_a_plain_text_into_languages(kit: Path) -> None:
    run = mediakit_set(kit, "title.en", "ROPED (the rope)")
    assert run.returncode == 0, run.stderr
    assert "title:\n  fr: ROPED\n  en: ROPED (the rope)\nkind:" in (kit / "kit.yaml").read_text()
    assert_valid(kit)


def test_delete_removes_the_field(kit: Path) -> None:
    before = (kit / "kit.yaml").read_bytes()
    run = mediakit_set(kit, "film.poster", "--delete")
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"{kit}/kit.yaml: film.poster: 'film/poster.jpg' → (deleted)\n"
    assert changed_lines(before, (kit / "kit.yaml").read_bytes()) == [
        "@@ -135 +134,0 @@",
        "-  poster: film/poster.jpg",
    ]
    assert_valid(kit)


def test_a_change_that_breaks_the_kit_is_refused_and_the_file_untouched(kit: Path) -> None:
    before = (kit / "kit.yaml").read_bytes()
    run = mediakit_set(kit, "year", "soon")  # a string where a whole number is expected
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.splitlines() == [
        f"{kit}/kit.yaml:10:7: year: expected a whole number like 2025, got a string ('soon')",
        f"{kit}/kit.yaml: not saved: the change leaves the kit with errors (--draft saves it)",
    ]
    assert (kit / "kit.yaml").read_bytes() == before


def test_draft_saves_it_and_says_so(kit: Path) -> None:
    run = mediakit_set(kit, "year", "soon", "--draft")
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith(f"warning: {kit}/kit.yaml:10:7: year: expected a whole number")
    assert run.stdout.splitlines() == [
        f"{kit}/kit.yaml: year: 2025 → 'soon'",
        f"{kit}/kit.yaml: saved as a draft: the kit has errors",
    ]
    assert "\nyear: soon\n" in (kit / "kit.yaml").read_text()
    assert run_mediakit("validate", str(kit)).returncode == 1


def test_a_draft_is_filled_field_by_field_without_draft(tmp_path: Path) -> None:
    """A draft's own errors are not the change's: filling one empty field is saved
    (the others still listed), but a change adding an error of its own is refused."""
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "kit.yaml").write_text(
        "mediakit: 1\nid: new\ntitle: New\nlanguages: [fr]\nlogline:\nsynopsis:\n"
    )
    run = mediakit_set(folder, "logline", "Une femme, une corde.")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        f"{folder}/kit.yaml: logline: (empty) → 'Une femme, une corde.'",
        f"{folder}/kit.yaml: saved as a draft: the kit has errors",
    ]
    assert "warning: " in run.stderr and "synopsis: expected a text" in run.stderr
    assert "\nlogline: Une femme, une corde.\n" in (folder / "kit.yaml").read_text()
    before = (folder / "kit.yaml").read_bytes()
    run = mediakit_set(folder, "year", "soon")
    assert run.returncode == 1
    assert run.stderr.splitlines()[0].endswith(
        "year: expected a whole number like 2025, got a string ('soon')"
    )
    assert "synopsis" not in run.stderr  # only what the change broke is said
    assert (folder / "kit.yaml").read_bytes() == before
    assert mediakit_set(folder, "synopsis", "Un court-métrage.").returncode == 0
    assert_valid(folder)


def test_an_archive_is_refused(kit: Path, tmp_path: Path) -> None:
    archive = tmp_path / "roped.mediakit"
    assert run_mediakit("pack", str(kit), "-o", str(archive)).returncode == 0
    run = run_mediakit("set", str(archive), "title", "X")
    assert run.returncode == 1
    assert run.stderr == (
        f"mediakit: {archive}: archives are read-only; unpack or edit the folder\n"
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("credits[x]", "A"), "credits[x]: not a field path: expected a list index like [0]"),
        (("title",), "VALUE is required (or --delete)"),
        (("title", "X", "--delete"), "--delete takes no VALUE"),
        (("title", "[unclosed", "--yaml"), "--yaml VALUE: "),
    ],
)
def test_a_wrong_command_line_is_exit_2(kit: Path, args: tuple[str, ...], said: str) -> None:
    before = (kit / "kit.yaml").read_bytes()
    run = mediakit_set(kit, *args)
    assert run.returncode == 2
    assert run.stderr.startswith(f"mediakit: {said}")
    assert (kit / "kit.yaml").read_bytes() == before


def test_a_missing_path_is_exit_2(tmp_path: Path) -> None:
    run = run_mediakit("set", str(tmp_path / "gone"), "title", "X")
    assert run.returncode == 2
    assert run.stderr == f"mediakit: {tmp_path / 'gone'}: no such file or folder\n"


def test_kit_yaml_itself_may_be_given_and_unchanged_values_are_not_written(kit: Path) -> None:
    manifest = kit / "kit.yaml"
    stamp = manifest.stat().st_mtime_ns
    run = run_mediakit("set", str(manifest), "title", "ROPED")
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"{kit}/kit.yaml: title: 'ROPED' → 'ROPED' (unchanged, not saved)\n"
    assert manifest.stat().st_mtime_ns == stamp
