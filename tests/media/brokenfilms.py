"""Broken films for the probe, ``validate --deep`` and film pane tests (no tests here).

Made once per session with ffmpeg: a sound 4 s clip with its index first
(``+faststart``, so a copy cut in half still has a whole header), and from
it the breakages a kit may carry.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.media.test_player_fakes import libvlc_reason

NO_VLC = libvlc_reason()
NO_FFMPEG = None if shutil.which("ffmpeg") else "ffmpeg is needed to make the test films"


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True, timeout=120)


def make_films(folder: Path) -> dict[str, Path]:
    """good.mp4, random.mp4, half.mp4, audio.m4a, unknown-codec.mkv in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    names = ("good.mp4", "random.mp4", "half.mp4", "audio.m4a", "unknown-codec.mkv", "good.mkv")
    films = {name: folder / name for name in names}
    _ffmpeg(
        "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25:duration=4",
        "-f", "lavfi", "-i", "sine=frequency=440:duration=4",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-shortest", "-movflags", "+faststart", str(films["good.mp4"]),
    )  # fmt: skip
    _ffmpeg(
        "-f", "lavfi", "-i", "sine=frequency=440:duration=4", "-c:a", "aac",
        "-movflags", "+faststart", str(films["audio.m4a"]),
    )  # fmt: skip
    _ffmpeg("-i", str(films["good.mp4"]), "-an", "-c", "copy", str(films["good.mkv"]))
    films["random.mp4"].write_bytes(random.Random(7).randbytes(500_000))
    data = films["good.mp4"].read_bytes()
    films["half.mp4"].write_bytes(data[: len(data) // 2])
    mkv = films["good.mkv"].read_bytes()
    codec = b"V_MPEG4/ISO/AVC"
    assert codec in mkv
    films["unknown-codec.mkv"].write_bytes(mkv.replace(codec, b"V_ZZZZZ/ISO/ZZZ", 1))
    return films


@pytest.fixture(scope="session")
def broken_films(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if NO_FFMPEG:
        pytest.skip(NO_FFMPEG)
    return make_films(tmp_path_factory.mktemp("films"))
