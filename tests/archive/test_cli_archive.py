"""``mediakit pack`` and ``verify``, and ``validate``/``info`` on archives:
exit codes and one readable line per problem."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.archive import helpers as h
from tests.conftest import ROPED
from tests.kit.helpers import make_kit


def mediakit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mediakit", *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=120, check=False,
    )  # fmt: skip


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
    assert run.stderr == (
        "bad.mediakit: stills/b.jpg: missing entry: listed in checksums.sha256 but not in "
        "the archive\n"
    )
    assert run.stdout == ""


def test_verify_is_integrity_only_validate_is_the_kit(tmp_path: Path) -> None:
    entries = [("kit.yaml", b"mediakit: 1\nid: Bad Id\ntitle: T\n")]
    h.build(tmp_path / "k.mediakit", entries)
    assert mediakit("verify", "k.mediakit", cwd=tmp_path).returncode == 0
    run = mediakit("validate", "k.mediakit", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.startswith("k.mediakit/kit.yaml:2:5: id: ")


def test_exit_codes_for_missing_paths_garbage_and_folders(tmp_path: Path) -> None:
    (tmp_path / "junk.mediakit").write_bytes(b"not a zip at all" * 10)
    missing = mediakit("verify", "nope.mediakit", cwd=tmp_path)
    assert missing.returncode == 2
    junk = mediakit("verify", "junk.mediakit", cwd=tmp_path)
    assert junk.returncode == 1
    assert junk.stderr == "junk.mediakit: this is not a ZIP archive (a .mediakit file is a ZIP)\n"
    for command in ("validate", "info"):
        run = mediakit(command, "junk.mediakit", cwd=tmp_path)
        assert run.returncode == 1 and run.stderr == junk.stderr
    folder = mediakit("verify", str(ROPED), cwd=tmp_path)
    assert folder.returncode == 2 and "is a folder" in folder.stderr
    assert mediakit("pack", "nowhere", cwd=tmp_path).returncode == 2
    assert mediakit("pack", cwd=tmp_path).returncode == 2
