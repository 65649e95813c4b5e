"""``mediakit export pdf``: the one line it prints, its exit statuses, nothing
replaced without ``--force``, options that do not go together."""

from __future__ import annotations

import re
from pathlib import Path

from mediakit.cli.exitstatus import ExitStatus
from tests.conftest import ROPED, run_mediakit
from tests.publish.sheet import poppler

needs_poppler = poppler.needs_poppler


@needs_poppler
def test_roped_sheet_and_its_line(tmp_path: Path) -> None:
    out = tmp_path / "roped.pdf"
    done = run_mediakit("export", "pdf", str(ROPED), "-o", str(out), "--lang", "en")
    assert done.returncode == ExitStatus.OK, done.stderr
    assert re.fullmatch(
        rf"written {re.escape(str(out))}: 1 page, A4, \d+(\.\d)? KiB\n", done.stdout
    )
    assert done.stderr == ""
    assert poppler.info(out)["Pages"] == "1"
    letter = run_mediakit(
        "export", "pdf", str(ROPED), "-o", str(tmp_path / "l.pdf"), "--paper", "letter"
    )
    assert ", Letter, " in letter.stdout
    assert poppler.info(tmp_path / "l.pdf")["Page size"] == "612 x 792 pts (letter)"


def test_an_existing_output_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"mine")
    done = run_mediakit("export", "pdf", str(ROPED), "-o", str(out))
    assert done.returncode == ExitStatus.PROBLEMS  # as pack's existing archive
    assert f"{out}: exists: use --force to replace it" in done.stderr
    assert out.read_bytes() == b"mine"
    forced = run_mediakit("export", "pdf", str(ROPED), "-o", str(out), "--force")
    assert forced.returncode == ExitStatus.OK, forced.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_file_of_the_kit_is_never_written(tmp_path: Path) -> None:
    manifest = ROPED / "kit.yaml"
    before = manifest.read_bytes()
    done = run_mediakit("export", "pdf", str(ROPED), "-o", str(manifest), "--force")
    assert done.returncode == ExitStatus.PROBLEMS
    assert "file of the kit" in done.stderr
    assert manifest.read_bytes() == before


def test_usage_errors(tmp_path: Path) -> None:
    out = str(tmp_path / "x.pdf")
    missing = run_mediakit("export", "pdf", str(tmp_path / "nothing"), "-o", out)
    assert missing.returncode == ExitStatus.USAGE
    assert "no such file or folder" in missing.stderr
    german = run_mediakit("export", "pdf", str(ROPED), "-o", out, "--lang", "de")
    assert german.returncode == ExitStatus.USAGE
    assert "--lang de: this kit has fr, en" in german.stderr
    assert run_mediakit("export", "pdf", str(ROPED)).returncode == ExitStatus.USAGE  # no -o
    notes = run_mediakit("export", "pdf", str(ROPED), "-o", out, "--notes")
    assert notes.returncode == ExitStatus.USAGE and "--slides" in notes.stderr
    paper = run_mediakit("export", "pdf", str(ROPED), "-o", out, "--slides", "--paper", "a4")
    assert paper.returncode == ExitStatus.USAGE
    bad = run_mediakit("export", "pdf", str(ROPED), "-o", out, "--paper", "a3")
    assert bad.returncode == ExitStatus.USAGE
    assert not Path(out).exists()


def test_a_kit_with_problems_writes_nothing(tmp_path: Path) -> None:
    kit = tmp_path / "broken"
    kit.mkdir()
    (kit / "kit.yaml").write_text("mediakit: 1\nid: Not An Id\n", encoding="utf-8")
    out = tmp_path / "x.pdf"
    done = run_mediakit("export", "pdf", str(kit), "-o", str(out))
    assert done.returncode == ExitStatus.PROBLEMS
    assert "kit.yaml" in done.stderr
    assert not out.exists()


@needs_poppler
def test_slides_one_page_each(tmp_path: Path) -> None:
    out = tmp_path / "deck.pdf"
    done = run_mediakit(
        "export", "pdf", str(ROPED), "--slides", "-o", str(out), "--size", "640x360"
    )
    assert done.returncode == ExitStatus.OK, done.stderr
    pages = int(poppler.info(out)["Pages"])
    assert pages > 1
    assert done.stdout.startswith(f"written {out}: {pages} pages, 640×360, ")
