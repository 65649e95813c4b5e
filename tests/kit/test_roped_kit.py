"""The ROPED kit as committed: its manifest, its placeholder media (and their test Content
Credentials) and the script that makes them.

Self-contained: the facts are checked against the kit's own French article
(article.atck.fr.md), never against files outside the repository.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from PIL import Image, ImageOps

from mediakit.kit import load
from mediakit.media.credentials import Presence, SignatureState, read_credentials
from tests.conftest import REPO, ROPED

SCRIPT = REPO / "scripts" / "make_roped_placeholders.py"
FILM_SECONDS = 120.0
MAX_FILM_BYTES = 10 * 1000 * 1000
MAX_STILL_BYTES = 600 * 1024
SRT_TIME = re.compile(r"(\d\d):(\d\d):(\d\d),(\d\d\d)")
SRT_TIMING = re.compile(rf"^{SRT_TIME.pattern} --> {SRT_TIME.pattern}$")


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    # The kit keeps to what PyYAML (YAML 1.1) and a YAML 1.2 reader read alike.
    data = yaml.safe_load((ROPED / "kit.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def script() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("make_roped_placeholders", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(SCRIPT.parent))  # its sibling placeholder_credentials
        spec.loader.exec_module(module)
    yield module


def _upright(path: Path) -> Image.Image:
    with Image.open(path) as img:
        return ImageOps.exif_transpose(img)


def _close(pixel: Any, colour: tuple[int, int, int], tolerance: int = 24) -> bool:
    return all(abs(int(a) - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


# -- the manifest --------------------------------------------------------------


def test_loader_finds_no_problem() -> None:
    result = load(ROPED)
    assert [str(p) for p in result.problems] == []
    assert result.kit is not None
    assert result.kit.runtime == "2:00"
    assert result.kit.languages == ("fr", "en")
    assert len(result.kit.stills) == 6


def test_manifest_scalars_are_strings_where_yaml_1_1_would_differ(manifest: dict[str, Any]) -> None:
    # Quoted so that no YAML reader turns 2:00 into 120 or a date into a date object.
    assert manifest["runtime"] == "2:00"
    dates = [q["date"] for q in manifest["quotes"]] + [a["date"] for a in manifest["articles"]]
    assert dates and all(d == "2025-09-02" for d in dates)


def test_credits_are_the_articles(manifest: dict[str, Any]) -> None:
    credits = [(c["role"]["fr"], c["role"]["en"], c["names"]) for c in manifest["credits"]]
    assert credits == [
        ("Réalisation", "Directors", ["Cokau"]),
        ("Musique originale et sound design", "Original music and sound design",
         ["Fabrice Smadja (AOC)"]),
        ("Producteur et associé", "Producer and associate", ["Adrien Kamir"]),
    ]  # fmt: skip


def test_quotes_are_verbatim_from_the_french_article(manifest: dict[str, Any]) -> None:
    article = (ROPED / "article.atck.fr.md").read_text(encoding="utf-8")
    quotes = manifest["quotes"]
    assert [q["by"] for q in quotes] == ["Cokau", "Adrien Kamir"]
    for quote in quotes:
        text = quote["text"]["fr"]
        assert f"« {text} »" in article, text
        assert "'" not in text  # the article's apostrophes are typographic (U+2019)
        assert quote["source"] == "ATCK"


def test_articles_original_and_marked_translation(manifest: dict[str, Any]) -> None:
    original, translation = manifest["articles"]
    assert (original["language"], original["publication"], original["author"]) == (
        "fr",
        "ATCK",
        "atck",
    )
    text = (ROPED / original["body"]["fr"]["file"]).read_text(encoding="utf-8")
    assert text.startswith("# ROPED x COKAU\n\n*Publié le 2 septembre 2025 par atck*\n")
    assert translation["language"] == "en"
    assert "not published by ATCK" in translation["title"]["en"]
    first_line = (ROPED / translation["body"]["en"]["file"]).read_text(encoding="utf-8")
    assert "translation made for this kit, not published by ATCK" in first_line.splitlines()[0]


def test_kit_format_doc_is_shipped() -> None:
    doc = (REPO / "docs" / "kit-format.md").read_text(encoding="utf-8")
    assert doc.startswith("# The media kit format, version 1")


# -- stills and poster ----------------------------------------------------------


def test_stills_are_large_labelled_jpegs(manifest: dict[str, Any]) -> None:
    stills = manifest["stills"]
    assert len(stills) == 6
    for still in stills:
        path = ROPED / still["file"]
        with Image.open(path) as raw:
            assert raw.format == "JPEG"
        assert path.stat().st_size <= MAX_STILL_BYTES, path
        assert _upright(path).width >= 1920, path
        assert "placeholder" in still["caption"]["en"].lower()
        assert "provisoire" in still["caption"]["fr"].lower()
        assert still["alt"]["fr"] and still["alt"]["en"]


def test_one_still_is_portrait(manifest: dict[str, Any]) -> None:
    shapes = [_upright(ROPED / s["file"]).size for s in manifest["stills"]]
    assert sum(1 for w, h in shapes if h > w) == 1


def test_one_still_is_upright_only_after_exif_orientation(
    manifest: dict[str, Any], script: ModuleType
) -> None:
    rotated = []
    for still in manifest["stills"]:
        with Image.open(ROPED / still["file"]) as img:
            if img.getexif().get(0x0112, 1) != 1:
                rotated.append(ROPED / still["file"])
    assert len(rotated) == 1
    with Image.open(rotated[0]) as raw:
        assert raw.getexif()[0x0112] == 6
        raw_rgb = raw.convert("RGB")
    upright = _upright(rotated[0])
    # Orientation 6 swaps the axes: the raw pixels are portrait, the picture landscape.
    assert raw_rgb.size == (upright.height, upright.width)
    assert upright.width > upright.height
    # The red "UP" marker sits at the displayed top-left, so at the raw bottom-left.
    assert _close(upright.getpixel((24, 24)), script.MARKER)
    assert not _close(raw_rgb.getpixel((24, 24)), script.MARKER)
    assert _close(raw_rgb.getpixel((24, raw_rgb.height - 24)), script.MARKER)


def test_poster_is_a_2_by_3_jpeg(manifest: dict[str, Any]) -> None:
    with Image.open(ROPED / manifest["film"]["poster"]) as poster:
        assert poster.format == "JPEG"
        assert poster.width * 3 == poster.height * 2


def test_still_and_poster_making_is_deterministic(script: ModuleType, tmp_path: Path) -> None:
    outputs = []
    for run in ("a", "b"):
        paths = script.make_stills(tmp_path / run / "stills")
        paths.append(script.make_poster(tmp_path / run / "film" / "poster.jpg"))
        outputs.append([p.read_bytes() for p in paths])
    assert len(outputs[0]) == 7
    assert outputs[0] == outputs[1]


def test_script_writes_the_stills_the_manifest_names(
    manifest: dict[str, Any], script: ModuleType
) -> None:
    names = [f"stills/{script.still_name(scene)}" for scene in script.SCENES]
    assert names == [s["file"] for s in manifest["stills"]]


# -- Content Credentials -------------------------------------------------------------


def _signed_media(manifest: dict[str, Any]) -> list[Path]:
    names = [s["file"] for s in manifest["stills"]] + [manifest["film"]["poster"]]
    return [ROPED / name for name in [*names, manifest["film"]["file"]]]


def _assert_placeholder_credentials(path: Path) -> None:
    """Made by the placeholder script, drawn by an algorithm (not AI), signed by a
    TEST certificate: the signature checks, its signer is unknown (untrusted)."""
    reading = read_credentials(path)
    assert reading.presence is Presence.PRESENT, (path, reading.problem)
    found = reading.credentials
    assert found is not None
    assert found.signature is SignatureState.UNTRUSTED, (path, found.failures)
    assert found.source_types == {"algorithmicMedia"}, path
    assert found.synthetic and not found.ai_generated, path
    assert found.issuer is not None and "TEST" in found.issuer, (path, found.issuer)
    assert found.generator.startswith("mediakit placeholders "), (path, found.generator)
    assert found.title == path.name


def test_the_committed_media_carry_placeholder_credentials(
    manifest: dict[str, Any], script: ModuleType
) -> None:
    media = _signed_media(manifest)
    assert media == script.signed_media(ROPED)  # what --credentials-only signs
    for path in media:
        _assert_placeholder_credentials(path)


def test_signing_keeps_the_picture_and_its_orientation(script: ModuleType, tmp_path: Path) -> None:
    [rotated] = [scene for scene in script.SCENES if scene.exif_rotated]
    path = script.write_still(rotated, tmp_path)
    unsigned = path.read_bytes()
    assert read_credentials(path).presence is Presence.NONE
    assert script.sign_in_place([path]) == [path]
    _assert_placeholder_credentials(path)
    (tmp_path / "unsigned.jpg").write_bytes(unsigned)
    assert script._picture(path) == script._picture(tmp_path / "unsigned.jpg")
    with Image.open(path) as signed:
        assert signed.getexif()[0x0112] == 6
    assert path.stat().st_size <= MAX_STILL_BYTES
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, "unsigned.jpg"]


def test_credentials_only_signs_a_copy_of_the_kit_again(
    script: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    committed = script.signed_media(ROPED)
    copies = script.signed_media(tmp_path)
    for path, copy in zip(committed, copies, strict=True):
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    assert script.main(["--out", str(tmp_path), "--credentials-only"]) == 0
    assert capsys.readouterr().out.count(str(tmp_path)) == len(copies)
    for path, copy in zip(committed, copies, strict=True):
        _assert_placeholder_credentials(copy)
        assert copy.read_bytes() != path.read_bytes()  # a fresh certificate, a new signature
        # The old manifest replaced, not kept beside the new one.
        assert abs(copy.stat().st_size - path.stat().st_size) < 64, copy
        if copy.suffix == ".jpg":
            assert script._picture(copy) == script._picture(path), copy
    assert not [p for p in tmp_path.rglob(".*")]  # no temporary file left


def test_signing_that_would_change_the_picture_leaves_the_file(
    script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "poster.jpg"
    shutil.copyfile(ROPED / "film" / "poster.jpg", path)
    before = path.read_bytes()

    def repaint(source: Path, dest: Path, *_: object) -> None:
        Image.new("RGB", (10, 15)).save(dest, "JPEG")

    monkeypatch.setattr(script, "add_credentials", repaint)
    with pytest.raises(RuntimeError, match="changed the picture"):
        script.sign_in_place([path])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["poster.jpg"]


# -- subtitles --------------------------------------------------------------------


def _seconds(match: re.Match[str], first: int) -> float:
    h, m, s, ms = (int(match.group(first + i)) for i in range(4))
    assert m < 60 and s < 60
    return h * 3600 + m * 60 + s + ms / 1000


def parse_srt(text: str) -> list[tuple[float, float, str]]:
    """A strict SRT reader: numbered blocks, a timing line, at least one text line."""
    cues = []
    blocks = text.strip("\n").split("\n\n")
    for number, block in enumerate(blocks, start=1):
        lines = block.split("\n")
        assert lines[0] == str(number), block
        timing = SRT_TIMING.match(lines[1])
        assert timing is not None, lines[1]
        assert len(lines) >= 3 and all(line.strip() for line in lines[2:]), block
        cues.append((_seconds(timing, 1), _seconds(timing, 5), "\n".join(lines[2:])))
    return cues


def test_parse_srt_refuses_a_bad_timing() -> None:
    with pytest.raises(AssertionError):
        parse_srt("1\n00:00:01.000 --> 00:00:02,000\nHello\n")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_subtitles_fit_the_film(manifest: dict[str, Any], language: str) -> None:
    files = {s["language"]: s["file"] for s in manifest["film"]["subtitles"]}
    cues = parse_srt((ROPED / files[language]).read_text(encoding="utf-8"))
    assert len(cues) >= 3
    previous_end = 0.0
    for start, end, _ in cues:
        assert previous_end <= start < end <= FILM_SECONDS
        previous_end = end
    texts = " ".join(text for _, _, text in cues)
    assert manifest["logline"][language] in texts
    assert ("PROVISOIRE" if language == "fr" else "PLACEHOLDER") in texts.upper()


def test_subtitles_match_the_script(script: ModuleType, tmp_path: Path) -> None:
    for path in script.make_subtitles(tmp_path):
        assert path.read_bytes() == (ROPED / "film" / path.name).read_bytes()


# -- film ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def film_probe(manifest: dict[str, Any]) -> dict[str, Any]:
    ffprobe = shutil.which("ffprobe")
    if ffprobe is None:
        pytest.skip("ffprobe not found (install ffmpeg) to check the film")
    out = subprocess.run(
        [ffprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
         str(ROPED / manifest["film"]["file"])],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    probe: dict[str, Any] = json.loads(out)
    return probe


def test_film_lasts_exactly_two_minutes(film_probe: dict[str, Any]) -> None:
    assert float(film_probe["format"]["duration"]) == FILM_SECONDS
    for stream in film_probe["streams"]:
        assert float(stream["duration"]) == FILM_SECONDS, stream["codec_type"]


def test_film_codecs_and_picture(film_probe: dict[str, Any]) -> None:
    streams = {s["codec_type"]: s for s in film_probe["streams"]}
    assert sorted(streams) == ["audio", "video"]
    video, audio = streams["video"], streams["audio"]
    assert (video["codec_name"], video["width"], video["height"]) == ("h264", 1280, 720)
    assert video["pix_fmt"] == "yuv420p"
    assert (audio["codec_name"], audio["channels"]) == ("aac", 2)
    assert "tags" not in film_probe["format"] or not {"title", "creation_time", "encoder"} & set(
        film_probe["format"]["tags"]
    )


def test_film_size_and_faststart(manifest: dict[str, Any]) -> None:
    path = ROPED / manifest["film"]["file"]
    assert path.stat().st_size <= MAX_FILM_BYTES
    boxes = []
    with path.open("rb") as f:
        while header := f.read(8):
            size, kind = struct.unpack(">I4s", header)
            if size == 1:
                size = struct.unpack(">Q", f.read(8))[0] - 8
            boxes.append(kind.decode("ascii"))
            f.seek(size - 8, 1)
    assert boxes.index("moov") < boxes.index("mdat")
