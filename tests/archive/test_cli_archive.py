"""``mediakit pack`` and ``verify``, and ``validate``/``info`` on archives:
exit codes and one readable line per problem."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

from tests.archive import helpers as h
from tests.conftest import ROPED, run_mediakit
from tests.kit.helpers import make_kit


def mediakit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_mediakit(*args, cwd=cwd)


def test_pack_verify_validate_info_on_roped(tmp_path: Path) -> None:
    packed = mediakit("pack", str(ROPED), cwd=tmp_path)
    assert packed.returncode == 0, packed.stderr
    assert packed.stderr == ""  # nothing left out, and no progress when not a terminal
    first, second = packed.stdout.splitlines()
    assert first == "roped.mediakit: 19 files and checksums.sha256, 5.1 MiB"
    assert second.startswith("sha256 ") and len(second) == 7 + 64
    verified = mediakit("verify", "roped.mediakit", cwd=tmp_path)
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.splitlines() == [
        "roped.mediakit: intact — 19 files, SHA-256 checked",
        "not signed",
        second,
    ]
    valid = mediakit("validate", "roped.mediakit", cwd=tmp_path)
    assert valid.returncode == 0 and valid.stdout == "roped.mediakit: valid kit 'roped'\n"
    info = mediakit("info", "--json", "roped.mediakit", cwd=tmp_path)
    folder = mediakit("info", "--json", str(ROPED), cwd=tmp_path)
    assert info.returncode == 0 and json.loads(info.stdout) == json.loads(folder.stdout)


def test_pack_to_a_chosen_name_lists_what_it_left_out(tmp_path: Path) -> None:
    kit = make_kit(
        tmp_path / "kit", h.MANIFEST.decode(), {"stills/a.jpg": h.STILL, "notes.txt": "x"}
    )
    run = mediakit("pack", str(kit), "-o", "out/k.mediakit", cwd=tmp_path)
    assert run.returncode == 1  # the output folder does not exist
    assert run.stderr == "out/k.mediakit: cannot write it: No such file or directory\n"
    (tmp_path / "out").mkdir()
    run = mediakit("pack", str(kit), "-o", "out/k.mediakit", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    *warnings, left_out = run.stderr.splitlines()
    assert left_out == f"{kit}/notes.txt: left out (kit.yaml does not name it)"
    assert all(line.startswith(f"warning: {kit}/kit.yaml:") for line in warnings)
    assert run.stdout.startswith("out/k.mediakit: 2 files and checksums.sha256")


def test_pack_refuses_an_invalid_kit_and_writes_nothing(tmp_path: Path) -> None:
    kit = make_kit(tmp_path / "bad", "mediakit: 1\nid: Bad Id\ntitle: T\nsynopis: typo\n")
    run = mediakit("pack", str(kit), cwd=tmp_path)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{kit}/kit.yaml:") for line in lines)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad"]
    assert "Traceback" not in run.stderr


def test_verify_names_each_problem_and_exits_1(tmp_path: Path) -> None:
    h.build(tmp_path / "bad.mediakit", listed=[*h.kit_entries(), ("stills/b.jpg", b"")])
    run = mediakit("verify", "bad.mediakit", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stdout == (
        "bad.mediakit: stills/b.jpg: missing entry: listed in checksums.sha256 but not in "
        "the archive\n"
    )
    assert run.stderr == ""


def test_verify_is_integrity_only_validate_is_the_kit(tmp_path: Path) -> None:
    entries = [("kit.yaml", b"mediakit: 1\nid: Bad Id\ntitle: T\n")]
    h.build(tmp_path / "k.mediakit", entries)
    assert mediakit("verify", "k.mediakit", cwd=tmp_path).returncode == 0
    run = mediakit("validate", "k.mediakit", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stdout.startswith("k.mediakit/kit.yaml:2:5: id: ")


def test_exit_codes_for_missing_paths_garbage_and_folders(tmp_path: Path) -> None:
    (tmp_path / "junk.mediakit").write_bytes(b"not a zip at all" * 10)
    missing = mediakit("verify", "nope.mediakit", cwd=tmp_path)
    assert missing.returncode == 2
    junk = mediakit("verify", "junk.mediakit", cwd=tmp_path)
    assert junk.returncode == 1
    assert junk.stdout == "junk.mediakit: this is not a ZIP archive (a .mediakit file is a ZIP)\n"
    validate = mediakit("validate", "junk.mediakit", cwd=tmp_path)
    assert validate.returncode == 1 and validate.stdout == junk.stdout
    info = mediakit("info", "junk.mediakit", cwd=tmp_path)
    assert info.returncode == 1 and info.stderr == junk.stdout and info.stdout == ""
    folder = mediakit("verify", str(ROPED), cwd=tmp_path)
    assert folder.returncode == 2 and "is a folder" in folder.stderr
    assert mediakit("pack", "nowhere", cwd=tmp_path).returncode == 2
    assert mediakit("pack", cwd=tmp_path).returncode == 2


def test_pack_replaces_an_archive_only_with_force(tmp_path: Path) -> None:
    first = mediakit("pack", str(ROPED), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = (tmp_path / "roped.mediakit").stat()
    again = mediakit("pack", str(ROPED), cwd=tmp_path)
    assert again.returncode == 1
    assert again.stderr == "roped.mediakit: exists: use --force to replace it\n"
    assert again.stdout == ""
    assert (tmp_path / "roped.mediakit").stat().st_ino == before.st_ino  # untouched
    forced = mediakit("pack", str(ROPED), "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout == first.stdout  # the same bytes again
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roped.mediakit"]


def test_pack_insists_on_the_mediakit_name(tmp_path: Path) -> None:
    run = mediakit("pack", str(ROPED), "-o", "roped.zip", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr == "mediakit: roped.zip: the archive's name must end in .mediakit\n"
    assert list(tmp_path.iterdir()) == []


def test_pack_refuses_an_archive_as_its_input(tmp_path: Path) -> None:
    assert mediakit("pack", str(ROPED), cwd=tmp_path).returncode == 0
    run = mediakit("pack", "roped.mediakit", "-o", "again.mediakit", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr == "mediakit: roped.mediakit: pack takes a kit folder, not an archive\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roped.mediakit"]


def test_pack_is_quiet_about_the_schema_and_its_own_archive(tmp_path: Path) -> None:
    kit = make_kit(
        tmp_path / "kit",
        h.MANIFEST.decode(),
        {"stills/a.jpg": h.STILL, "kit.schema.json": "{}", "notes.txt": "x"},
    )
    inside = ["pack", str(kit), "-o", str(kit / "k.mediakit")]
    first = mediakit(*inside, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    again = mediakit(*inside, "--force", cwd=tmp_path)  # its older archive lies in the kit
    assert again.returncode == 0, again.stderr
    for run in (first, again):
        assert (
            run.stderr.splitlines()[-1] == f"{kit}/notes.txt: left out (kit.yaml does not name it)"
        )
        assert "kit.schema.json" not in run.stderr and "k.mediakit" not in run.stderr
    with zipfile.ZipFile(kit / "k.mediakit") as archive:
        assert archive.namelist() == ["kit.yaml", "stills/a.jpg", "checksums.sha256"]
