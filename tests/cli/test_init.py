"""``mediakit init FOLDER``: a draft kit.yaml from real stills, films (ffmpeg, probed
by libvlc), subtitles and texts; what ``validate`` then asks for; never an
overwrite without ``--force``, never a backup lost."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from mediakit.kit import load
from tests.conftest import run_mediakit
from tests.kit.authoring import folders
from tests.media.brokenfilms import NO_VLC

ENGLISH = {**os.environ, "LC_ALL": "C.UTF-8", "LANGUAGE": ""}
FRENCH = {**os.environ, "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": ""}
_PROBLEM = re.compile(r"kit\.yaml:\d+:\d+: ([^:]+): ", re.MULTILINE)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder as a publicist hands it over, before any kit.yaml."""
    if folders.NO_FFMPEG:
        pytest.skip(folders.NO_FFMPEG)
    folder = tmp_path_factory.mktemp("init") / "Roped"
    folder.mkdir()
    folders.make_stills(folder)
    folders.make_texts(folder)
    folders.make_subtitles(folder)
    folders.make_film(folder / "film" / "roped.mp4", 8)
    folders.make_film(folder / "film" / "teaser.mp4", 3, "160x90")
    return folder


@pytest.fixture
def folder(made: Path, tmp_path: Path) -> Path:
    copy = tmp_path / made.name
    shutil.copytree(made, copy)
    return copy


@pytest.mark.vlc
@pytest.mark.skipif(NO_VLC is not None, reason=NO_VLC or "")
def test_init_drafts_what_the_folder_holds(folder: Path) -> None:
    done = run_mediakit("init", str(folder), env=ENGLISH)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    out = done.stdout
    assert f"{folder / 'kit.yaml'}: drafted" in out
    assert "Found: 6 images, 2 videos, 4 subtitle files, 3 texts" in out
    assert "Film: film/roped.mp4 (0:08, 96×64, H264 - MPEG-4 AVC (part 10), MPEG AAC" in out
    assert "Trailer candidates, in comments: film/teaser.mp4 (0:03, 160×90" in out
    assert "Poster: affiche-festival.jpg (by its name)" in out
    assert "film/mystery.srt (language unknown)" in out
    assert "Guessed from the folder's name: id roped, title “Roped”" in out
    assert "Language: en, the system's" not in out  # a text's name adds fr
    assert "Languages: en, fr:" in out
    assert "Not used: 1 file: notes.txt" in out
    assert "Left to fill: 8 fields: logline, articles[…].publication, stills[…].alt ×5" in out
    text = (folder / "kit.yaml").read_text("utf-8")
    assert "  # trailer: film/teaser.mp4  # a candidate: 0:03, 160×90" in text
    assert "  - file: stills/01-desert.jpg  # 64×48" in text
    draft = yaml.safe_load(text)
    assert (draft["id"], draft["title"], draft["languages"]) == ("roped", "Roped", ["en", "fr"])
    assert draft["runtime"] == "0:08"
    assert draft["film"]["file"] == "film/roped.mp4"


@pytest.mark.vlc
@pytest.mark.skipif(NO_VLC is not None, reason=NO_VLC or "")
def test_validate_lists_exactly_what_is_left_then_passes(folder: Path) -> None:
    assert run_mediakit("init", str(folder), "--lang", "fr,en", env=ENGLISH).returncode == 0
    fresh = run_mediakit("validate", str(folder), env=ENGLISH)
    assert fresh.returncode == 1
    problems = [line for line in fresh.stdout.splitlines() if not line.startswith("warning: ")]
    assert _PROBLEM.findall("\n".join(problems)) == [
        "logline",
        "articles[0].publication",
        *(f"stills[{index}].alt" for index in range(5)),
        "film.subtitles[0].language",
    ]
    assert len(problems) == 8
    manifest = folder / "kit.yaml"
    manifest.write_text(folders.fill(manifest.read_text("utf-8")), "utf-8")
    filled = run_mediakit("validate", str(folder), env=ENGLISH)
    assert filled.returncode == 0, filled.stdout
    kit = load(folder).kit
    assert kit is not None and kit.languages == ("fr", "en") and kit.runtime == "0:08"


