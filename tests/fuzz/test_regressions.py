"""Every input the fuzzers ever broke the code with, replayed on every run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzz.properties import check_archive, check_load, load_manifest, replay


@pytest.mark.parametrize("case", replay("manifest"), ids=lambda p: p.name)
def test_manifest_regression(fuzz_kit: Path, case: Path) -> None:
    check_load(load_manifest(fuzz_kit, case.read_bytes()))


@pytest.mark.parametrize("case", replay("archive"), ids=lambda p: p.name)
@pytest.mark.parametrize("allow_damaged", [False, True])
def test_archive_regression(case: Path, allow_damaged: bool) -> None:
    check_archive(case.read_bytes(), allow_damaged)
