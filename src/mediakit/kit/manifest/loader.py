"""``load(path)``: a kit folder (or its kit.yaml) to a Kit, or the reasons why not.

It never raises: whatever the input (garbage bytes, a huge file, a missing
folder, a permission error, a bug of ours) the caller gets a LoadResult with
problems it can print.
"""

from __future__ import annotations

import stat
from collections.abc import Mapping
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
from mediakit.kit.message import Message
from mediakit.kit.problems import reading as say
from mediakit.kit.problems import words
from mediakit.safeio import read_regular
from mediakit.units import human_size


def _problem(
    message: Message, line: int | None = None, column: int | None = None, field: str | None = None
) -> LoadResult:
    return LoadResult(None, (Problem(MANIFEST, message, line, column, field),))


def _path_problem(path: Path, message: Message) -> LoadResult:
    """A problem with the path the user gave itself, printed as ``PATH: message``."""
    return LoadResult(None, (Problem(str(path), message),))


def _read_manifest(manifest: KitFile) -> bytes | LoadResult:
    try:
        data = read_regular(manifest.path, limits.MANIFEST_BYTES)
    except OSError as exc:
        return _problem(say.MANIFEST_UNREADABLE(reason=exc.strerror or str(exc)))
    return _within_limit(data)


def _within_limit(data: bytes) -> bytes | LoadResult:
    """The manifest's bytes, read or given (an edit checked before it is saved),
    held to the manifest size limit."""
    if len(data) > limits.MANIFEST_BYTES:
        return _problem(say.MANIFEST_TOO_LARGE(size=human_size(limits.MANIFEST_BYTES)))
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
        return _path_problem(path, say.NO_SUCH_PATH())
    except (OSError, ValueError) as exc:  # permission denied, name too long, a link loop
        reason = getattr(exc, "strerror", None) or str(exc)
        return _path_problem(path, say.CANNOT_READ_IT(reason=reason))
    is_folder = stat.S_ISDIR(mode)
    if not is_folder and path.name != MANIFEST:
        return _path_problem(path, say.NOT_A_KIT(kind=words.kind(mode)))
    root = path if is_folder else path.parent
    try:
        return root, paths.resolve(root, MANIFEST, listings)
    except paths.MissingError:
        return _problem(say.NO_MANIFEST())
    except paths.PathError as exc:
        return _problem(exc.message)


def _sort_key(problem: Problem) -> tuple[bool, str, int, int]:
    return (problem.file != MANIFEST, problem.file, problem.line or 0, problem.column or 0)


def _load(
    path: Path, text: bytes | None = None, edited: Mapping[str, bytes] | None = None
) -> LoadResult:
    listings = paths.Listings()  # shared with the rules: each folder is listed once
    located = _locate(path, listings)
    if isinstance(located, LoadResult):
        return located
    root, manifest = located
    data = _read_manifest(manifest) if text is None else _within_limit(text)
    if isinstance(data, LoadResult):
        return data
    # Tens of thousands of objects made, no garbage cycle: the cycle collector
    # would only walk them again and again (a fifth of a big kit's load time).
    with no_cycle_collection():
        try:
            node = read_yaml(decode_utf8(data))
        except YamlError as exc:
            return _problem(exc.message, exc.line, exc.column, exc.field)
        kit, problems = build_kit(root.absolute(), node, listings, edited)
    return LoadResult(kit, tuple(sorted(problems, key=_sort_key)))


def _printable(result: LoadResult) -> LoadResult:
    """Every problem as one printable line, whatever the kit's keys, values and names hold."""
    return LoadResult(result.kit, tuple(printable_problem(p) for p in result.problems))


def load(path: Path) -> LoadResult:
    """The kit in ``path`` (a folder, or its kit.yaml) with every problem found."""
    return _guarded(path, None)


def load_text(path: Path, text: bytes, edited: Mapping[str, bytes] | None = None) -> LoadResult:
    """The kit in ``path`` as it would be with ``text`` for its kit.yaml, which is
    not read (nor written): an edit checked before it is saved. The files it
    names are the folder's own, checked as :func:`load` checks them; but a text
    file (``{file: a.md}``) in ``edited`` — its bytes by the path kit.yaml names
    it with, ``./a.md`` being ``a.md`` — is checked with those bytes instead of
    its own (it must still be there: its path is checked as always)."""
    return _guarded(path, text, edited)


def _guarded(
    path: Path, text: bytes | None, edited: Mapping[str, bytes] | None = None
) -> LoadResult:
    try:
        return _printable(_load(Path(path), text, edited))
    except RecursionError:
        return _problem(say.NESTED_TOO_DEEPLY(depth=limits.NESTING_DEPTH))
    except MemoryError:
        return _problem(say.TOO_LARGE_FOR_MEMORY())
    except Exception as exc:  # a bug of ours must still not crash the caller
        import logging  # only here: a load that goes well never needs it (~5 ms to import)

        logging.getLogger(__name__).exception("loading %s failed", path)
        return _problem(say.INTERNAL_ERROR(error=repr(exc)))
