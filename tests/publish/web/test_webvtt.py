"""SRT to WebVTT: timings, styling tags, and words that could end a cue."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.kit.manifest.subtitles import Cue
from mediakit.publish.web.webvtt import convert, cue_text, data_url, timestamp, to_webvtt


def test_timestamps_are_webvtt_ones() -> None:
    assert timestamp(0) == "00:00:00.000"
    assert timestamp(3_723_045) == "01:02:03.045"


def test_a_srt_file_converts(tmp_path: Path) -> None:
    srt = tmp_path / "a.srt"
    srt.write_bytes(
        "1\r\n00:00:01,000 --> 00:00:02,500\r\nÉté <i>chaud</i>\r\n\r\n"
        "2\r\n00:01:00,000 --> 00:01:01,000\r\n{\\an8}<font color=red>Haut</font>\r\n".encode(
            "cp1252"
        )
    )
    assert convert(srt, "a.srt") == (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nÉté <i>chaud</i>\n\n"
        "00:01:00.000 --> 00:01:01.000\nHaut\n"
    )


def test_cue_words_are_escaped_and_tags_dropped() -> None:
    assert cue_text("a --> b & <c>") == "a --&gt; b &amp;"
    assert cue_text("<B>x</B> <u>y</u> <script>z</script>") == "<b>x</b> <u>y</u> z"
    assert cue_text("one\n\n\ntwo") == "one\ntwo"  # a blank line would end the cue


def test_empty_or_backwards_cues_are_left_out() -> None:
    cues = [Cue(1000, 2000, "kept", 1), Cue(3000, 2000, "backwards", 5), Cue(4000, 5000, "", 9)]
    assert to_webvtt(cues) == "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nkept\n"


def test_not_subtitles_is_an_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.srt"
    junk.write_text("hello\nworld\n")
    with pytest.raises(ValueError):
        convert(junk, "junk.srt")


def test_data_url_round_trips() -> None:
    from base64 import b64decode

    url = data_url("WEBVTT\n\nÉ")
    assert url.startswith("data:text/vtt;charset=utf-8;base64,")
    assert b64decode(url.split(",", 1)[1]).decode() == "WEBVTT\n\nÉ"
