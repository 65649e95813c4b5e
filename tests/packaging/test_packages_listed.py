"""The wheel holds every package of the source tree: pyproject.toml lists them
by hand (assets/ and packaging/ are mapped in), and a package left out of the
list installs in a checkout but is missing from a wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_package_of_src_is_listed() -> None:
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(REPO / "src").parts)
        for init in (REPO / "src").rglob("__init__.py")
    }
    assert found - listed == set()
