"""``mediakit export html``: the summary, the exit codes, the folder rules."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROPED, run_mediakit
from tests.publish.web.helpers import simple_kit


def test_roped_exports_with_a_summary(tmp_path: Path) -> None:
    done = run_mediakit("export", "html", str(ROPED), "-o", str(tmp_path / "site"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("index.html, index.en.html: ")
    assert f"in {tmp_path / 'site'}" in done.stdout
    assert done.stderr == ""


def test_lang_takes_a_list_and_refuses_others(tmp_path: Path) -> None:
    kit = simple_kit(tmp_path / "kit")
    done = run_mediakit("export", "html", str(kit.root), "-o", str(tmp_path / "a"), "--lang", "EN")
    assert done.returncode == 0 and done.stdout.startswith("index.html: ")
    both = run_mediakit("export", "html", str(kit.root), "-o", str(tmp_path / "b"),
                        "--lang", "en,fr")  # fmt: skip
    assert both.stdout.startswith("index.html, index.en.html: ")  # the kit's first is index.html
    wrong = run_mediakit("export", "html", str(kit.root), "-o", str(tmp_path / "c"), "--lang", "de")
    assert wrong.returncode == 2 and "--lang de: this kit has fr, en" in wrong.stderr
    assert not (tmp_path / "c").exists()


def test_a_foreign_folder_is_exit_1_and_untouched(tmp_path: Path) -> None:
    kit = simple_kit(tmp_path / "kit")
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    done = run_mediakit("export", "html", str(kit.root), "-o", str(folder))
    assert done.returncode == 1
    assert "holds files that are not a web page made by mediakit (notes.txt)" in done.stderr
    assert "Traceback" not in done.stderr
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    itself = run_mediakit("export", "html", str(kit.root), "-o", str(kit.root))
    assert itself.returncode == 1 and "the kit itself is there" in itself.stderr


def test_archive_is_copied_and_its_checksum_shown(tmp_path: Path) -> None:
    import hashlib

    kit = simple_kit(tmp_path / "kit")
    archive = tmp_path / "simple.mediakit"
    assert run_mediakit("pack", str(kit.root), "-o", str(archive)).returncode == 0
    done = run_mediakit("export", "html", str(archive), "-o", str(tmp_path / "site"),
                        "--archive", str(archive))  # fmt: skip
    assert done.returncode == 0, done.stderr
    sha = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert f"simple.mediakit  SHA-256 {sha}" in done.stdout
    html = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert 'href="simple.mediakit" download' in html and sha in html
    missing = run_mediakit("export", "html", str(kit.root), "-o", str(tmp_path / "x"),
                           "--archive", str(tmp_path / "nope.mediakit"))  # fmt: skip
    assert missing.returncode == 2 and "no such file" in missing.stderr
