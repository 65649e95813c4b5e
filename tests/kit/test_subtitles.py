"""The subtitle reader: every encoding and breakage reads as far as it goes, never raises."""

from __future__ import annotations

import os
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediakit.kit import load
from mediakit.kit.manifest.model import Severity
from mediakit.kit.manifest.subtitles import MAX_CUES, MAX_WARNINGS, parse_subtitles, read_subtitles
from tests.kit.helpers import MINIMAL, image_bytes, make_kit

NAME = "film/roped.fr.srt"
FRENCH = "1\n00:00:01,000 --> 00:00:02,500\nÉlle traîne la corde — déjà.\n\n" + (
    "2\n00:00:03,000 --> 00:00:04,000\nFin.\n"
)
VTT = "WEBVTT\n\nNOTE a note\n\nintro\n00:01.000 --> 00:02.000 align:start\nBonjour é\n"


def messages(result) -> list[str]:
    return [p.format() for p in result.problems]


def test_utf8_reads_clean() -> None:
    result = parse_subtitles(FRENCH.encode("utf-8"), NAME)
    assert (result.format, result.encoding, result.problems) == ("SRT", "UTF-8", ())
    assert [(c.start_ms, c.end_ms, c.line) for c in result.cues] == [
        (1000, 2500, 2),
        (3000, 4000, 6),
    ]
    assert result.cues[0].text == "Élle traîne la corde — déjà."


def test_utf8_with_bom_and_crlf_reads_clean() -> None:
    data = b"\xef\xbb\xbf" + FRENCH.replace("\n", "\r\n").encode("utf-8")
    result = parse_subtitles(data, NAME)
    assert result.problems == ()
    assert [c.text for c in result.cues] == ["Élle traîne la corde — déjà.", "Fin."]


def test_webvtt_skips_notes_and_keeps_identifiers_out_of_the_text() -> None:
    result = parse_subtitles(VTT.encode("utf-8"), "film/a.vtt")
    assert result.format == "WebVTT" and result.problems == ()
    assert [(c.start_ms, c.text, c.line) for c in result.cues] == [(1000, "Bonjour é", 6)]


def test_cp1252_is_read_with_a_warning_naming_the_guess() -> None:
    result = parse_subtitles(FRENCH.encode("cp1252"), NAME)
    assert result.encoding == "Windows-1252 (cp1252)"
    assert result.cues[0].text == "Élle traîne la corde — déjà."
    (warning,) = result.problems
    assert warning.severity is Severity.WARNING
    assert warning.format() == (
        f"{NAME}: is not UTF-8 (byte 0xc9 on line 3): read as Windows-1252 (cp1252), "
        "a guess; save it as UTF-8"
    )


def test_bytes_cp1252_lacks_fall_back_to_latin1() -> None:
    data = b"1\n00:00:01,000 --> 00:00:02,000\nx\x81y\n"  # 0x81 is undefined in cp1252
    result = parse_subtitles(data, NAME)
    assert result.encoding == "Latin-1 (ISO-8859-1)"
    assert result.cues[0].text == "x\x81y"
    assert "read as Latin-1" in messages(result)[0]


def test_utf16_with_a_bom_is_read_with_a_warning() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        bom = "\ufeff".encode(codec)
        result = parse_subtitles(bom + FRENCH.encode(codec), NAME)
        assert (result.format, result.encoding) == ("SRT", "UTF-16")
        assert result.cues[1].text == "Fin."
        assert messages(result) == [f"{NAME}: is UTF-16: read as such, but save it as UTF-8"]


def test_random_bytes_are_not_subtitles() -> None:
    data = random.Random(5).randbytes(20_000)
    result = parse_subtitles(data, NAME)
    assert result.format is None
    assert result.cues == ()


def test_bad_cues_are_warnings_with_their_line_and_the_rest_is_kept() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\nGood\n\n"
        "2\n00:00:61,000 --> 00:00:62,000\nBad seconds\n\n"
        "garbage line\nmore\n\n"
        "4\n00:00:05,000 --> 00:00:04,000\nBackwards\n\n"
        "5\n-00:00:01,000 --> 00:00:02,000\nNegative\n\n"
        "6\n00:00:03,000 --> 00:00:06,000\nOverlaps the next\n\n"
        "7\n00:00:04,000 --> 00:00:07,000\nOverlapped\n\n"
        "8\n"
    )
    result = parse_subtitles(text.encode(), NAME)
    assert [c.text for c in result.cues] == ["Good", "Backwards", "Overlaps the next", "Overlapped"]
    assert messages(result) == [
        f"{NAME}:6: unreadable timing '00:00:61,000 --> 00:00:62,000' "
        "(expected like 00:01:02,500 --> 00:01:04,000)",
        f"{NAME}:9: expected a cue number or a timing line, found 'garbage line'",
        f"{NAME}:13: this cue ends before it starts: it will never show",
        f"{NAME}:17: unreadable timing '-00:00:01,000 --> 00:00:02,000' "
        "(expected like 00:01:02,500 --> 00:01:04,000)",
        f"{NAME}:21: this cue starts before the one above it",
        f"{NAME}:28: a cue number with no timing line after it",
    ]


