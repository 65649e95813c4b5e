"""``mediakit.kit.load`` on hostile kit.yaml files: always a LoadResult (a kit,
or problems that each print as one clean line), never another exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import event, given

from tests.conftest import ROPED
from tests.fuzz import manifest_strategies as ms
from tests.fuzz.conftest import FUZZ
from tests.fuzz.properties import check_load, kept_on_failure, load_manifest
from tests.kit.helpers import FULL

BASES = [FULL, (ROPED / "kit.yaml").read_text(encoding="utf-8")]


def _check(folder: Path, data: bytes) -> None:
    with kept_on_failure("manifest", data):
        result = load_manifest(folder, data)
        check_load(result)
    event("a kit" if result.kit is not None else f"{len(result.errors)} errors")


def test_the_bases_load_cleanly(fuzz_kit: Path) -> None:
    """The mutations start from kits that load without an error (else they prove little)."""
    for base in BASES:
        tree = ms.to_tree(ms.read_yaml(base))
        for flow in (False, True, None):
            result = load_manifest(fuzz_kit, ms.dump(tree, flow, unicode=True).encode())
            assert result.kit is not None, [p.format() for p in result.errors]


@FUZZ
@given(data=ms.mutated_manifest(BASES))
def test_mutated_kits(fuzz_kit: Path, data: bytes) -> None:
    _check(fuzz_kit, data)


@FUZZ
@given(data=ms.random_document())
def test_random_yaml_documents(fuzz_kit: Path, data: bytes) -> None:
    _check(fuzz_kit, data)


@FUZZ
@given(data=ms.random_text())
def test_random_text(fuzz_kit: Path, data: bytes) -> None:
    _check(fuzz_kit, data)


@FUZZ
@given(data=ms.random_bytes())
def test_random_bytes(fuzz_kit: Path, data: bytes) -> None:
    _check(fuzz_kit, data)
