"""The kit domain: the format, loading and checking a kit. No Qt below here.

``load(path)`` turns a kit folder into a :class:`Kit` (see
:mod:`.manifest.model`) or the problems that stop it, each placed
``FILE:LINE:COL: FIELD: message``.

Two sub-packages: :mod:`.manifest` (what a kit says: the model, YAML, rules,
paths, the loader) and :mod:`.archive` (the ``.mediakit`` container: reading,
verifying, unpacking into the cache, packing). The archive side uses the
manifest side, never the reverse. :mod:`.source` joins them: a folder or an
archive, opened into the kit it holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from mediakit.kit.manifest.model import Kit, LoadResult, Problem, Severity

__all__ = ["Kit", "LoadResult", "Problem", "Severity", "load", "load_text"]


def load(path: Path) -> LoadResult:
    """Load the kit at ``path`` (a folder or its kit.yaml); never raises.

    The loader and its YAML reader are imported on first use, so that the
    window can import the model without paying for them at start-up: the
    first load runs in a worker.
    """
    from mediakit.kit.manifest.loader import load as _load

    return _load(path)


def load_text(path: Path, text: bytes, edited: Mapping[str, bytes] | None = None) -> LoadResult:
    """Load the kit at ``path`` as if its kit.yaml held ``text`` (which is neither
    read nor written): an edit validated before it is saved. ``edited``: text
    files (``{file: a.md}``) as edited, their bytes by the path kit.yaml names
    them with, read instead of the disk. Never raises."""
    from mediakit.kit.manifest.loader import load_text as _load_text

    return _load_text(path, text, edited)
