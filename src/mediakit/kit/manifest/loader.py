"""``load(path)``: a kit folder (or its kit.yaml) to a Kit, or the reasons why not.

It never raises: whatever the input (garbage bytes, a huge file, a missing
folder, a permission error, a bug of ours) the caller gets a LoadResult with
problems it can print.
"""

from __future__ import annotations

import stat
from pathlib import Path

from mediakit.kit.manifest import limits, paths
from mediakit.kit.manifest.model import MANIFEST, KitFile, LoadResult, Problem
from mediakit.kit.manifest.printable import printable_problem
from mediakit.kit.manifest.rules.kit import build_kit
from mediakit.kit.manifest.yamlread import (
    YamlError,
    decode_utf8,
    no_cycle_collection,
    read_yaml,
)
from mediakit.safeio import describe_kind, read_regular
from mediakit.units import human_size


def _problem(
    message: str, line: int | None = None, column: int | None = None, field: str | None = None
) -> LoadResult:
    return LoadResult(None, (Problem(MANIFEST, message, line, column, field),))


def _path_problem(path: Path, message: str) -> LoadResult:
    """A problem with the path the user gave itself, printed as ``PATH: message``."""
    return LoadResult(None, (Problem(str(path), message),))


def _read_manifest(manifest: KitFile) -> bytes | LoadResult:
    try:
        data = read_regular(manifest.path, limits.MANIFEST_BYTES)
    except OSError as exc:
        return _problem(f"cannot read kit.yaml: {exc.strerror or exc}")
    if len(data) > limits.MANIFEST_BYTES:
        size = human_size(limits.MANIFEST_BYTES)
        return _problem(f"kit.yaml is larger than {size} (the manifest size limit)")
    return data


def _locate(path: Path, listings: paths.Listings) -> tuple[Path, KitFile] | LoadResult:
    """(kit folder, manifest) for a folder or its kit.yaml.

    The folder is the user's choice (a link to it is followed); kit.yaml is
    a file of the kit like any other: a link out of the folder, a FIFO or a
    device in its place is refused before anything is read.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return _path_problem(path, "no such file or folder")
    except (OSError, ValueError) as exc:  # permission denied, name too long, a link loop
        return _path_problem(path, f"cannot read it: {getattr(exc, 'strerror', None) or exc}")
    is_folder = stat.S_ISDIR(mode)
    if not is_folder and path.name != MANIFEST:
        what = describe_kind(mode)
        return _path_problem(
            path, f"not a kit: it is {what}; give a kit folder, its kit.yaml or a .mediakit archive"
        )
    root = path if is_folder else path.parent
    try:
        return root, paths.resolve(root, MANIFEST, listings)
    except paths.MissingError:
        return _problem(
            "this folder has no kit.yaml: a kit holds its manifest, "
            "kit.yaml, at the top of its folder"
        )
    except paths.PathError as exc:
        return _problem(str(exc))


def _sort_key(problem: Problem) -> tuple[bool, str, int, int]:
    return (problem.file != MANIFEST, problem.file, problem.line or 0, problem.column or 0)


def _load(path: Path) -> LoadResult:
    listings = paths.Listings()  # shared with the rules: each folder is listed once
    located = _locate(path, listings)
    if isinstance(located, LoadResult):
        return located
    root, manifest = located
    data = _read_manifest(manifest)
    if isinstance(data, LoadResult):
        return data
    # Tens of thousands of objects made, no garbage cycle: the cycle collector
    # would only walk them again and again (a fifth of a big kit's load time).
    with no_cycle_collection():
        try:
            node = read_yaml(decode_utf8(data))
        except YamlError as exc:
            return _problem(exc.message, exc.line, exc.column, exc.field)
        kit, problems = build_kit(root.absolute(), node, listings)
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
        import logging  # only here: a load that goes well never needs it (~5 ms to import)

        logging.getLogger(__name__).exception("loading %s failed", path)
        return _problem(f"mediakit could not read this kit (an internal error: {exc!r})")
