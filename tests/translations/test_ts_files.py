"""The .ts files are what pyside6-lupdate makes of the sources today, and the
French one is complete: a string added or changed in the code without
``scripts/translations.sh update`` fails here, and so does a French entry
left unfinished. The English file holds only the plural forms, all filled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def sources() -> list[str]:
    """As scripts/translations.sh lists them: every module, the kit domain's messages too."""
    src = REPO / "src" / "mediakit"
    return sorted(str(path) for path in src.rglob("*.py"))


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def unfinished(ts: Path) -> list[str]:
    found = []
    for context, source, message in messages(ts):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            found.append(f"{context}: {source!r}")
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each .ts file updated from today's sources, in a temporary copy."""
    if not LUPDATE.exists():
        pytest.fail(f"{LUPDATE} is missing: PySide6 installs it")
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for ts in sorted(TRANSLATIONS.glob("mediakit_*.ts")):
        copy = folder / ts.name
        shutil.copy(ts, copy)
        language = ts.stem.removeprefix("mediakit_")
        extra = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [str(LUPDATE), *sources(), "-no-obsolete", *extra, "-ts", str(copy)],
            check=True,
            capture_output=True,
        )
        copies[language] = copy
    return copies


def test_french_and_english_are_shipped(refreshed: dict[str, Path]) -> None:
    assert {"fr", "en"} <= refreshed.keys()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_ts_file_is_up_to_date_with_the_sources(
    refreshed: dict[str, Path], language: str
) -> None:
    """Same messages before and after lupdate: none new, none gone."""
    kept = {(c, s) for c, s, _ in messages(TRANSLATIONS / f"mediakit_{language}.ts")}
    fresh = {(c, s) for c, s, _ in messages(refreshed[language])}
    assert (sorted(fresh - kept), sorted(kept - fresh)) == ([], []), (
        "run: bash scripts/translations.sh update (then translate the new strings)"
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_entry_is_translated(refreshed: dict[str, Path], language: str) -> None:
    assert unfinished(refreshed[language]) == []


def test_english_holds_the_plural_forms(refreshed: dict[str, Path]) -> None:
    plurals = {source: message for _, source, message in messages(refreshed["en"])}
    assert "%n warning(s)" in plurals
    forms = [form.text for form in plurals["%n warning(s)"].iter("numerusform")]
    assert forms == ["%n warning", "%n warnings"]


def test_the_lint_sees_an_unfinished_entry(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<TS version="2.1" language="fr"><context><name>C</name>'
        "<message><source>Open</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>Close</source><translation>Fermer</translation></message>"
        "</context></TS>"
    )
    assert unfinished(ts) == ["C: 'Open'"]
