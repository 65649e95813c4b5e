"""Hypothesis profiles for the fuzz tests, chosen by ``MEDIAKIT_FUZZ``, and the
kit folder and archive every property starts from (built once per session).

The profile is applied per test (``@FUZZ``), not loaded globally, so other
hypothesis tests of the suite keep their own settings.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.conftest import ROPED
from tests.fuzz.archive_strategies import ArchiveBytes
from tests.kit.helpers import FULL, full_files, make_kit

_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=2000,  # ms per example: "never longer than a few seconds"
    derandomize=True,
    database=None,
    suppress_health_check=_HEALTH,
    print_blob=False,
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("MEDIAKIT_FUZZ_EXAMPLES", "5000")),
    deadline=2000,
    derandomize=False,
    suppress_health_check=_HEALTH,
    print_blob=True,
)
PROFILE = "long" if os.environ.get("MEDIAKIT_FUZZ", "").lower() == "long" else "ci"
# Only a long fuzzing run keeps a failing input in tests/fuzz/regressions/ (to be
# committed): the ci profile is derandomized, so its failures replay anyway, and
# the test suite writes nothing into the checkout.
KEEP_REGRESSIONS = PROFILE == "long"
FUZZ = settings(settings.get_profile(PROFILE))


@pytest.fixture(scope="session")
def fuzz_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder where both ROPED's kit.yaml and the FULL test kit load cleanly:
    ROPED's files with FULL's added. Properties overwrite its kit.yaml only."""
    folder = tmp_path_factory.mktemp("fuzz") / "kit"
    shutil.copytree(ROPED, folder)
    for name, content in full_files().items():
        path = folder / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode() if isinstance(content, str) else content)
    return folder


@pytest.fixture(scope="session")
def packed_kit(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a small valid archive: the FULL test kit, packed."""
    from mediakit.kit.archive.pack import pack

    base = tmp_path_factory.mktemp("packed")
    kit = make_kit(base / "kit", FULL, full_files(), dedent=False)
    return ArchiveBytes(pack(kit, base / "full.mediakit").output.read_bytes())
