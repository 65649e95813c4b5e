"""``mediakit snapshot --size`` is the window's logical size; under
``QT_SCALE_FACTOR=2`` the PNG keeps the device pixels (issue 12: any screen)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import run_mediakit

SIZE = ("--size", "640x400", "--section", "film")


def test_a_scale_2_snapshot_has_twice_the_pixels_each_way(tmp_path: Path) -> None:
    output = tmp_path / "film.png"
    env = os.environ | {"QT_SCALE_FACTOR": "2"}
    run = run_mediakit("snapshot", "kits/roped", "-o", str(output), *SIZE, env=env)
    assert run.returncode == 0, run.stderr
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1280, 800)
