"""The draft kit.yaml of ``mediakit init``, from folders of real files, read back
by the kit's own reader: what it fills, what it leaves empty, and that what it
leaves empty is exactly what the reader refuses."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageFile

from mediakit.kit import load
from mediakit.kit.authoring.backup import keep_backup
from mediakit.kit.authoring.draft import Draft, make_draft, runtime
from mediakit.kit.authoring.fieldnotes import FIELDS
from mediakit.kit.authoring.findings import Findings, StillFound, VideoFacts
from mediakit.kit.authoring.names import kit_id, language_from_name, text_field
from mediakit.kit.authoring.scan import scan
from mediakit.kit.authoring.yamltext import clean
from mediakit.kit.manifest.model import Kit
from mediakit.kit.manifest.rules.kit import TOP_KEYS
from tests.kit.authoring import folders

LONG = VideoFacts(8000, 96, 64, "H264 - MPEG-4 AVC (part 10)", "MPEG AAC Audio")
SHORT = VideoFacts(3000, 96, 64, "H264 - MPEG-4 AVC (part 10)", None)


def _kit_folder(folder: Path) -> Findings:
    """Stills, texts, subtitles and two films (bytes only: their facts given, as VLC
    would read them — the real probe is tested with the command)."""
    folders.make_stills(folder)
    folders.make_texts(folder)
    folders.make_subtitles(folder)
    (folder / "film").mkdir(exist_ok=True)
    (folder / "film" / "roped.mp4").write_bytes(b"film")
    (folder / "film" / "teaser.mp4").write_bytes(b"a larger teaser")
    findings = scan(folder)
    facts = {"film/roped.mp4": LONG, "film/teaser.mp4": SHORT}
    videos = tuple(replace(video, facts=facts[video.path]) for video in findings.videos)
    return replace(findings, videos=videos)


def _write(folder: Path, draft: Draft, filled: bool) -> Kit | list[str]:
    """The draft loaded by the kit's reader: the Kit, or the fields of its errors."""
    (folder / "kit.yaml").write_text(folders.fill(draft.text) if filled else draft.text, "utf-8")
    result = load(folder)
    return result.kit if result.kit is not None else [p.field or "" for p in result.errors]


@pytest.fixture
def drafted(tmp_path: Path) -> tuple[Path, Draft]:
    folder = tmp_path / "Roped — Press kit"
    folder.mkdir()
    draft = make_draft(_kit_folder(folder), "roped", "ROPED", ("fr", "en"))
    return folder, draft


def test_the_filled_draft_loads_with_every_field_found(drafted: tuple[Path, Draft]) -> None:
    folder, draft = drafted
    kit = _write(folder, draft, filled=True)
    assert isinstance(kit, Kit), kit
    assert (kit.id, kit.title.values, kit.languages) == ("roped", {"fr": "ROPED"}, ("fr", "en"))
    assert kit.runtime == "0:08"
    assert kit.logline is not None and kit.logline.values == {"fr": "Filled in"}
    assert {k: f.written for k, f in kit.text_files["synopsis"].items()} == {"fr": "synopsis.fr.md"}
    assert {k: f.written for k, f in kit.text_files["statement"].items()} == {"fr": "statement.md"}
    [article] = kit.articles
    assert article.title.values == {"fr": "Une corde au désert"}  # its heading
    assert (article.publication, article.language) == ("Filled in", "fr")
    assert article.body_files["fr"].written == "article-lemonde.fr.md"
    stills = {still.file.written: still for still in kit.stills}
    # Name order as people count; the poster named so is not a still, the portrait one is.
    assert list(stills) == [
        "big-portrait.jpg",
        "stills/01-desert.jpg",
        "stills/2-rope.png",
        "stills/10-night.webp",
        "stills/plain.tiff",
    ]
    desert = stills["stills/01-desert.jpg"]
    assert desert.caption is not None and desert.caption.values == {"fr": folders.DESCRIPTION}
    assert desert.credit == "Jane Doe / © 2025 Rope Films"
    rope = stills["stills/2-rope.png"]
    assert rope.caption is not None and rope.caption.values == {"fr": folders.XMP_DESCRIPTION}
    assert rope.credit == "Ann, Bob / © Ann"  # XMP creators in order, then the rights
    assert stills["stills/10-night.webp"].credit == "Cy / Rope Films"
    plain = stills["stills/plain.tiff"]
    assert (plain.caption, plain.credit) == (None, None)
    assert all(still.alt is not None for still in kit.stills)
    assert kit.film is not None
    assert kit.film.file.written == "film/roped.mp4"  # the longest, though the smaller file
    assert kit.film.poster is not None and kit.film.poster.written == "affiche-festival.jpg"
    assert kit.film.trailer is None  # candidates are comments only
    subtitles = {s.file.written: s.language for s in kit.film.subtitles}
    assert subtitles == {
        "film/ROPED_EN.vtt": "en",
        "film/mystery.srt": "de",  # unknown: left empty, filled by the author
        "film/roped.fr.srt": "fr",
        "film/subs-pt_BR.srt": "pt-BR",
    }


