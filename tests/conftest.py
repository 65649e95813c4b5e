"""Test set-up shared by every test.

Qt runs offscreen by default. Tests marked ``xvfb`` need a real X server
(VLC's embedded window): they run in a second pass with
``QT_QPA_PLATFORM=xcb`` under pytest-xvfb (see scripts/test.sh) and are
skipped in the offscreen pass.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Before any QApplication exists: the platform, and settings/caches kept out
# of the user's home so tests never read or write real ones.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="mediakit-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")

REPO = Path(__file__).resolve().parent.parent
ROPED = REPO / "kits" / "roped"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    on_x11 = os.environ.get("QT_QPA_PLATFORM") == "xcb"
    skip = pytest.mark.skip(reason="needs the xcb platform: run with QT_QPA_PLATFORM=xcb")
    for item in items:
        if "xvfb" in item.keywords and not on_x11:
            item.add_marker(skip)


@pytest.fixture
def roped() -> Path:
    return ROPED
