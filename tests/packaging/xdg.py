"""Run the real freedesktop tools against a private XDG data folder.

GLib (``gio``) reads the shared-mime-info database from ``$XDG_DATA_HOME``
then ``$XDG_DATA_DIRS``; pointing the first at a temporary folder tests our
declaration as a desktop would see it, beside the system's own types.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

TIMEOUT = 60


def needs(tool: str, package: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        shutil.which(tool) is None, reason=f"{tool} is not installed (apt install {package})"
    )


def xdg_env(data_home: Path, tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        XDG_DATA_HOME=str(data_home),
        XDG_DATA_DIRS="/usr/local/share:/usr/share",  # the system types, e.g. application/zip
        XDG_CONFIG_HOME=str(tmp / "config"),  # no user mimeapps.list of ours
        GIO_USE_VFS="local",  # no gvfs daemon, no D-Bus
    )
    return env


def run(argv: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False
    )


def content_type(path: Path, data_home: Path, tmp: Path) -> str:
    """What GLib says ``path`` is, with ``data_home`` as the user's data folder."""
    out = run(["gio", "info", "-a", "standard::content-type", str(path)], xdg_env(data_home, tmp))
    assert out.returncode == 0, out.stderr
    for line in out.stdout.splitlines():
        key, _, value = line.strip().partition(": ")
        if key == "standard::content-type":
            return value
    raise AssertionError(f"gio gave no content type for {path}:\n{out.stdout}")


def zip_bytes(*names: str) -> bytes:
    """A ZIP archive whose entries come in the order given, as the packer writes them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            archive.writestr(name, f"content of {name}\n")
    return buffer.getvalue()


KIT_FIRST = ("kit.yaml", "stills/01.jpg", "checksums.sha256")
KIT_NOT_FIRST = ("article.md", "kit.yaml", "checksums.sha256")
PLAIN = ("readme.txt", "photo.jpg")