def test_a_fresh_draft_is_refused_for_exactly_what_is_left_to_fill(
    drafted: tuple[Path, Draft],
) -> None:
    folder, draft = drafted
    errors = _write(folder, draft, filled=False)
    assert errors == list(draft.to_fill)
    assert draft.to_fill == (
        "logline",
        "articles[0].publication",
        *(f"stills[{index}].alt" for index in range(5)),
        "film.subtitles[0].language",  # mystery.srt, first in name order
    )


def test_sizes_and_trailer_candidates_are_in_comments(drafted: tuple[Path, Draft]) -> None:
    _, draft = drafted
    assert "  - file: stills/01-desert.jpg  # 64×48" in draft.text
    assert "  - file: big-portrait.jpg  # 36×90" in draft.text
    assert "  file: film/roped.mp4  # 0:08, 96×64, H264 - MPEG-4 AVC (part 10), MPEG AAC Audio" in (
        draft.text
    )
    assert "  # trailer: film/teaser.mp4  # a candidate: 0:03, 96×64" in draft.text
    assert yaml.safe_load(draft.text)["film"]["file"] == "film/roped.mp4"


def test_every_field_of_the_format_is_shown(drafted: tuple[Path, Draft], tmp_path: Path) -> None:
    assert set(TOP_KEYS) <= set(FIELDS)
    empty = make_draft(Findings(), "x", "X", ("en",))
    for draft in (drafted[1], empty):
        keys = {line.lstrip("# ").split(":")[0] for line in draft.text.splitlines()}
        assert set(FIELDS) <= keys


def test_an_empty_folder_drafts_a_skeleton_that_asks_for_its_texts(tmp_path: Path) -> None:
    draft = make_draft(scan(tmp_path), "empty", "Empty", ("en",))
    loaded = yaml.safe_load(draft.text)
    assert loaded == {
        "mediakit": 1, "id": "empty", "title": "Empty", "languages": ["en"],
        "logline": None, "synopsis": None,
    }  # fmt: skip
    assert _write(tmp_path, draft, filled=False) == ["logline", "synopsis"]
    assert isinstance(_write(tmp_path, draft, filled=True), Kit)


def test_without_vlc_the_largest_video_is_the_film(tmp_path: Path) -> None:
    (tmp_path / "a.mp4").write_bytes(b"x" * 10)
    (tmp_path / "b.mov").write_bytes(b"x" * 20)
    draft = make_draft(scan(tmp_path), "k", "K", ("en",))
    assert draft.film is not None and draft.film.path == "b.mov"
    assert "# runtime:" in draft.text  # unknown: left commented out


@pytest.mark.parametrize(
    "odd",
    [
        "yes", "no", "null", "true", "1917", "2:05", "0x1F", ".inf", " lead", "trail ",
        "a: b", "#x", "x #y", "tab\tx", "line\nbreak", 'quote "x" \\ y', "line\u2028sep",
        "é—“”", "bell\x07gone", "- dash", "[x]", "{x}", "&a", "*a", "!t", "%d", "@x", "`x",
        "'x'", "~", "x\x85y", "\ufeffbom",
    ],
)  # fmt: skip
def test_odd_metadata_round_trips_through_the_kit_reader(tmp_path: Path, odd: str) -> None:
    Image.new("RGB", (4, 4)).save(tmp_path / "s.png")
    findings = Findings(stills=(StillFound("s.png", 4, 4, caption=odd, credit=odd),))
    kit = _write(tmp_path, make_draft(findings, "k", odd, ("en",)), filled=True)
    assert isinstance(kit, Kit), kit
    assert kit.title.values == {"en": clean(odd)}
    assert kit.stills[0].caption is not None
    assert kit.stills[0].caption.values == {"en": clean(odd)}
    assert kit.stills[0].credit == clean(odd)


@pytest.mark.skipif(folders.NO_EXIFTOOL is not None, reason=folders.NO_EXIFTOOL or "")
def test_iptc_gives_the_caption_and_credit_over_exif(tmp_path: Path) -> None:
    folders.make_stills(tmp_path)
    folders.write_iptc(tmp_path / "stills" / "01-desert.jpg")
    [desert] = [s for s in scan(tmp_path).stills if s.path == "stills/01-desert.jpg"]
    assert (desert.caption, desert.credit) == (folders.IPTC_CAPTION, "Iris Pro Agency")


