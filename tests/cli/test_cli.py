"""The command line's contract: exit codes, one readable line per problem,
never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import REPO, run_mediakit


def mediakit(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return run_mediakit(*args, cwd=cwd)


def write_kit(folder: Path, manifest: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kit.yaml").write_text(manifest, encoding="utf-8")
    return folder


def test_validate_roped_is_clean() -> None:
    run = mediakit("validate", "kits/roped")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # not even a warning
    assert "valid" in run.stdout


def test_validate_reports_each_problem_on_its_own_line(tmp_path: Path) -> None:
    kit = write_kit(tmp_path / "bad", "mediakit: 1\nid: Bad Id\ntitle: T\nsynopis: typo\n")
    run = mediakit("validate", str(kit))
    assert run.returncode == 1
    assert run.stderr == ""  # problems are what validate reports: on stdout, as linters do
    lines = run.stdout.strip().splitlines()
    assert len(lines) == 2, lines
    assert all(line.startswith(f"{kit}/kit.yaml:") for line in lines)
    assert any(":2:5: id:" in line for line in lines)
    assert any(":4:1: synopis: unknown key 'synopis'; did you mean 'synopsis'?" in line
               for line in lines)  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "no/such/kit"),
        ("info", "no/such/kit"),
        ("snapshot", "no/such/kit", "-o", "x.png"),
    ],
)
def test_missing_path_is_a_usage_error(args: tuple[str, ...]) -> None:
    run = mediakit(*args)
    assert run.returncode == 2
    assert run.stderr.strip() == "mediakit: no/such/kit: no such file or folder"


def test_bad_arguments_are_a_usage_error_without_traceback() -> None:
    run = mediakit("snapshot", "kits/roped", "-o", "x.png", "--size", "huge")
    assert run.returncode == 2
    assert "expected a size like 1280x800" in run.stderr
    assert "Traceback" not in run.stderr


def test_folder_without_manifest_is_a_problem(tmp_path: Path) -> None:
    run = mediakit("validate", str(tmp_path))
    assert run.returncode == 1
    assert "kit.yaml" in run.stdout and run.stderr == ""


def test_garbage_manifest_never_tracebacks(tmp_path: Path) -> None:
    kit = tmp_path / "garbage"
    kit.mkdir()
    (kit / "kit.yaml").write_bytes(bytes(range(256)) * 4)
    run = mediakit("validate", str(kit))
    assert run.returncode == 1
    assert run.stderr == "" and run.stdout.startswith(f"{kit}/kit.yaml")


def test_info_summary_and_json() -> None:
    run = mediakit("info", "kits/roped", "--lang", "en")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("ROPED — Short film · 2025 · 2:00")
    assert "Adrien Kamir" in run.stdout
    as_json = mediakit("info", "kits/roped", "--json")
    data = json.loads(as_json.stdout)
    assert "ROPED" in data["title"].values()
    assert data["film"]["file"] == "film/roped.mp4"
    assert len(data["stills"]) == 6


def test_schema_is_json() -> None:
    run = mediakit("schema")
    assert run.returncode == 0
    schema = json.loads(run.stdout)
    assert "title" in schema["properties"]


def test_snapshot_makes_a_png_of_exactly_the_size(tmp_path: Path) -> None:
    out = tmp_path / "roped.png"
    run = mediakit(
        "snapshot",
        "kits/roped",
        "-o",
        str(out),
        "--size",
        "1000x700",
        "--section",
        "credits",
        "--lang",
        "en",
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # not even the offscreen platform's propagateSizeHints() warning
    with Image.open(out) as image:
        assert image.size == (1000, 700)
        # Not a blank frame: the window drew text and panels of several colours.
        assert len(image.convert("RGB").getcolors(1 << 24) or []) > 20


def test_snapshot_unknown_section(tmp_path: Path) -> None:
    run = mediakit("snapshot", "kits/roped", "-o", str(tmp_path / "x.png"), "--section", "nope")
    assert run.returncode == 2
    assert "--section nope" in run.stderr


def test_cli_section_names_match_the_window() -> None:
    from mediakit.cli.argtypes import SECTION_NAMES as CLI_SECTION_NAMES
    from mediakit.gui.sections import SECTION_NAMES

    assert CLI_SECTION_NAMES == SECTION_NAMES


def test_install_desktop_and_uninstall(tmp_path: Path) -> None:
    env = os.environ | {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mediakit", "install-desktop", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    installed = run()
    assert installed.returncode == 0, installed.stderr
    entry = tmp_path / "data" / "applications" / "org.mediakit.MediaKit.desktop"
    assert f"installed {entry}" in installed.stdout.splitlines()
    assert "MimeType=application/x-mediakit;" in entry.read_text()
    removed = run("--uninstall")
    assert removed.returncode == 0 and f"removed {entry}" in removed.stdout
    assert not entry.exists()


def test_info_counts_slides_as_the_show_does(tmp_path: Path) -> None:
    from mediakit.cli.info import summary
    from mediakit.kit import load
    from tests.kit.helpers import MINIMAL, image_bytes, make_kit

    stills = ", ".join(f"{{file: s{i}.jpg, alt: A}}" for i in range(3))
    manifest = MINIMAL + f"stills: [{stills}]\npresentation: [{{show: stills}}]\n"
    kit = load(make_kit(tmp_path / "k", manifest, {f"s{i}.jpg": image_bytes() for i in range(3)}))
    assert kit.kit is not None and len(kit.kit.presentation) == 1
    assert "3 stills, 3 slides" in summary(kit.kit, None)  # one slide per still, as presented
    roped = mediakit("info", "kits/roped")
    shown = mediakit("snapshot", "kits/roped", "--present", "15", "-o", str(tmp_path / "x.png"))
    assert ", 14 slides" in roped.stdout
    assert "the presentation has 14 slides" in shown.stderr


def test_lang_is_checked_against_the_kit_by_every_command(tmp_path: Path) -> None:
    message = "mediakit: --lang de: this kit has fr, en\n"
    for args in (
        ["info"],
        ["info", "--json"],
        ["validate"],
        ["snapshot", "-o", str(tmp_path / "x.png")],
    ):
        run = mediakit(*args, "kits/roped", "--lang", "de")
        assert (run.returncode, run.stderr) == (2, message), args
    assert not (tmp_path / "x.png").exists()
    assert mediakit("info", "kits/roped", "--lang", "EN").stdout.startswith("ROPED — Short film")


def test_validate_problems_go_through_a_pipe_and_usage_errors_do_not(tmp_path: Path) -> None:
    """`mediakit validate KIT | grep credits` finds the problems; errors about the
    command line itself stay on stderr."""
    kit = write_kit(tmp_path / "bad", "mediakit: 1\nid: bad\ntitle: T\ncredits: [{role: R}]\n")
    grep = subprocess.run(
        f'"{sys.executable}" -m mediakit validate "{kit}" | grep credits',
        shell=True, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert grep.stdout == f"{kit}/kit.yaml:4:11: credits[0].names: at least one name is required\n"
    missing = mediakit("validate", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr == f"mediakit: {tmp_path / 'nowhere'}: no such file or folder\n"


def test_snapshot_leaves_the_users_library_alone(tmp_path: Path) -> None:
    # Showing a kit records it in the reader's library; a snapshot is not the reader.
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    out = tmp_path / "roped.png"
    run = run_mediakit("snapshot", "kits/roped", "-o", str(out), "--size", "800x600", env=env)
    assert run.returncode == 0, run.stderr
    assert out.is_file()
    assert not (data / "mediakit").exists()
