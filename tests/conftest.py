"""Test set-up shared by every test.

Qt runs offscreen by default. Tests marked ``xvfb`` need a real X server
(VLC's embedded window): they run in a second pass with
``QT_QPA_PLATFORM=xcb`` under pytest-xvfb (see scripts/test.sh) and are
skipped in the offscreen pass.

A test fails when a ``mediakit`` logger says ERROR (or worse) during it, as
pytest-qt fails one on a Qt warning: an error in the log is a bug unless the
test provokes it. Such a test says so with ``@pytest.mark.expected_errors``,
or asks for the ``logged_errors`` fixture to check what was logged.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

# Before any QApplication exists: the platform, and settings/caches kept out
# of the user's home so tests never read or write real ones.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="mediakit-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
# The interface in English whatever the machine's locale: tests read its words
# (tests of the French interface install its translator themselves).
os.environ.pop("LANGUAGE", None)
os.environ["LC_ALL"] = "C.UTF-8"
# A desktop that names no language (the C locale): kits open in their first
# language unless a test names the reader's (MainWindow's system_languages, or
# LANGUAGE/LC_ALL in the environment of a command it runs).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
# Hypothesis keeps its example database and caches here, not in .hypothesis/ of the checkout.
set_hypothesis_home_dir(str(_SANDBOX / "hypothesis"))

REPO = Path(__file__).resolve().parent.parent
ROPED = REPO / "kits" / "roped"


def run_mediakit(
    *args: str, cwd: Path = REPO, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m mediakit ARGS`` in a process of its own, offscreen; ``env``
    (default: this process's environment) is the child's whole environment."""
    return subprocess.run(
        [sys.executable, "-m", "mediakit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**(os.environ if env is None else env), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    """The sandbox goes with the session (each run makes a new one)."""
    shutil.rmtree(_SANDBOX, ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "expected_errors: the test logs errors on purpose (not a failure)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    on_x11 = os.environ.get("QT_QPA_PLATFORM") == "xcb"
    skip = pytest.mark.skip(reason="needs the xcb platform: run with QT_QPA_PLATFORM=xcb")
    for item in items:
        if "xvfb" in item.keywords and not on_x11:
            item.add_marker(skip)


@pytest.fixture
def roped() -> Path:
    return ROPED


class ErrorLog(logging.Handler):
    """Records what ``mediakit`` loggers say at ERROR and above during one test."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self.expected = False

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _error_log(request: pytest.FixtureRequest) -> Iterator[ErrorLog]:
    handler = ErrorLog()
    handler.expected = request.node.get_closest_marker("expected_errors") is not None
    logger = logging.getLogger("mediakit")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
    if handler.records and not handler.expected:
        lines = "\n".join(f"  {r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(
            f"errors were logged (mark the test expected_errors if it means to):\n{lines}",
            pytrace=False,
        )


@pytest.fixture
def logged_errors(_error_log: ErrorLog) -> list[logging.LogRecord]:
    """For a test that logs errors on purpose: the records, instead of a failure."""
    _error_log.expected = True
    return _error_log.records
