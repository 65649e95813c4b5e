"""``mediakit export stills PATH -o FOLDER [--lang]``: exit statuses, output lines,
the export language, nothing overwritten, and no Qt loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

from mediakit.cli.exitstatus import ExitStatus
from tests.conftest import ROPED, run_mediakit

CREDIT = "placeholder-drawn-by-mediakit-not-from-the-film"


def test_roped_in_english(tmp_path: Path) -> None:
    out = tmp_path / "press"
    done = run_mediakit("export", "stills", str(ROPED), "-o", str(out), "--lang", "en")
    assert done.returncode == ExitStatus.OK, done.stderr
    lines = done.stdout.splitlines()
    first = out / f"roped_01_{CREDIT}.jpg"
    assert lines[0] == f"{first}  ←  stills/01-desert.jpg"
    assert lines[1] == f"  Content Credentials kept in {out / 'originals' / first.name} (untouched)"
    assert lines[-1] == f"6 stills exported: {out} (CREDITS.txt, credits.csv)"
    assert done.stderr == ""
    credits = (out / "CREDITS.txt").read_text(encoding="utf-8")
    assert credits.startswith("ROPED — stills for publication")
    assert "Placeholder 1/6 — mood: hostile landscape, the desert." in credits
    assert "Image provisoire" not in credits  # the captions of --lang


def test_french_captions_and_a_second_export_beside_the_first(tmp_path: Path) -> None:
    out = tmp_path / "press"
    first = run_mediakit("export", "stills", str(ROPED), "-o", str(out), "--lang", "fr")
    assert first.returncode == ExitStatus.OK, first.stderr
    assert "Image provisoire 1/6" in (out / "CREDITS.txt").read_text(encoding="utf-8")
    again = run_mediakit("export", "stills", str(ROPED), "-o", str(out), "--lang", "FR")
    assert again.returncode == ExitStatus.OK, again.stderr
    assert str(out / f"roped_01_{CREDIT}-2.jpg") in again.stdout
    assert (out / "CREDITS-2.txt").is_file() and (out / "credits-2.csv").is_file()


def test_a_language_the_kit_lacks_is_a_usage_error(tmp_path: Path) -> None:
    done = run_mediakit("export", "stills", str(ROPED), "-o", str(tmp_path), "--lang", "de")
    assert done.returncode == ExitStatus.USAGE
    assert "--lang de: this kit has fr, en" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_unreachable_kit_and_missing_output(tmp_path: Path) -> None:
    done = run_mediakit("export", "stills", str(tmp_path / "nothing"), "-o", str(tmp_path))
    assert done.returncode == ExitStatus.USAGE
    assert "no such file or folder" in done.stderr
    assert run_mediakit("export", "stills", str(ROPED)).returncode == ExitStatus.USAGE
    assert run_mediakit("export").returncode == ExitStatus.USAGE


def test_an_output_that_is_a_file_and_a_still_that_cannot_be_exported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    done = run_mediakit("export", "stills", str(ROPED), "-o", str(blocker))
    assert done.returncode == ExitStatus.PROBLEMS
    assert "cannot write there" in done.stderr

    kit = tmp_path / "kit"
    (kit / "stills").mkdir(parents=True)
    Image.new("RGB", (8, 8)).save(kit / "stills" / "good.jpg")
    (kit / "stills" / "cut.jpg").write_bytes((kit / "stills" / "good.jpg").read_bytes()[:30])
    (kit / "kit.yaml").write_text(
        "mediakit: 1\nid: two\ntitle: Two\nstills:\n"
        "  - {file: stills/cut.jpg, credit: Ann}\n  - {file: stills/good.jpg}\n",
        encoding="utf-8",
    )
    done = run_mediakit("export", "stills", str(kit), "-o", str(tmp_path / "out"))
    assert done.returncode == ExitStatus.PROBLEMS
    assert "mediakit: stills/cut.jpg: cannot export: damaged JPEG" in done.stderr
    assert "1 still could not be exported" in done.stderr
    assert f"{tmp_path / 'out' / 'two_02_uncredited.jpg'}  ←  stills/good.jpg" in done.stdout


PROBE = """
import json, sys
from mediakit.cli.main import main
status = main(sys.argv[1:])
print(json.dumps({"status": int(status), "qt": sorted(m for m in sys.modules if "PySide6" in m)}))
"""


def test_no_qt_is_loaded(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "export", "stills", str(ROPED), "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"status": 0, "qt": []}
