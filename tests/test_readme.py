"""The README promises what the code does: its keys tables (generated from the
key registry), its key file example, its screenshot and its two commands are
checked against the tree."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mediakit.gui.keymap.docs import BEGIN, END, markdown
from mediakit.gui.keymap.keyfile import read_key_file
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def keys_section() -> str:
    return README[README.index("\n## Keys\n") : README.index("\n## ", README.index("## Keys"))]


def test_the_keys_tables_are_the_registrys(qapp: QApplication) -> None:
    generated = README[README.index(BEGIN) : README.index(END) + len(END)]
    assert generated == markdown(), "run: python -m mediakit.gui.keymap --markdown"
    assert generated in keys_section()


def test_the_module_prints_the_tables() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "mediakit.gui.keymap", "--markdown"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout == markdown() + "\n"


def test_the_key_file_example_is_a_good_key_file(qapp: QApplication, tmp_path: Path) -> None:
    example = re.search(r"```ini\n(.*?)```", keys_section(), re.DOTALL)
    assert example is not None
    (tmp_path / "keys.ini").write_text(example.group(1), encoding="utf-8")
    keymap, problems = read_key_file(tmp_path / "keys.ini")
    assert problems == [] and keymap.overrides


def test_screenshot_exists() -> None:
    images = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", README)
    images += re.findall(r'<img src="([^"]+\.png)"', README)
    assert images and all((REPO / image).is_file() for image in images)


def test_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:30])
    for script in ("scripts/open-roped.sh", "scripts/test.sh"):
        assert f"bash {script}" in first_screen
        assert (REPO / script).is_file()
    assert "bash scripts/test.sh" in (REPO / ".ci" / "run").read_text()


def test_the_command_table_lists_exactly_the_commands() -> None:
    from mediakit.cli.commands import COMMANDS

    section = README.split("## The command line", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `mediakit ([^`]*)` \|", section, re.MULTILINE)
    listed = [row.split()[0].strip("[]") for row in rows]
    assert listed == [command.name for command in COMMANDS]