def test_an_existing_kit_yaml_is_kept_byte_for_byte(tmp_path: Path) -> None:
    manifest = tmp_path / "kit.yaml"
    manifest.write_bytes(b"mine: \xc3\xa9\r\n")
    done = run_mediakit("init", str(tmp_path), env=ENGLISH)
    assert done.returncode == 2
    assert "kit.yaml: exists: use --force" in done.stderr and done.stdout == ""
    assert manifest.read_bytes() == b"mine: \xc3\xa9\r\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kit.yaml"]


def test_force_keeps_every_earlier_kit_yaml(tmp_path: Path) -> None:
    manifest = tmp_path / "kit.yaml"
    manifest.write_text("first", "utf-8")
    done = run_mediakit("init", str(tmp_path), "--force", env=ENGLISH)
    assert done.returncode == 0, done.stderr
    assert f"the previous one is kept as {tmp_path / 'kit.yaml.bak'}" in done.stdout
    drafted = manifest.read_text("utf-8")
    again = run_mediakit("init", str(tmp_path), "--force", "--title", "Other", env=ENGLISH)
    assert again.returncode == 0, again.stderr
    assert f"kept as {tmp_path / 'kit.yaml.bak.1'}" in again.stdout
    assert (tmp_path / "kit.yaml.bak").read_text("utf-8") == "first"
    assert (tmp_path / "kit.yaml.bak.1").read_text("utf-8") == drafted
    assert yaml.safe_load(manifest.read_text("utf-8"))["title"] == "Other"


def test_an_empty_folder_drafts_a_skeleton(tmp_path: Path) -> None:
    folder = tmp_path / "Été 2026 — a campaign!"
    folder.mkdir()
    done = run_mediakit("init", str(folder), env=ENGLISH)
    assert done.returncode == 0, done.stderr
    assert "Found: 0 images, 0 videos, 0 subtitle files, 0 texts" in done.stdout
    assert "Left to fill: 2 fields: logline, synopsis" in done.stdout
    draft = yaml.safe_load((folder / "kit.yaml").read_text("utf-8"))
    assert draft == {
        "mediakit": 1, "id": "ete-2026-a-campaign", "title": "Été 2026 — a campaign!",
        "languages": ["en"], "logline": None, "synopsis": None,
    }  # fmt: skip


def test_given_id_title_and_languages_and_the_system_language(tmp_path: Path) -> None:
    done = run_mediakit(
        "init", str(tmp_path), "--id", "my-kit", "--title", "2:05", "--lang", "de,EN,de",
        env=ENGLISH,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Guessed" not in done.stdout and "Language" not in done.stdout
    draft = yaml.safe_load((tmp_path / "kit.yaml").read_text("utf-8"))
    assert (draft["id"], draft["title"], draft["languages"]) == ("my-kit", "2:05", ["de", "EN"])
    french = tmp_path / "fr"
    french.mkdir()
    done = run_mediakit("init", str(french), env=FRENCH)
    assert done.returncode == 0, done.stderr
    assert yaml.safe_load((french / "kit.yaml").read_text("utf-8"))["languages"] == ["fr"]
    assert "Reste à remplir" in done.stdout  # the interface speaks French too


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["gone"], "gone: no such file or folder"),
        (["kit.txt"], "kit.txt: not a folder"),
        ([".", "--id", "Bad_Id"], "--id Bad_Id: an id is"),
        ([".", "--lang", "fr,not a code"], "--lang fr,not a code: expected"),
        ([".", "--lang", ","], "--lang ,: expected"),
    ],
)
def test_a_wrong_command_line_is_exit_2(tmp_path: Path, args: list[str], says: str) -> None:
    (tmp_path / "kit.txt").write_text("x", "utf-8")
    done = run_mediakit("init", *args, cwd=tmp_path, env=ENGLISH)
    assert done.returncode == 2
    assert says in done.stderr
    assert not (tmp_path / "kit.yaml").exists()


def test_init_never_loads_qt(made: Path, tmp_path: Path) -> None:
    folder = tmp_path / "kit"
    shutil.copytree(made, folder)
    probe = (
        "import sys; from mediakit.cli.main import main; status = main(sys.argv[1:]); "
        "print(int(status), any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "init", str(folder)],
        capture_output=True, text=True, env=ENGLISH, timeout=120, check=False,
    )  # fmt: skip
    assert done.stdout.splitlines()[-1] == "0 False", done.stderr
