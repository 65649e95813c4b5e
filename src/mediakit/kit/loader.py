"""``load(path)``: a kit folder (or its kit.yaml) to a Kit, or the reasons why not.

It never raises: whatever the input (garbage bytes, a huge file, a missing
folder, a permission error, a bug of ours) the caller gets a LoadResult with
problems it can print.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mediakit.kit import limits
from mediakit.kit.model import LoadResult, Problem
from mediakit.kit.printable import printable_problem
from mediakit.kit.rules_base import MANIFEST
from mediakit.kit.rules_kit import build_kit
from mediakit.kit.yamlread import YamlError, decode_utf8, read_yaml

log = logging.getLogger(__name__)


def _problem(
    message: str, line: int | None = None, column: int | None = None, field: str | None = None
) -> LoadResult:
    return LoadResult(None, (Problem(MANIFEST, message, line, column, field),))


def _read_manifest(manifest: Path) -> bytes | LoadResult:
    try:
        with manifest.open("rb") as handle:
            data = handle.read(limits.MANIFEST_BYTES + 1)
    except IsADirectoryError:
        return _problem("kit.yaml is a folder, not a file")
    except OSError as exc:
        return _problem(f"cannot read kit.yaml: {exc.strerror or exc}")
    if len(data) > limits.MANIFEST_BYTES:
        size = limits.describe_bytes(limits.MANIFEST_BYTES)
        return _problem(f"kit.yaml is larger than {size} (the manifest size limit)")
    return data


def _locate(path: Path) -> tuple[Path, Path] | LoadResult:
    """(kit folder, manifest) for a folder or a kit.yaml file."""
    try:
        if path.is_dir():
            manifest = path / MANIFEST
            if not manifest.exists() and not manifest.is_symlink():
                return _problem(
                    "this folder has no kit.yaml: a kit holds its manifest, "
                    "kit.yaml, at the top of its folder"
                )
            return path, manifest
        if path.exists():
            return path.parent, path
    except OSError as exc:
        return _problem(f"cannot read '{path}': {exc.strerror or exc}")
    return _problem(f"'{path}' does not exist")


def _sort_key(problem: Problem) -> tuple[bool, str, int, int]:
    return (problem.file != MANIFEST, problem.file, problem.line or 0, problem.column or 0)


def _load(path: Path) -> LoadResult:
    located = _locate(path)
    if isinstance(located, LoadResult):
        return located
    root, manifest = located
    data = _read_manifest(manifest)
    if isinstance(data, LoadResult):
        return data
    try:
        node = read_yaml(decode_utf8(data))
    except YamlError as exc:
        return _problem(exc.message, exc.line, exc.column, exc.field)
    kit, problems = build_kit(root.absolute(), node)
    return LoadResult(kit, tuple(sorted(problems, key=_sort_key)))


def _printable(result: LoadResult) -> LoadResult:
    """Every problem as one printable line, whatever the kit's keys, values and names hold."""
    return LoadResult(result.kit, tuple(printable_problem(p) for p in result.problems))


def load(path: Path) -> LoadResult:
    """The kit in ``path`` (a folder, or its kit.yaml) with every problem found."""
    try:
        return _printable(_load(Path(path)))
    except RecursionError:
        return _problem(
            f"the manifest is nested too deeply (the limit is {limits.NESTING_DEPTH} levels)"
        )
    except MemoryError:
        return _problem("the kit is too large to load in memory")
    except Exception as exc:  # a bug of ours must still not crash the caller
        log.exception("loading %s failed", path)
        return _problem(f"mediakit could not read this kit (an internal error: {exc!r})")
