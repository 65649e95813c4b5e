"""``validate --deep`` on media that are odd but good: a still with odd EXIF, a
1 fps film, a 200 ms film, a one-frame film. Each is valid; none prints a
traceback or a finding."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image

from mediakit.cli.main import main
from tests.cli.test_validate_deep import deep_kit, jpeg, run
from tests.kit.helpers import make_kit
from tests.media.brokenfilms import NO_VLC, broken_films
from tests.media.oddfilms import odd_films
from tests.media.stillfactory import BLUE, RED, halves

__all__ = ["broken_films", "odd_films"]

needs_vlc = pytest.mark.skipif(NO_VLC is not None, reason=NO_VLC or "")
STILL_ONLY = "mediakit: 1\nid: odd\ntitle: Odd\nstills:\n  - {file: stills/a.jpg, alt: A still}\n"


def odd_exif() -> bytes:
    """Orientation 6 with an ASCII-typed XResolution: Pillow's exif_transpose raised on it."""
    ifd = struct.pack("<H", 2)
    ifd += struct.pack("<HHI", 0x0112, 3, 1) + struct.pack("<HH", 6, 0)
    ifd += struct.pack("<HHI", 0x011A, 2, 4) + b"72\x00\x00"
    return b"Exif\x00\x00II" + struct.pack("<HI", 42, 8) + ifd + struct.pack("<I", 0)


def jpeg_with(exif: bytes) -> bytes:
    buffer = io.BytesIO()
    halves((120, 80), RED, BLUE).save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_a_still_with_odd_exif_is_valid_without_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with Image.open(io.BytesIO(jpeg_with(odd_exif()))) as im:
        assert isinstance(im.getexif()[0x011A], str)  # the odd tag is there
    kit = make_kit(tmp_path / "k", STILL_ONLY, {"stills/a.jpg": jpeg_with(odd_exif())})
    code, out, err = run(capsys, str(kit))
    assert (code, err) == (0, "")
    assert out == f"{kit}: valid kit 'odd'\n"


def test_a_cut_exif_block_is_valid_without_a_warning_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Pillow warns "Corrupt EXIF data" and skips the tag: nothing to tell a producer."""
    cut = jpeg_with(odd_exif()[:-9])  # inside the XResolution entry
    kit = make_kit(tmp_path / "k", STILL_ONLY, {"stills/a.jpg": cut})
    assert main(["validate", "--deep", str(kit)]) == 0
    assert capsys.readouterr().out == f"{kit}: valid kit 'odd'\n"


@pytest.mark.vlc
@needs_vlc
@pytest.mark.parametrize("film", ["1fps-5s.mp4", "1fps-5s.mkv", "200ms.mp4", "1-frame.mp4"])
def test_a_slow_or_short_film_is_valid(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, odd_films: dict[str, Path], film: str
) -> None:
    kit = deep_kit(tmp_path / "k", jpeg(), odd_films[film])
    code, out, err = run(capsys, str(kit))
    assert (code, err) == (0, "")
    assert out == f"{kit}: valid kit 'deep'\n"


@pytest.mark.vlc
@needs_vlc
def test_a_slow_film_cut_in_half_is_still_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, odd_films: dict[str, Path]
) -> None:
    kit = deep_kit(tmp_path / "k", jpeg(), odd_films["1fps-5s-half.mp4"])
    code, out, err = run(capsys, str(kit))
    assert code == 1 and err == ""
    assert out.startswith(
        f"{kit}/film/f.mp4: VLC cannot play it: the film stops before its end (cut short?)"
    )
