"""The command line speaks the interface language without loading Qt: its
messages come from the same .ts files, through mediakit.catalog."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mediakit import catalog
from tests.conftest import ROPED, run_mediakit

FRENCH = {"LANGUAGE": "fr", "LANG": "fr_FR.UTF-8", "LC_ALL": ""}


def mediakit(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_mediakit(*args, env={**os.environ, **env})


def test_a_french_reader_gets_french_errors() -> None:
    run = mediakit("info", "--lang", "de", str(ROPED), env=FRENCH)
    assert run.returncode == 2
    assert run.stderr == "mediakit: --lang de\u00a0: ce dossier de presse est en fr, en\n"


def test_the_c_locale_gets_english() -> None:
    run = mediakit("info", "--lang", "de", str(ROPED), env={"LC_ALL": "C.UTF-8"})
    assert run.stderr == "mediakit: --lang de: this kit has fr, en\n"


def test_french_without_qt() -> None:
    code = (
        "import sys; from mediakit.cli.main import main\n"
        "status = main(['verify', sys.argv[1]])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'\n"
        "sys.exit(status)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(ROPED)],
        capture_output=True,
        text=True,
        env={**os.environ, **FRENCH},
        timeout=60,
    )
    assert run.returncode == 2
    assert "est un dossier" in run.stderr


def test_the_catalogue_keeps_finished_singular_messages(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="fr">
<context><name>cli</name>
<message><source>done</source><translation>fait</translation></message>
<message><source>todo</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n file(s)</source>
<translation><numerusform>%n fichier</numerusform>
<numerusform>%n fichiers</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    out = tmp_path / "x.json"
    catalog.compile_ts(ts, out)
    assert json.loads(out.read_text(encoding="utf-8")) == {"cli\x04done": "fait"}


@pytest.mark.parametrize(
    ("count", "french", "english"),
    [(0, "one", "many"), (1, "one", "one"), (2, "many", "many")],
)
def test_counting_follows_the_language(
    monkeypatch: pytest.MonkeyPatch, count: int, french: str, english: str
) -> None:
    monkeypatch.setattr(catalog, "_language", lambda: "fr")
    assert catalog.counted(count, "one", "many") == french
    monkeypatch.setattr(catalog, "_language", lambda: "en")
    assert catalog.counted(count, "one", "many") == english
