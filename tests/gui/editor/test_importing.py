"""Files brought into a kit: copied under a free name, never over a file, never
from something that is not a regular file (a FIFO would block the worker)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mediakit.gui.editor.importing import bring_in


def test_a_still_is_copied_under_a_free_name(tmp_path: Path) -> None:
    kit = tmp_path / "kit"
    (kit / "stills").mkdir(parents=True)
    (kit / "stills" / "Scene.jpg").write_bytes(b"theirs")
    source = tmp_path / "Scene.jpg"
    source.write_bytes(b"mine")
    assert bring_in(kit, [source]) == ["stills/Scene-2.jpg"]
    assert (kit / "stills" / "Scene.jpg").read_bytes() == b"theirs"
    assert (kit / "stills" / "Scene-2.jpg").read_bytes() == b"mine"


def test_a_fifo_is_refused_without_waiting_and_leaves_nothing(tmp_path: Path) -> None:
    kit = tmp_path / "kit"
    kit.mkdir()
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    with pytest.raises(OSError):
        bring_in(kit, [fifo])
    assert list((kit / "stills").iterdir()) == []
