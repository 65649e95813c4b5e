"""`mediakit present` and `mediakit snapshot --present`: the commands, run
as the user runs them, in their own process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.conftest import REPO, ROPED


def mediakit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediakit", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def distinct_colours(image: QImage) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), 16)
            for y in range(0, image.height(), 16)
        }
    )


@pytest.mark.parametrize("size", ["1920x1080", "1024x768"])
def test_snapshot_of_an_audience_slide(tmp_path: Path, size: str) -> None:
    out = tmp_path / "slide.png"
    done = mediakit("snapshot", str(ROPED), "--present", "5", "-o", str(out), "--size", size)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert f"{image.width()}x{image.height()}" == size
    assert distinct_colours(image) > 20  # the still, not a black frame
    assert image.pixelColor(2, 2) == QColor("#000000")  # fitted on black


def test_snapshot_of_the_presenter_view(tmp_path: Path) -> None:
    out = tmp_path / "presenter.png"
    done = mediakit(
        "snapshot", str(ROPED), "--present", "3", "--presenter-view", "-o", str(out),
        "--size", "1024x768",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    assert distinct_colours(image) > 20


def test_snapshot_of_a_slide_the_kit_lacks(tmp_path: Path) -> None:
    done = mediakit("snapshot", str(ROPED), "--present", "99", "-o", str(tmp_path / "x.png"))
    assert done.returncode == 2
    assert "--present 99: the presentation has 14 slides" in done.stderr
    assert not (tmp_path / "x.png").exists()


def test_presenter_view_needs_a_slide(tmp_path: Path) -> None:
    done = mediakit("snapshot", str(ROPED), "--presenter-view", "-o", str(tmp_path / "x.png"))
    assert done.returncode == 2 and "--presenter-view needs --present" in done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "0"], "expected a number from 1"),
        (["--screen", "x"], "expected a number from 1"),
        (["--start", "40"], "--start 40: the presentation has 14 slides"),
        (["--lang", "de"], "--lang de: this kit has fr, en"),
    ],
)
def test_present_refuses_bad_arguments(args: list[str], message: str) -> None:
    done = mediakit("present", str(ROPED), *args)
    assert done.returncode == 2
    assert message in done.stderr


def test_present_a_missing_kit() -> None:
    done = mediakit("present", "/nonexistent/kit")
    assert done.returncode == 2 and "no such file or folder" in done.stderr
