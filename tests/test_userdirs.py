"""The per-user folders: XDG on Linux, absolute values only, the window's places kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mediakit import userdirs
from mediakit.kit.archive import default_cache_root
from mediakit.media.thumbnails import default_cache_dir

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG is Linux's")


def test_xdg_variables_are_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CACHE", "CONFIG", "DATA"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    assert userdirs.cache_home() == tmp_path / "cache"
    assert userdirs.config_home() == tmp_path / "config"
    assert userdirs.data_home() == tmp_path / "data"
    assert default_cache_root() == tmp_path / "cache/mediakit/archives"
    assert default_cache_dir() == tmp_path / "cache/mediakit/mediakit/thumbnails"
    assert userdirs.app_config_dir() == tmp_path / "config/mediakit/mediakit"
    assert userdirs.app_data_dir() == tmp_path / "data/mediakit/mediakit"


def test_relative_or_empty_xdg_values_are_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    monkeypatch.delenv("XDG_DATA_HOME")
    assert userdirs.cache_home() == tmp_path / ".cache"
    assert userdirs.config_home() == tmp_path / ".config"
    assert userdirs.data_home() == tmp_path / ".local/share"
