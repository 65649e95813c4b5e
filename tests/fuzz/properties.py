"""What must hold for every input, and keeping the inputs that break it.

A property failure on hypothesis's final (shrunk) run writes the input to
tests/fuzz/regressions/<kind>/ so that it is replayed by every later run.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from mediakit.kit import LoadResult, load
from mediakit.kit.archive import ArchiveReport, verify
from mediakit.kit.manifest.model import Problem
from mediakit.kit.source import KitSource, open_source
from tests.archive.helpers import tree
from tests.fuzz.conftest import KEEP_REGRESSIONS

REGRESSIONS = Path(__file__).resolve().parent / "regressions"
SUFFIX = {"manifest": ".yaml", "archive": ".mediakit"}
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_LANGUAGE_CHARS = re.compile(r"[A-Za-z0-9-]+")


def _is_final() -> bool:
    try:
        from hypothesis.control import current_build_context

        return bool(getattr(current_build_context(), "is_final", False))
    except Exception:  # outside hypothesis (the regression replay)
        return False


@contextmanager
def kept_on_failure(kind: str, data: bytes) -> Iterator[None]:
    """Run a property; if it fails on the final run of a long fuzz, keep ``data``."""
    try:
        yield
    except BaseException:
        if KEEP_REGRESSIONS and _is_final():
            folder = REGRESSIONS / kind
            folder.mkdir(parents=True, exist_ok=True)
            name = hashlib.sha256(data).hexdigest()[:16] + SUFFIX[kind]
            (folder / name).write_bytes(data)
        raise


def check_line(line: str) -> None:
    """A problem prints as one line with no raw control, bidi or surrogate character."""
    hidden = [c for c in line if unicodedata.category(c) in _HIDDEN]
    assert not hidden, f"raw hidden characters {hidden!r} in {line!r}"


def check_problems(problems: tuple[Problem, ...]) -> None:
    for problem in problems:
        line = problem.format("prefix/")
        check_line(line)
        # The loader's safety net turns our own bugs into this message: none may reach it.
        assert "internal error" not in line, line


def check_load(result: LoadResult) -> None:
    assert isinstance(result, LoadResult), type(result)
    check_problems(result.problems)
    if result.kit is None:
        assert result.errors, "no kit and no error"
        return
    assert not result.errors
    kit = result.kit
    assert _ID.fullmatch(kit.id), repr(kit.id)
    assert kit.languages and all(_LANGUAGE_CHARS.fullmatch(c) for c in kit.languages)


def load_manifest(folder: Path, data: bytes) -> LoadResult:
    (folder / "kit.yaml").write_bytes(data)
    return load(folder)


def _sentinels(outer: Path) -> None:
    (outer / "sentinel.txt").write_text("untouched")
    (outer / "kit.yaml").write_text("mediakit: 1\nid: sentinel\ntitle: Sentinel\n")
    (outer / "stills").mkdir()
    (outer / "stills" / "a.jpg").write_bytes(b"\xff\xd8\xffsentinel")


def check_archive(data: bytes, allow_damaged: bool = False) -> None:
    """``verify`` and ``open_source`` on ``data`` as an archive: a report or a kit or
    problems, and the tree around the archive and its cache left exactly as it was."""
    with tempfile.TemporaryDirectory(prefix="mediakit-fuzz-") as temp:
        outer = Path(temp) / "outer"
        inner = outer / "inner"
        cache = inner / "cache"
        cache.mkdir(mode=0o700, parents=True)  # private, as the cache keeps its folder
        _sentinels(outer)
        archive = inner / "fuzzed.mediakit"
        archive.write_bytes(data)
        before = tree(Path(temp), skip=cache)

        report = verify(archive)
        assert isinstance(report, ArchiveReport), type(report)
        check_problems(report.problems)
        source = open_source(archive, cache_root=cache, allow_damaged=allow_damaged)
        assert isinstance(source, KitSource), type(source)
        check_load(source.result)
        if source.result.kit is not None:
            assert source.folder is not None and source.folder.is_relative_to(cache)
            assert report.safe
        elif source.archive is None:  # refused before its report: it must say why
            assert source.result.problems
        assert tree(Path(temp), skip=cache) == before, "something was written outside the cache"


def replay(kind: str) -> list[Path]:
    """Every kept regression input of ``kind``, for a parametrised test."""
    folder = REGRESSIONS / kind
    return sorted(p for p in folder.glob("*" + SUFFIX[kind]) if p.is_file())


Check = Callable[[bytes], None]
