"""``mediakit library add | list | remove``: exit statuses, lines and --json's shape."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROPED, run_mediakit
from tests.library.helpers import packed, rene_kit


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}


def mediakit(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_mediakit(*args, env=env)


def test_add_list_remove(tmp_path: Path, env: dict[str, str]) -> None:
    kits = tmp_path / "kits"
    rene_kit(kits / "rene")
    archive = packed(ROPED, kits / "roped.mediakit")
    done = mediakit(env, "library", "add", str(kits), str(ROPED / "kit.yaml"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert f"indexed  La Nuit de René  {kits / 'rene'}" in lines
    assert f"indexed  ROPED  {archive}" in lines
    assert f"indexed  ROPED  {ROPED}" in lines
    assert (tmp_path / "data" / "mediakit" / "mediakit" / "library" / "index.sqlite3").is_file()

    again = mediakit(env, "library", "add", str(ROPED))
    assert again.returncode == 0 and again.stdout.startswith("unchanged  ROPED")

    listed = mediakit(env, "library", "list", "--json")
    assert listed.returncode == 0
    kits_json = json.loads(listed.stdout)
    assert [k["title"] for k in kits_json] == ["La Nuit de René", "ROPED", "ROPED"]
    assert set(kits_json[0]) == {
        "title", "path", "kind", "year", "runtime", "languages", "makers", "ai_used", "signed",
        "archive", "missing", "problem", "thumbnail",
    }  # fmt: skip
    packed_json = next(k for k in kits_json if k["archive"])
    assert packed_json["thumbnail"] == {"path": str(archive), "member": "film/poster.jpg"}
    assert packed_json["year"] == 2025 and packed_json["languages"] == ["fr", "en"]
    assert packed_json["makers"] == "Cokau" and packed_json["ai_used"] is True
    assert packed_json["signed"] is False  # an archive without a signature entry
    rene_json = kits_json[0]
    assert rene_json["makers"] == "Zoë Ångström" and rene_json["ai_used"] is False
    assert rene_json["signed"] is None  # a folder

    text = mediakit(env, "library", "list")
    assert f"ROPED — Court-métrage · 2025  {ROPED}" in text.stdout.splitlines()

    removed = mediakit(env, "library", "remove", str(kits))
    assert removed.returncode == 0
    left = json.loads(mediakit(env, "library", "list", "--json").stdout)
    assert [k["path"] for k in left] == [str(ROPED)]
    assert mediakit(env, "library", "remove", str(kits)).returncode == 1


def test_a_kit_with_problems_exits_1_and_is_listed(tmp_path: Path, env: dict[str, str]) -> None:
    kit = rene_kit(tmp_path / "rene")
    (kit / "stills" / "a.jpg").unlink()
    done = mediakit(env, "library", "add", str(kit))
    assert done.returncode == 1
    assert f"{kit}/kit.yaml:" in done.stdout and "stills[0].file" in done.stdout
    (entry,) = json.loads(mediakit(env, "library", "list", "--json").stdout)
    assert entry["title"] == "rene" and "stills[0].file" in entry["problem"]


def test_missing_kits_are_said(tmp_path: Path, env: dict[str, str]) -> None:
    kit = rene_kit(tmp_path / "kits" / "rene")
    assert mediakit(env, "library", "add", str(tmp_path / "kits")).returncode == 0
    kit.rename(tmp_path / "gone")
    done = mediakit(env, "library", "add", str(tmp_path / "kits"))  # refreshes the folder
    assert done.returncode == 1 and done.stdout.startswith("missing")
    listed = mediakit(env, "library", "list")
    assert "(missing)" in listed.stdout
    assert json.loads(mediakit(env, "library", "list", "--json").stdout)[0]["missing"] is True


def test_usage_errors_exit_2(tmp_path: Path, env: dict[str, str]) -> None:
    assert mediakit(env, "library").returncode == 2
    assert mediakit(env, "library", "add").returncode == 2
    nowhere = mediakit(env, "library", "add", str(ROPED), str(tmp_path / "nowhere"))
    assert nowhere.returncode == 2 and "no such file or folder" in nowhere.stderr
    assert json.loads(mediakit(env, "library", "list", "--json").stdout) == []  # nothing done


def test_a_damaged_index_is_said_and_rebuilt(tmp_path: Path, env: dict[str, str]) -> None:
    folder = tmp_path / "data" / "mediakit" / "mediakit" / "library"
    folder.mkdir(parents=True)
    (folder / "index.sqlite3").write_bytes(b"garbage" * 1000)
    done = mediakit(env, "library", "add", str(ROPED))
    assert done.returncode == 0
    assert "damaged" in done.stderr and "set aside" in done.stderr
    assert "Traceback" not in done.stderr
