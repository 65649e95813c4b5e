"""Finding kits in folders: kit folders and archives, bounded in depth and
entries, a link loop visited once, unreadable folders said and stepped over."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mediakit.kit.problems import library as say
from mediakit.library.scan import find_kits, kit_path
from tests.library.helpers import library, packed, rene_kit


def test_kits_and_archives_are_found_not_their_insides(tmp_path: Path) -> None:
    a = rene_kit(tmp_path / "kits" / "a")
    rene_kit(a / "stills" / "nested")  # inside a kit: its files, not another kit
    b = packed(a, tmp_path / "kits" / "deep" / "b.mediakit")
    (tmp_path / "kits" / "notes.txt").write_text("hello")
    rene_kit(tmp_path / "kits" / ".hidden" / "c")
    found = find_kits(tmp_path / "kits")
    assert found.kits == [a, b] and found.problems == []


def test_a_link_loop_ends(tmp_path: Path) -> None:
    kit = rene_kit(tmp_path / "kits" / "a")
    (tmp_path / "kits" / "loop").symlink_to(tmp_path / "kits")
    (tmp_path / "kits" / "sub").mkdir()
    (tmp_path / "kits" / "sub" / "up").symlink_to(tmp_path)
    found = find_kits(tmp_path / "kits")
    assert found.kits == [kit]


def test_depth_and_entries_are_bounded(tmp_path: Path) -> None:
    deep = tmp_path / "kits"
    for level in range(12):
        deep = deep / f"d{level}"
    rene_kit(deep)
    found = find_kits(tmp_path / "kits", max_depth=5)
    assert found.kits == []
    assert [p.message.template for p in found.problems] == [say.FOLDER_TOO_DEEP]
    many = tmp_path / "many"
    for i in range(30):
        (many / f"f{i:02}").mkdir(parents=True)
    found = find_kits(many, max_entries=10)
    assert [p.message.template for p in found.problems] == [say.FOLDER_TOO_MANY]


def test_an_unreadable_folder_is_said_and_stepped_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = rene_kit(tmp_path / "kits" / "a")
    closed = tmp_path / "kits" / "closed"
    closed.mkdir()
    real = os.scandir

    def scandir(path: Path) -> object:  # as for a folder of mode 000, even as root
        if Path(path) == closed:
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = find_kits(tmp_path / "kits")
    assert found.kits == [kit]
    assert [p.message.template for p in found.problems] == [say.FOLDER_UNREADABLE]
    assert found.problems[0].file == str(closed)
    assert "Permission denied" in found.problems[0].format()


def test_a_folder_that_is_not_there(tmp_path: Path) -> None:
    found = find_kits(tmp_path / "nowhere")
    assert found.kits == [] and found.problems[0].message.template is say.FOLDER_UNREADABLE
    report = library(tmp_path).add_folder(tmp_path / "nowhere")
    assert not report.ok


def test_kit_path(tmp_path: Path) -> None:
    kit = rene_kit(tmp_path / "a")
    assert kit_path(kit) == kit and kit_path(kit / "kit.yaml") == kit
    assert kit_path(tmp_path) is None and kit_path(tmp_path / "nowhere") is None
