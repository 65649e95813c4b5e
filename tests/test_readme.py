"""The README promises what the code does: its keys tables, its screenshot
and its two commands are checked against the tree."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from mediakit.gui.help import help_sections
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_key_of_every_table_is_in_the_readme(qapp: QApplication) -> None:
    for _heading, rows in help_sections():
        for keys, what in rows:
            assert f"| {keys} | {what} |" in README, (keys, what)


def test_screenshot_exists() -> None:
    images = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", README)
    assert images and all((REPO / image).is_file() for image in images)


def test_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:30])
    for script in ("scripts/open-roped.sh", "scripts/test.sh"):
        assert f"bash {script}" in first_screen
        assert (REPO / script).is_file()
    assert "bash scripts/test.sh" in (REPO / ".ci" / "run").read_text()