def test_an_xmp_packet_with_entities_is_ignored(tmp_path: Path) -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><x>&a;</x>'
    Image.new("RGB", (4, 4)).save(tmp_path / "s.webp", xmp=bomb)
    [still] = scan(tmp_path).stills
    assert (still.width, still.height, still.caption) == (4, 4, None)


def test_an_exif_rotated_portrait_is_a_portrait(tmp_path: Path) -> None:
    rotated = Image.Exif()
    rotated[0x0112] = 6
    Image.new("RGB", (60, 40)).save(tmp_path / "phone.jpg", exif=rotated)
    [still] = scan(tmp_path).stills
    assert (still.width, still.height, still.portrait) == (40, 60, True)


@pytest.mark.parametrize(
    ("stem", "language"),
    [
        ("film.fr", "fr"), ("ROPED_EN", "en"), ("subs-fr", "fr"), ("subs-pt_BR", "pt-BR"),
        ("film.pt-BR", "pt-BR"), ("fr", "fr"), ("film.french", "fr"), ("film", None),
        ("ROPED_ST", None), ("synopsis", None), ("synopsis.en", "en"), ("roped.eng", "en"),
    ],
)  # fmt: skip
def test_the_language_a_name_gives(stem: str, language: str | None) -> None:
    assert language_from_name(stem) == language


def test_the_text_a_name_gives_and_the_id_a_folder_gives() -> None:
    assert [text_field(s) for s in ("synopsis.en", "note-d-intention", "ai-disclosure")] == [
        "synopsis", "statement", "ai_disclosure",
    ]  # fmt: skip
    assert text_field("readme") is None
    assert kit_id("Roped — Press kit 2025") == "roped-press-kit-2025"
    assert kit_id("Œuvre à venir") == "oeuvre-a-venir"
    assert kit_id("…") == "kit"
    assert kit_id("a" * 80) == "a" * 64


def test_runtime_is_written_as_the_format_says() -> None:
    assert [runtime(ms) for ms in (3000, 8400, 65_000, 3_725_000)] == [
        "0:03", "0:08", "1:05", "1:02:05",
    ]  # fmt: skip


def test_a_backup_never_replaces_an_earlier_one(tmp_path: Path) -> None:
    manifest = tmp_path / "kit.yaml"
    made = []
    for version in ("one", "two", "three"):
        manifest.write_text(version, "utf-8")
        made.append(keep_backup(manifest))
    assert [path.name for path in made] == ["kit.yaml.bak", "kit.yaml.bak.1", "kit.yaml.bak.2"]
    assert [path.read_text("utf-8") for path in made] == ["one", "two", "three"]


def test_stills_are_read_without_decoding_their_pixels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders.make_stills(tmp_path)

    def no_decoding(image: object) -> None:
        raise AssertionError("a still was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    stills = scan(tmp_path).stills
    assert len(stills) == 6 and all(still.width and still.height for still in stills)


def test_a_trailers_subtitles_and_a_second_synopsis_are_left_out(tmp_path: Path) -> None:
    for name in ("roped.mp4", "roped-teaser.mp4"):
        (tmp_path / name).write_bytes(b"film")
    for name in ("roped.fr.srt", "roped-teaser.fr.srt", "subs-en.srt"):
        (tmp_path / name).write_text(folders.SRT, "utf-8")
    for name in ("synopsis.md", "synopsis-long.md"):
        (tmp_path / name).write_text("Story.\n", "utf-8")
    findings = scan(tmp_path)
    facts = {"roped.mp4": LONG, "roped-teaser.mp4": SHORT}
    findings = replace(
        findings, videos=tuple(replace(v, facts=facts[v.path]) for v in findings.videos)
    )
    draft = make_draft(findings, "roped", "Roped", ("en",))
    assert draft.left_out == ("synopsis.md", "roped-teaser.fr.srt")
    kit = _write(tmp_path, draft, filled=True)
    assert isinstance(kit, Kit) and kit.film is not None
    assert [s.file.written for s in kit.film.subtitles] == ["roped.fr.srt", "subs-en.srt"]
    assert kit.text_files["synopsis"]["en"].written == "synopsis-long.md"  # first by name


@pytest.mark.parametrize("default", ["OLYMPUS DIGITAL CAMERA", "SONY DSC", "Default"])
def test_a_cameras_default_description_is_no_caption(tmp_path: Path, default: str) -> None:
    Image.new("RGB", (4, 4)).save(tmp_path / "s.jpg", exif=folders.exif(default, "Al", ""))
    [still] = scan(tmp_path).stills
    assert (still.caption, still.credit) == (None, "Al")
