"""Stills for publication: the metadata read back with exiftool (what photo desks
use), the image data untouched byte for byte and pixel for pixel, Content
Credentials dropped from the copy and kept in originals/, names, CREDITS.txt and
credits.csv, hostile text, and no file ever overwritten."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from mediakit.kit import load
from mediakit.kit.manifest.model import Kit
from mediakit.media.credentials import Presence, SignatureState, read_credentials
from mediakit.media.publication import ExportReport, export_stills, plan
from mediakit.media.publication_names import slug, still_name
from mediakit.media.xmp import StillMetadata, packet
from mediakit.media.xmp_embed import embed, jpeg_segments, png_chunks, webp_chunks
from tests.conftest import ROPED
from tests.media.conftest import signed_picture

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")

FIELDS = ("Description", "Credit", "Creator", "Rights", "AltTextAccessibility", "Headline")


def exiftool(*paths: Path) -> list[dict[str, Any]]:
    done = subprocess.run(
        ["exiftool", "-json", "-charset", "utf8", *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
    )
    found: list[dict[str, Any]] = json.loads(done.stdout)
    return found


def pixels(path: Path) -> tuple[str, tuple[int, int], bytes]:
    with Image.open(path) as image:
        image.load()
        return image.mode, image.size, image.tobytes()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def scans(path: Path) -> bytes:
    data = path.read_bytes()
    return data[jpeg_segments(data)[1] :]


def write_kit(folder: Path, stills: list[tuple[str, str]], kit_id: str = "night") -> Kit:
    """A kit whose stills are ``(file, yaml of the rest)``; loaded."""
    lines = ["mediakit: 1", f"id: {kit_id}", "title: {en: The Night, fr: La Nuit}"]
    lines += ["languages: [en, fr]", "stills:"]
    for name, rest in stills:
        lines.append(f"  - file: stills/{name}")
        lines += [f"    {line}" for line in rest.splitlines() if line]
    (folder / "kit.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load(folder)
    assert result.kit is not None, result.problems
    return result.kit


CAPTIONED = """caption: {en: A night road, fr: Une route de nuit}
alt: {en: Headlights on a wet road, fr: Des phares sur une route mouillée}
credit: Zoë Lefèvre"""


@pytest.fixture(scope="module")
def roped(tmp_path_factory: pytest.TempPathFactory) -> tuple[Kit, ExportReport, dict[str, str]]:
    before = {p.name: digest(p) for p in (ROPED / "stills").iterdir()}
    result = load(ROPED)
    assert result.kit is not None
    out = tmp_path_factory.mktemp("roped-export")
    report = export_stills(plan(result.kit, "fr"), out, "fr")
    return result.kit, report, before


def test_roped_every_field_is_read_back_by_exiftool(roped: Any) -> None:
    kit, report, _ = roped
    assert not report.failed
    read = exiftool(*(e.file for e in report.exported))
    for tags, still in zip(read, kit.stills, strict=True):
        for name in FIELDS:
            assert tags.get(name), (name, tags["SourceFile"])
        assert tags["Description"] == still.caption.values["fr"]  # x-default: the export's
        assert tags["Description-en"] == still.caption.values["en"]
        assert tags["Description-fr"] == still.caption.values["fr"]
        assert tags["AltTextAccessibility-en"] == still.alt.values["en"]
        assert tags["Credit"] == still.credit
        assert tags["Creator"] == still.credit
        assert tags["Rights"] == f"© {still.credit}"
        assert tags["Headline"] == "ROPED"


def test_roped_image_data_and_pixels_are_the_originals(roped: Any) -> None:
    kit, report, _ = roped
    for exported, still in zip(report.exported, kit.stills, strict=True):
        assert scans(exported.file) == scans(still.file.path)
        assert pixels(exported.file) == pixels(still.file.path)


def test_roped_exif_orientation_is_kept(roped: Any) -> None:
    _, report, _ = roped
    rocks = next(e.file for e in report.exported if e.source.name == "04-rocks.jpg")
    assert exiftool(rocks)[0]["Orientation"] == "Rotate 90 CW"


def test_roped_originals_are_untouched_and_keep_their_content_credentials(roped: Any) -> None:
    _, report, before = roped
    assert {p.name: digest(p) for p in (ROPED / "stills").iterdir()} == before
    for exported in report.exported:
        assert exported.original == exported.file.parent / "originals" / exported.file.name
        assert digest(exported.original) == before[exported.source.name]
        kept = read_credentials(exported.original)
        assert kept.presence is Presence.PRESENT
        assert kept.credentials is not None
        assert kept.credentials.signature is not SignatureState.INVALID
        # The copy carries none: not a broken manifest that reads as tampering.
        assert read_credentials(exported.file).presence is Presence.NONE
        assert all(marker != 0xEB for marker, _ in jpeg_segments(exported.file.read_bytes())[0])


def test_roped_names_and_credit_files(roped: Any) -> None:
    _, report, _ = roped
    credit = "placeholder-drawn-by-mediakit-not-from-the-film"
    assert [e.file.name for e in report.exported] == [
        f"roped_{n:02d}_{credit}.jpg" for n in range(1, 7)
    ]
    text = report.credits_txt.read_text(encoding="utf-8")
    for exported in report.exported:
        assert exported.file.name in text
        assert f"originals/{exported.file.name}" in text
        assert exported.meta.captions["fr"] in text  # the export's language
    raw = report.credits_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads it as UTF-8
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["file", "caption", "credit", "copyright", "alt", "film"]
    assert [row[0] for row in rows[1:]] == [e.file.name for e in report.exported]
    assert rows[1][1].startswith("Image provisoire 1/6")
    assert rows[1][5] == "ROPED"


def test_png_webp_and_tiff(tmp_path: Path) -> None:
    stills = tmp_path / "kit" / "stills"
    stills.mkdir(parents=True)
    rgba = Image.new("RGBA", (40, 30), (30, 40, 200, 255))
    rgba.paste((200, 30, 30, 0), (0, 0, 20, 30))
    rgba.save(stills / "alpha.png")
    rgba.save(stills / "lossless.webp", lossless=True)
    Image.new("RGB", (40, 30), (90, 160, 20)).save(stills / "lossy.webp", quality=80)
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (40, 30), (9, 9, 9)).save(stills / "extended.webp", exif=exif)
    Image.new("RGB", (40, 30), (70, 70, 70)).save(stills / "scan.tif")
    signed_picture(stills / "signed.png")
    names = ["alpha.png", "lossless.webp", "lossy.webp", "extended.webp", "scan.tif", "signed.png"]
    kit = write_kit(tmp_path / "kit", [(name, CAPTIONED) for name in names])
    out = tmp_path / "out"
    report = export_stills(plan(kit, "en"), out, "en")
    assert not report.failed
    by_source = {e.source.name: e for e in report.exported}
    assert by_source["alpha.png"].file.name == "night_01_zoe-lefevre.png"
    for name in names:
        exported = by_source[name]
        shown = exported.sidecar or exported.file
        tags = exiftool(shown)[0]
        assert tags["Description"] == "A night road"
        assert tags["Description-fr"] == "Une route de nuit"
        assert tags["AltTextAccessibility-fr"] == "Des phares sur une route mouillée"
        assert tags["Credit"] == tags["Creator"] == "Zoë Lefèvre"
        assert tags["Rights"] == "© Zoë Lefèvre"
        assert tags["Headline"] == "The Night"
        assert pixels(exported.file) == pixels(stills / name)
    # TIFF: the original untouched, its metadata in a sidecar, and said so.
    tiff = by_source["scan.tif"]
    assert tiff.file.read_bytes() == (stills / "scan.tif").read_bytes()
    assert tiff.sidecar == out / "night_05_zoe-lefevre.xmp"
    assert "night_05_zoe-lefevre.xmp" in (out / "CREDITS.txt").read_text(encoding="utf-8")
    # The image chunks as they were.
    idat = [c for k, c in png_chunks((stills / "alpha.png").read_bytes()) if k == b"IDAT"]
    assert [c for k, c in png_chunks(by_source["alpha.png"].file.read_bytes()) if k == b"IDAT"] == (
        idat
    )
    for name in ("lossless.webp", "lossy.webp", "extended.webp"):
        image = [c for k, c in webp_chunks((stills / name).read_bytes()) if k[:3] == b"VP8"]
        copied = webp_chunks(by_source[name].file.read_bytes())
        assert [c for k, c in copied if k in (b"VP8 ", b"VP8L")] == [
            c for c in image if not c.startswith(b"VP8X")
        ]
        assert copied[0][0] == b"VP8X" and copied[0][1][8] & 0x04
    assert exiftool(by_source["extended.webp"].file)[0]["Orientation"] == "Rotate 90 CW"
    # The signed PNG: caBX dropped from the copy, the original kept whole.
    signed = by_source["signed.png"]
    assert b"caBX" not in [k for k, _ in png_chunks(signed.file.read_bytes())]
    assert signed.original is not None
    assert signed.original.read_bytes() == (stills / "signed.png").read_bytes()
    assert read_credentials(signed.file).presence is Presence.NONE
    assert read_credentials(signed.original).presence is Presence.PRESENT


HOSTILE = "<b>&amp; \"quoted\" 'single' \x00\x07\x1b[31m ]]> ?> \u202eevil\u202c done"


def test_hostile_caption_is_escaped_and_stripped(tmp_path: Path) -> None:
    meta = StillMetadata("en", {"en": HOSTILE, "fr": "=cmd|' /C calc'!A0"}, {"en": "a & b"})
    meta = StillMetadata(**{**meta.__dict__, "credit": "-2+3 <x>", "film": 'F "&" <F>'})
    xmp = packet(meta)
    root = ET.fromstring(xmp.decode().split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
    said = [li.text for li in root.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li")]
    clean = "<b>&amp; \"quoted\" 'single' [31m ]]> ?> evil done"
    assert said[0] == said[1] == clean
    source = tmp_path / "kit" / "stills" / "a.jpg"
    source.parent.mkdir(parents=True)
    Image.new("RGB", (16, 16), (1, 2, 3)).save(source)
    caption = json.dumps({"en": HOSTILE, "fr": "=cmd|' /C calc'!A0"})
    kit = write_kit(tmp_path / "kit", [("a.jpg", f"caption: {caption}\ncredit: '@evil'")])
    report = export_stills(plan(kit, "en"), tmp_path / "out", "en")
    tags = exiftool(report.exported[0].file)[0]
    assert tags["Description"] == clean
    assert tags["Description-fr"] == "=cmd|' /C calc'!A0"
    assert report.exported[0].file.name == "night_01_evil.jpg"
    table = (tmp_path / "out" / "credits.csv").read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(table, newline="")))
    assert rows[1][1] == clean
    assert rows[1][2] == "'@evil"  # never run as a formula by a spreadsheet


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "kit" / "stills" / "a.jpg"
    source.parent.mkdir(parents=True)
    Image.new("RGB", (16, 16), (1, 2, 3)).save(source)
    kit = write_kit(tmp_path / "kit", [("a.jpg", "credit: Jo")])
    out = tmp_path / "out"
    out.mkdir()
    (out / "night_01_jo.jpg").write_bytes(b"someone else's")
    (out / "CREDITS.txt").write_text("theirs", encoding="utf-8")
    report = export_stills(plan(kit, "en"), out, "en")
    assert (out / "night_01_jo.jpg").read_bytes() == b"someone else's"
    assert (out / "CREDITS.txt").read_text(encoding="utf-8") == "theirs"
    assert report.exported[0].file == out / "night_01_jo-2.jpg"
    assert report.credits_txt == out / "CREDITS-2.txt"
    assert "night_01_jo-2.jpg" in report.credits_txt.read_text(encoding="utf-8")
    again = export_stills(plan(kit, "en"), out, "en")
    assert again.exported[0].file == out / "night_01_jo-3.jpg"
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]


def test_a_damaged_still_fails_alone(tmp_path: Path) -> None:
    stills = tmp_path / "kit" / "stills"
    stills.mkdir(parents=True)
    Image.new("RGB", (16, 16), (1, 2, 3)).save(stills / "good.jpg")
    (stills / "cut.jpg").write_bytes((stills / "good.jpg").read_bytes()[:40])
    kit = write_kit(tmp_path / "kit", [("cut.jpg", "credit: A"), ("good.jpg", "credit: B")])
    report = export_stills(plan(kit, "en", [0, 1]), tmp_path / "out", "en")
    assert [f.source.name for f in report.failed] == ["cut.jpg"]
    assert [e.file.name for e in report.exported] == ["night_02_b.jpg"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "CREDITS.txt",
        "credits.csv",
        "night_02_b.jpg",
    ]


def test_an_existing_xmp_packet_is_replaced_not_added() -> None:
    image = io.BytesIO()
    Image.new("RGB", (8, 8)).save(image, "JPEG")
    once = embed(image.getvalue(), packet(StillMetadata("en", {"en": "one"}))).data
    twice = embed(once, packet(StillMetadata("en", {"en": "two"}))).data
    xmp = [s for m, s in jpeg_segments(twice)[0] if b"http://ns.adobe.com/xap/1.0/" in s]
    assert len(xmp) == 1 and b"two" in xmp[0] and b"one" not in xmp[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zoë Lefèvre", "zoe-lefevre"),
        ("© 2025 Studio Ōkami / AOC", "2025-studio-okami-aoc"),
        ("", "uncredited"),
        ("日本語", "uncredited"),
        ("a" * 30 + " " + "b" * 30, "a" * 30),
        ("x" * 80, "x" * 48),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_numbers_take_three_digits_past_99() -> None:
    assert still_name("roped", 7, 99, "A", ".JPG") == "roped_07_a.jpg"
    assert still_name("roped", 7, 100, "", ".jpg") == "roped_007_uncredited.jpg"


def test_stopping_leaves_the_rest_and_credits_what_was_written(tmp_path: Path) -> None:
    stills = tmp_path / "kit" / "stills"
    stills.mkdir(parents=True)
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        Image.new("RGB", (8, 8)).save(stills / name)
    kit = write_kit(tmp_path / "kit", [(n, "credit: Jo") for n in ("a.jpg", "b.jpg", "c.jpg")])
    asked: list[int] = []
    report = export_stills(
        plan(kit, "en"),
        tmp_path / "out",
        "en",
        progress=lambda d, t: asked.append(d),
        stop=lambda: len(asked) >= 2,
    )
    assert report.stopped
    assert [e.file.name for e in report.exported] == ["night_01_jo.jpg", "night_02_jo.jpg"]
    assert "night_03" not in (tmp_path / "out" / "CREDITS.txt").read_text(encoding="utf-8")
    nothing = export_stills(plan(kit, "en"), tmp_path / "none", "en", stop=lambda: True)
    assert nothing.stopped and not nothing.exported
    assert list((tmp_path / "none").iterdir()) == []
