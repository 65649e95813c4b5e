"""One kit read for the index: loaded and checked by the kit loader, turned
into what the index stores — its ``kits`` row's header, its search rows, its
stamp and hash — as plain, picklable data (:class:`Reading`), so that many
kits can be read in worker processes (:mod:`mediakit.library.readers`) while
one writer fills the database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from mediakit.kit import load
from mediakit.kit.manifest.model import MANIFEST, Kit, LoadResult, Problem
from mediakit.kit.problems import stored
from mediakit.kit.recognise import is_archive
from mediakit.library import fields
from mediakit.library.index import clean
from mediakit.library.stamps import Stamp, content_hash, stamp_of

SearchRow = tuple[str, str, str, str]  # field, section, language, text (cleaned)


@dataclass(frozen=True)
class Reading:
    path: Path
    archive: bool
    title: str  # the kit's, in its first language; the file name when it did not load
    header: dict[str, object]  # the kits row's columns that come from the kit
    rows: list[SearchRow]
    stamp: Stamp
    digest: str
    signed: bool | None  # an archive carries a signature entry; None: a folder
    problems: tuple[Problem, ...]  # the errors when it did not load, else its warnings
    loaded: bool


def read_kit(path: Path, scratch: Path) -> Reading:
    """The kit at ``path`` (a folder or an archive, never raising for bad input);
    ``scratch`` is where an archive's skeleton is made (the library's own folder)."""
    if is_archive(path):
        from mediakit.library.peek import peek

        peeked = peek(path, scratch)
        result, digest, signed = peeked.result, peeked.digest, peeked.signed
        try:
            info = path.stat()
            stamp: Stamp = [["", info.st_size, info.st_mtime_ns]]
        except OSError:
            stamp = [["", -1, -1]]
        return _reading(path, True, result, stamp, digest, signed)
    stamp = stamp_of(path, [MANIFEST])
    result = load(path)
    if result.kit is not None:
        stamp = stamp_of(path, [MANIFEST, *_text_files(result.kit)])
    return _reading(path, False, result, stamp, content_hash(path, False, stamp), None)


def _reading(
    path: Path,
    archive: bool,
    result: LoadResult,
    stamp: Stamp,
    digest: str,
    signed: bool | None,
) -> Reading:
    kit = result.kit
    if kit is None:
        problems = result.errors or result.problems
        failed = _failed_header(path.name, problems)
        return Reading(
            path, archive, path.name, failed, [], stamp, digest, signed, tuple(problems),
            loaded=False,
        )  # fmt: skip
    title = kit.text(kit.title, None)
    header: dict[str, object] = {
        "kit_id": kit.id,
        "title": title,
        "titles": json.dumps(dict(kit.title.values), ensure_ascii=False),
        "kind": kit.text(kit.kind, None),
        "year": kit.year,
        "runtime": kit.runtime,
        "languages": " ".join(kit.languages),
        "makers": fields.makers(kit),
        "ai_used": int(fields.ai_used(kit)),
        "thumbnail": fields.thumbnail_file(kit),
        "problem": None,
        "problems": 0,
    }
    rows = [(r.field, r.section, r.language, clean(r.text)) for r in fields.rows(kit)]
    return Reading(
        path, archive, title, header, rows, stamp, digest, signed, tuple(result.problems),
        loaded=True,
    )  # fmt: skip


def _failed_header(name: str, problems: tuple[Problem, ...] | list[Problem]) -> dict[str, object]:
    first = problems[0] if problems else None
    return {
        "kit_id": None,
        "title": name,
        "titles": "{}",
        "kind": "",
        "year": None,
        "runtime": None,
        "languages": "",
        "makers": "",
        "ai_used": 0,
        "thumbnail": None,
        "problem": dump_problem(first) if first else None,
        "problems": len(problems),
    }


def _text_files(kit: Kit) -> list[str]:
    """The text files kit.yaml names (Markdown texts, article bodies), as written."""
    names = [f.written for by in kit.text_files.values() for f in by.values()]
    names += [f.written for a in kit.articles for f in a.body_files.values()]
    return sorted(set(names))


def dump_problem(problem: Problem) -> str:
    return json.dumps(
        {
            "file": problem.file,
            "line": problem.line,
            "column": problem.column,
            "field": problem.field,
            "message": stored.dump(problem.message),
        },
        ensure_ascii=False,
    )


def load_problem(text: str) -> Problem | None:
    try:
        data = json.loads(text)
        return Problem(
            str(data["file"]),
            stored.load(data["message"]),
            data["line"],
            data["column"],
            data["field"],
        )
    except (ValueError, KeyError, TypeError):
        return None  # written by another version: the next change re-reads it