def test_a_file_cut_in_the_middle_keeps_what_came_before() -> None:
    data = FRENCH.encode("utf-8")
    cut = data[: data.index(b"00:00:04")]  # inside the second timing line
    result = parse_subtitles(cut, NAME)
    assert [c.line for c in result.cues] == [2]
    assert messages(result) == [
        f"{NAME}:6: unreadable timing '00:00:03,000 -->' (expected like 00:01:02,500 --> "
        "00:01:04,000)"
    ]


def test_a_hundred_thousand_cues_stop_at_the_named_limit(tmp_path: Path) -> None:
    blocks = (
        f"{n + 1}\n00:{n // 6000 % 60:02}:{n // 100 % 60:02},{n % 100 * 10:03} --> "
        f"00:{n // 6000 % 60:02}:{n // 100 % 60:02},{n % 100 * 10 + 5:03}\nline {n}\n"
        for n in range(100_000)
    )
    path = tmp_path / "many.srt"
    path.write_text("\n".join(blocks), encoding="utf-8")
    result = read_subtitles(path, "many.srt")
    assert len(result.cues) == MAX_CUES
    assert any(
        f"more than {MAX_CUES:,} cues (the subtitle cue limit)" in m for m in messages(result)
    )


def test_warnings_are_capped_with_a_count_of_the_rest() -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\nok\n\n" + "x\n\n" * 50
    result = parse_subtitles(text.encode(), NAME)
    assert len(result.problems) == MAX_WARNINGS + 1
    assert result.problems[-1].format() == f"{NAME}: {50 - MAX_WARNINGS} more problems not shown"


def test_an_unreadable_file_is_said_so(tmp_path: Path) -> None:
    result = read_subtitles(tmp_path / "gone.srt", "gone.srt")
    assert result.format is None
    assert "cannot read the subtitles" in messages(result)[0]


# -- through the loader: `validate` sees the subtitle file's own problems -------


def _kit_with_subtitles(folder: Path, data: bytes) -> Path:
    manifest = MINIMAL + (
        "film:\n  file: film/f.mp4\n  poster: film/p.jpg\n"
        "  subtitles:\n    - {language: fr, file: film/f.fr.srt}\n"
    )
    files: dict[str, bytes | str] = {
        "film/f.mp4": b"film",
        "film/p.jpg": image_bytes(),
        "film/f.fr.srt": data,
    }
    return make_kit(folder, manifest, files, dedent=False)


def test_loader_warns_about_the_encoding_and_keeps_the_subtitles(tmp_path: Path) -> None:
    result = load(_kit_with_subtitles(tmp_path, FRENCH.encode("cp1252")))
    assert result.kit is not None and result.kit.film is not None
    assert [s.language for s in result.kit.film.subtitles] == ["fr"]
    assert [p.format() for p in result.problems] == [
        "film/f.fr.srt: is not UTF-8 (byte 0xc9 on line 3): read as Windows-1252 (cp1252), "
        "a guess; save it as UTF-8"
    ]
    assert not result.errors


def test_loader_reports_bad_cues_with_the_subtitle_line(tmp_path: Path) -> None:
    data = b"1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:0x,000 --> 00:00:03,000\nbad\n"
    result = load(_kit_with_subtitles(tmp_path, data))
    assert [p.format() for p in result.problems] == [
        "film/f.fr.srt:6: unreadable timing '00:00:0x,000 --> 00:00:03,000' "
        "(expected like 00:01:02,500 --> 00:01:04,000)"
    ]


def test_loader_refuses_garbage_subtitles(tmp_path: Path) -> None:
    result = load(_kit_with_subtitles(tmp_path, random.Random(1).randbytes(3000)))
    assert result.kit is None
    assert [p.format() for p in result.errors] == [
        "kit.yaml:8:28: film.subtitles[0].file: 'film/f.fr.srt' is not SRT or WebVTT subtitles"
    ]


# -- never raises ----------------------------------------------------------------

_EXAMPLES = int(os.environ.get("MEDIAKIT_FUZZ_EXAMPLES", "150"))
_PIECES = st.sampled_from(
    [
        "1\n", "00:00:01,000 --> 00:00:02,000\n", "00:01.000 --> 00:02.000 line:0\n",
        "WEBVTT\n", "NOTE x\n", "\n", "\r\n", "-->", "99:99:99,999", "Bonjour\n", "é",
        "\ufeff", "\x00", "<b>", " ",
    ]
)  # fmt: skip


@settings(
    max_examples=_EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.binary(max_size=4000),
        st.lists(_PIECES, max_size=60).map(lambda parts: "".join(parts).encode("utf-8")),
        st.tuples(st.lists(_PIECES, max_size=60), st.sampled_from(["utf-16", "cp1252"])).map(
            lambda t: "".join(t[0]).encode(t[1], "replace")
        ),
    )
)
def test_the_reader_never_raises(data: bytes) -> None:
    result = parse_subtitles(data, NAME)
    assert result.format in (None, "SRT", "WebVTT")
    assert len(result.problems) <= MAX_WARNINGS + 1
    assert all(p.file == NAME and p.severity is Severity.WARNING for p in result.problems)
    for cue in result.cues:
        assert cue.start_ms >= 0 and cue.end_ms >= 0 and cue.line >= 1
