"""The desktop entry is checked by the tool desktops themselves trust."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from mediakit.desktop import APP_ID, MIME_TYPE
from tests.conftest import REPO
from tests.packaging.xdg import needs, run

DESKTOP = REPO / "packaging" / f"{APP_ID}.desktop"


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


def test_desktop_file_opens_media_kits() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(DESKTOP, encoding="utf-8")
    types = entry["Desktop Entry"]["MimeType"]
    assert types.endswith(";")
    assert MIME_TYPE in types.split(";")
    # The type the entry claims is the one the shared-mime-info file declares.
    assert f'type="{MIME_TYPE}"' in (DESKTOP.parent / f"{APP_ID}.xml").read_text(encoding="utf-8")


@needs("update-desktop-database", "desktop-file-utils")
def test_desktop_database_maps_media_kits_to_mediakit(tmp_path: Path) -> None:
    applications = tmp_path / "applications"
    applications.mkdir()
    shutil.copyfile(DESKTOP, applications / DESKTOP.name)
    out = run(["update-desktop-database", str(applications)])
    assert out.returncode == 0 and out.stderr == "", out.stderr
    cache = (applications / "mimeinfo.cache").read_text(encoding="utf-8").splitlines()
    assert cache[0] == "[MIME Cache]"
    assert f"{MIME_TYPE}={DESKTOP.name};" in cache
