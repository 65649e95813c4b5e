"""Whole films that are slow or short, and slow ones cut short, for the probe and
``validate --deep`` tests (no tests here). Made once per session with ffmpeg.

A 1 fps film gets VLC's clock reports a second apart and ends once its last
picture is out; a 200 ms or 1-frame film ends before the clock moves at all:
neither may be judged cut short or undecodable.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.media.brokenfilms import NO_FFMPEG

H264 = ("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p")


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True, timeout=120)


def _pictures(rate: str, seconds: str) -> tuple[str, ...]:
    return ("-f", "lavfi", "-i", f"testsrc=size=320x180:rate={rate}:duration={seconds}")


def _cut_in_half(whole: Path, cut: Path) -> None:
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) // 2])


def make_odd_films(folder: Path) -> dict[str, Path]:
    """Whole: 1fps-5s.mp4, 1fps-5s.mkv, 200ms.mp4, 1-frame.mp4, 200ms-sound.m4a,
    25fps-4s.mkv; cut in half: 1fps-5s-half.mp4, 1fps-5s-half.mkv, 25fps-4s-half.mkv."""
    folder.mkdir(parents=True, exist_ok=True)
    films = {
        name: folder / name
        for name in (
            "1fps-5s.mp4", "1fps-5s.mkv", "200ms.mp4", "1-frame.mp4", "200ms-sound.m4a",
            "1fps-5s-half.mp4", "1fps-5s-half.mkv", "25fps-4s.mkv", "25fps-4s-half.mkv",
        )
    }  # fmt: skip
    faststart = ("-movflags", "+faststart")  # the index first: a cut copy keeps it whole
    _ffmpeg(*_pictures("1", "5"), *H264, *faststart, str(films["1fps-5s.mp4"]))
    _ffmpeg(*_pictures("1", "5"), *H264, str(films["1fps-5s.mkv"]))
    _ffmpeg(*_pictures("25", "0.2"), *H264, *faststart, str(films["200ms.mp4"]))
    _ffmpeg(*_pictures("25", "1"), "-frames:v", "1", *H264, *faststart, str(films["1-frame.mp4"]))
    _ffmpeg(
        "-f", "lavfi", "-i", "sine=frequency=440:duration=0.2", "-c:a", "aac", *faststart,
        str(films["200ms-sound.m4a"]),
    )  # fmt: skip
    _ffmpeg(*_pictures("25", "4"), *H264, str(films["25fps-4s.mkv"]))
    for name in ("1fps-5s.mp4", "1fps-5s.mkv", "25fps-4s.mkv"):
        whole = films[name]
        _cut_in_half(whole, whole.with_name(f"{whole.stem}-half{whole.suffix}"))
    return films


@pytest.fixture(scope="session")
def odd_films(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if NO_FFMPEG:
        pytest.skip(NO_FFMPEG)
    return make_odd_films(tmp_path_factory.mktemp("odd-films"))


# One short film per container a kit's film may come in (suffix -> codec).
CONTAINERS = {
    ".avi": "mpeg4",
    ".ogv": "libtheora",
    ".mpg": "mpeg2video",
    ".ts": "mpeg2video",
    ".webm": "libvpx",
    ".mov": "libx264",
}


@pytest.fixture(scope="session")
def container_films(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A 1 s film in each of CONTAINERS, made once per session."""
    if NO_FFMPEG is not None:
        pytest.skip(NO_FFMPEG)
    folder = tmp_path_factory.mktemp("container-films")
    films = {}
    for suffix, codec in CONTAINERS.items():
        films[suffix] = folder / f"film{suffix}"
        _ffmpeg(*_pictures("25", "1"), "-c:v", codec, str(films[suffix]))
    return films
