"""``--lang`` of info, validate and snapshot: checked in one place, and without
it the window's rule — the interface language if the kit has it, else the kit's first."""

from __future__ import annotations

import os
import subprocess

import pytest

from mediakit.languages import shipped_languages
from tests.conftest import run_mediakit

FRENCH = "ROPED — Court-métrage · 2025 · 2:00"
ENGLISH = "ROPED — Short film · 2025 · 2:00"


def mediakit(*args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    """``mediakit ARGS`` with the locale variables of ``environ`` only."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANG", "LANGUAGE") and not k.startswith("LC_")
    }
    return run_mediakit(*args, env=env | environ)


@pytest.mark.parametrize("command", ["info", "validate"])
def test_a_language_the_kit_lacks_is_one_line_and_exit_2(command: str) -> None:
    run = mediakit(command, "--lang", "de", "kits/roped", LANG="en_US.UTF-8")
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == "mediakit: --lang de: this kit has fr, en\n"


def test_a_language_the_kit_has_is_used() -> None:
    run = mediakit("info", "--lang", "en", "kits/roped", LANG="fr_FR.UTF-8")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == ENGLISH
    assert mediakit("validate", "--lang", "fr", "kits/roped").returncode == 0


@pytest.mark.parametrize(
    ("environ", "first_line"),
    [
        ({"LANG": "en_US.UTF-8"}, ENGLISH),  # the interface's, which the kit has
        # A French interface when its translation is compiled (scripts/translations.sh).
        ({"LANG": "fr_FR.UTF-8"}, FRENCH if "fr" in shipped_languages() else ENGLISH),
        ({"LANG": "de_DE.UTF-8"}, ENGLISH),  # no German interface: English, the kit has it
        ({"LANG": "C.UTF-8"}, FRENCH),  # no language named: the kit's first
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "en_GB.UTF-8"}, ENGLISH),
    ],
)
def test_without_lang_the_interface_language_if_the_kit_has_it(
    environ: dict[str, str], first_line: str
) -> None:
    run = mediakit("info", "kits/roped", **environ)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == first_line
