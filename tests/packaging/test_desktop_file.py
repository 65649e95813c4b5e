"""The desktop entry is checked by the tool desktops themselves trust."""

from __future__ import annotations

import configparser
import shutil
import subprocess

import pytest

from tests.conftest import REPO

DESKTOP = REPO / "packaging" / "org.mediakit.MediaKit.desktop"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (apt install desktop-file-utils)",
)
def test_desktop_file_validates() -> None:
    run = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip() == "", run.stdout  # no hints or warnings either


def test_desktop_file_starts_mediakit_on_a_file() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "mediakit %f"
    assert section["Icon"] == DESKTOP.stem  # reverse-DNS name, matching the app id
