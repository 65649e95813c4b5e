"""read_film_facts through real libvlc: duration, picture size and codecs from the
header, headless and bounded; a file VLC cannot read is None, never an error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mediakit.media.filmfacts import read_film_facts
from tests.kit.authoring.folders import NO_FFMPEG, make_film
from tests.media.brokenfilms import NO_VLC

pytestmark = [pytest.mark.vlc, pytest.mark.skipif(NO_VLC is not None, reason=NO_VLC or "")]


@pytest.mark.skipif(NO_FFMPEG is not None, reason=NO_FFMPEG or "")
def test_films_are_read_from_their_headers(tmp_path: Path) -> None:
    short, long = tmp_path / "short.mp4", tmp_path / "long.mkv"
    make_film(short, 3, "96x64")
    make_film(long, 8, "160x90")
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"not a film" * 100)
    facts = read_film_facts([short, long, junk, tmp_path / "gone.mov"], 10)
    assert facts[junk] is None and facts[tmp_path / "gone.mov"] is None
    first, second = facts[short], facts[long]
    assert first is not None and second is not None
    assert first.duration_ms == pytest.approx(3000, abs=100)
    assert second.duration_ms == pytest.approx(8000, abs=100)
    assert (first.width, first.height, second.width, second.height) == (96, 64, 160, 90)
    assert first.video_codec is not None and "H264" in first.video_codec
    assert first.audio_codec is not None and "AAC" in first.audio_codec


def test_without_libvlc_every_film_is_unknown(tmp_path: Path) -> None:
    class NoVlc:
        def Instance(self, args: Any) -> None:
            raise OSError("libvlc.so.5: cannot open shared object file")

    film = tmp_path / "film.mp4"
    film.write_bytes(b"x")
    assert read_film_facts([film], 1, vlc_module=NoVlc()) == {film: None}
