"""The kit's problems in French: every template has a finished French entry with
the same fields, and the command line prints a bad kit's problems in French (the
place and field kept as they are). The window: tests/gui/test_french_problems.py."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mediakit.kit.message import CONTEXT, Template, fields
from mediakit.kit.problems import all_templates
from mediakit.media import credentials_words
from tests.conftest import REPO, run_mediakit

FRENCH_TS = REPO / "translations" / "mediakit_fr.ts"
FRENCH = {"LANGUAGE": "fr", "LANG": "fr_FR.UTF-8", "LC_ALL": ""}
NBSP = "\u00a0"


def every_template() -> list[Template]:
    """The kit's templates and the media's words about Content Credentials."""
    return [*all_templates(), *credentials_words.templates()]


def french_problems() -> dict[str, ET.Element]:
    root = ET.parse(FRENCH_TS).getroot()
    return {
        message.findtext("source") or "": message
        for context in root.iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }


@pytest.mark.parametrize("template", every_template(), ids=lambda t: t.id)
def test_every_template_has_a_finished_french_translation(template: Template) -> None:
    entry = french_problems().get(template.text)
    assert entry is not None, "run: bash scripts/translations.sh update, then translate"
    translation = entry.find("translation")
    assert translation is not None and translation.get("type") is None
    assert translation.text and fields(translation.text) == fields(template.text)


@pytest.fixture
def bad_kit(tmp_path: Path) -> Path:
    (tmp_path / "kit.yaml").write_text("mediakit: 1\nid: bad\ntitle: Bad\ntitel: x\n")
    return tmp_path


def test_the_command_line_prints_a_problem_in_french(bad_kit: Path) -> None:
    run = run_mediakit("validate", str(bad_kit), env={**os.environ, **FRENCH})
    assert run.returncode == 1
    assert run.stdout.splitlines()[0] == (
        f"{bad_kit}/kit.yaml:4:1: titel: clé inconnue «{NBSP}titel{NBSP}»\u202f; "
        f"vouliez-vous dire «{NBSP}title{NBSP}»\u202f?"
    )


def test_the_command_line_stays_english_in_the_c_locale(bad_kit: Path) -> None:
    run = run_mediakit("validate", str(bad_kit), env={**os.environ, "LC_ALL": "C.UTF-8"})
    assert run.stdout.splitlines()[0] == (
        f"{bad_kit}/kit.yaml:4:1: titel: unknown key 'titel'; did you mean 'title'?"
    )
