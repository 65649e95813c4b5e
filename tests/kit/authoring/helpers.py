"""What the editing tests share: the kits they edit and a line diff."""

from __future__ import annotations

import difflib
from pathlib import Path

from tests.conftest import ROPED

ODD = Path(__file__).with_name("odd-kit.yaml")


def roped_text() -> str:
    return (ROPED / "kit.yaml").read_text(encoding="utf-8")


def odd_text(newline: str = "\n") -> str:
    return ODD.read_text(encoding="utf-8").replace("\n", newline)


def diff(before: str, after: str) -> list[str]:
    """The changed lines, as ``difflib`` gives them with no context (hunk headers kept)."""
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return list(lines)[2:]
