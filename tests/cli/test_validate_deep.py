"""``validate --deep``: stills decoded in full, the film played by VLC, every finding named."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image

from mediakit.cli.main import main
from tests.kit.helpers import image_bytes, make_kit
from tests.media.brokenfilms import NO_VLC, broken_films

__all__ = ["broken_films"]

needs_vlc = pytest.mark.skipif(NO_VLC is not None, reason=NO_VLC or "")
TIMEOUT = "10"


def deep_kit(folder: Path, still: bytes, film: Path | bytes) -> Path:
    manifest = (
        "mediakit: 1\nid: deep\ntitle: Deep\n"
        "stills:\n  - {file: stills/a.jpg, alt: A still}\n"
        "film:\n  file: film/f.mp4\n  poster: film/poster.jpg\n"
    )
    data = film if isinstance(film, bytes) else film.read_bytes()
    files: dict[str, bytes | str] = {
        "stills/a.jpg": still,
        "film/f.mp4": data,
        "film/poster.jpg": image_bytes("JPEG", (64, 36)),
    }
    return make_kit(folder, manifest, files, dedent=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", "--deep", "--probe-timeout", TIMEOUT, *args])
    out, err = capsys.readouterr()
    return code, out, err


def jpeg(size: tuple[int, int] = (1200, 800)) -> bytes:
    return image_bytes("JPEG", size)


@pytest.mark.vlc
@needs_vlc
def test_roped_is_clean(capsys: pytest.CaptureFixture[str], roped: Path) -> None:
    code, out, err = run(capsys, str(roped))
    assert (code, err) == (0, "")
    assert out == f"{roped}: valid kit 'roped'\n"


@pytest.mark.vlc
@needs_vlc
def test_truncated_jpeg_is_a_warning(capsys, tmp_path: Path, broken_films) -> None:
    data = jpeg()
    kit = deep_kit(tmp_path / "k", data[: len(data) // 2], broken_films["good.mp4"])
    code, out, err = run(capsys, str(kit))
    assert (code, err) == (0, "")
    assert out == (
        f"warning: {kit}/stills/a.jpg: the image data is cut short: only its top part shows "
        "(the rest is grey)\n"
        f"{kit}: valid kit 'deep' (1 warning)\n"
    )


@pytest.mark.vlc
@needs_vlc
def test_random_bytes_behind_a_jpeg_signature_are_an_error(capsys, tmp_path, broken_films) -> None:
    garbage = b"\xff\xd8\xff\xe0" + random.Random(3).randbytes(50_000)
    kit = deep_kit(tmp_path / "k", garbage, broken_films["good.mp4"])
    code, out, err = run(capsys, str(kit))
    assert code == 1 and err == ""
    assert out.startswith(f"{kit}/stills/a.jpg: cannot be decoded in full: ")


def test_random_bytes_as_jpg_fail_plain_validate_too(capsys, tmp_path: Path) -> None:
    kit = deep_kit(tmp_path / "k", random.Random(4).randbytes(5000), b"film")
    code, out, _err = run(capsys, str(kit))
    assert code == 1
    assert "stills[0].file: 'stills/a.jpg' is not a JPEG, PNG, WebP or TIFF image" in out


@pytest.mark.vlc
@needs_vlc
def test_a_150_megapixel_png_decodes_without_a_warning(capsys, tmp_path, broken_films) -> None:
    path = tmp_path / "big.png"
    Image.new("L", (15_000, 10_000), 90).save(path, compress_level=1)
    kit = deep_kit(tmp_path / "k", path.read_bytes(), broken_films["good.mp4"])
    path.unlink()
    code, _out, err = run(capsys, str(kit))  # filterwarnings=error: a Pillow warning fails
    assert (code, err) == (0, "")


@pytest.mark.vlc
@needs_vlc
@pytest.mark.parametrize(
    ("film", "message"),
    [
        ("random.mp4", "f.mp4: VLC cannot play it: VLC found no picture or sound it can decode "
                       "(VLC: lost synchro"),
        ("half.mp4", "f.mp4: VLC cannot play it: the film stops before its end (cut short?) "
                     "(VLC: "),
        ("unknown-codec.mkv", "f.mp4: VLC cannot play it: VLC found no picture or sound it can "
                              "decode (VLC: "),
    ],
)  # fmt: skip
def test_films_vlc_cannot_play_are_errors_with_its_reason(
    capsys, tmp_path: Path, broken_films, film: str, message: str
) -> None:
    kit = deep_kit(tmp_path / "k", jpeg(), broken_films[film])
    code, out, err = run(capsys, str(kit))
    assert code == 1 and err == ""
    (line,) = out.splitlines()
    assert line.startswith(f"{kit}/film/{message}")


@pytest.mark.vlc
@needs_vlc
def test_a_sound_only_film_is_a_warning(capsys, tmp_path: Path, broken_films) -> None:
    kit = deep_kit(tmp_path / "k", jpeg(), broken_films["audio.m4a"])
    code, out, err = run(capsys, str(kit))
    assert (code, err) == (0, "")
    assert (
        out.splitlines()[0] == f"warning: {kit}/film/f.mp4: VLC finds no picture in it (sound only)"
    )


def test_without_deep_a_broken_film_passes(capsys, tmp_path: Path) -> None:
    kit = deep_kit(tmp_path / "k", jpeg(), random.Random(5).randbytes(1000))
    assert main(["validate", str(kit)]) == 0
    assert capsys.readouterr().out == f"{kit}: valid kit 'deep'\n"


def test_probe_timeout_is_checked(capsys) -> None:
    assert main(["validate", "--deep", "--probe-timeout", "0", "kits/roped"]) == 2
    assert "between 0.5 and 600 seconds" in capsys.readouterr().err


@pytest.mark.vlc
@needs_vlc
def test_deep_prints_only_the_kits_problems_without_a_session(roped: Path) -> None:
    """libwayland wrote "XDG_RUNTIME_DIR is invalid" on stderr (straight from C: only a
    separate process shows it) on machines without a desktop session."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("XDG_RUNTIME_DIR", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "mediakit", "validate", "--deep", str(roped)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"{roped}: valid kit 'roped'\n"
