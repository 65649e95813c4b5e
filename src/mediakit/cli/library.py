"""``mediakit library add PATH… | list [--json] | remove PATH``: the kits the
window's library knows, kept in the user's data folder (:mod:`mediakit.library`).

``add`` takes folders of kits (kept and searched again later) and kits
themselves, and indexes them now: one line per kit, ``indexed``,
``unchanged``, ``missing`` or its problem. Exit 1 when a kit or a folder had
problems or a kit known before is no longer there (a kit with problems is
listed with them all the same), 2 when a PATH does not exist (then nothing
is done).

``list --json`` prints a list of objects: ``title``, ``path``, ``kind``,
``year``, ``runtime``, ``languages``, ``makers`` (the direction credits'
names, else the first credit's: ``"A, B"``, or null), ``ai_used`` (the kit
discloses AI use), ``signed`` (an archive carries a signature entry, not
checked here; null for a folder), ``archive``, ``missing``, ``problem`` (the
first problem's line, or null), ``thumbnail`` (``{"path", "member"}`` or
null: ``member`` is the archive's entry).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus
from mediakit.cli.kits import reach
from mediakit.cli.output import fail, print_problems, safe
from mediakit.library import scan
from mediakit.library.store import Indexed, KitEntry, Library, LibraryError


def run(args: argparse.Namespace) -> int:
    if args.action == "add":
        for path in args.paths:
            reach(path)  # every PATH first: a wrong command line does nothing
    library = Library()
    if library.notice is not None:
        fail(library.notice.render(translate))
    try:
        if args.action == "add":
            return _add(library, args)
        if args.action == "remove":
            return _remove(library, args)
        return _list(library, args)
    except LibraryError as error:
        fail(error.message.render(translate))
        return ExitStatus.PROBLEMS
    finally:
        library.close()


def _add(library: Library, args: argparse.Namespace) -> int:
    status = ExitStatus.OK
    for path in args.paths:
        if scan.kit_path(path) is not None:
            done = [library.add_kit(path)]
            problems = []
        else:
            report = library.add_folder(path)
            done, problems = report.kits, report.problems
        for indexed in done:
            if not _say(indexed):
                status = ExitStatus.PROBLEMS
        if problems:
            print_problems(problems, "")
            status = ExitStatus.PROBLEMS
        if not done and not problems:
            print(safe(translate("cli", "{path}: no kit found").format(path=path)))
    return status


def _say(indexed: Indexed) -> bool:
    """Print what became of one kit; False when it has problems."""
    if indexed.status == "problem":
        for problem in indexed.problems:
            print_problems((problem,), _prefix(indexed, problem.file), sys.stdout)
        return False
    words = {
        "indexed": translate("cli", "indexed"),
        "unchanged": translate("cli", "unchanged"),
        "missing": translate("cli", "missing"),
    }
    print(safe(f"{words.get(indexed.status, indexed.status)}  {indexed.title}  {indexed.path}"))
    return indexed.status != "missing"


def _prefix(indexed: Indexed, file: str) -> str:
    """Problems about the kit's own files name them from the kit's folder or archive."""
    return "" if file == str(indexed.path) else f"{indexed.path}/"


def _remove(library: Library, args: argparse.Namespace) -> int:
    if not library.remove(args.path):
        fail(translate("cli", "{path}: not in the library").format(path=args.path))
        return ExitStatus.PROBLEMS
    print(safe(translate("cli", "removed from the library: {path}").format(path=args.path)))
    return ExitStatus.OK


def _list(library: Library, args: argparse.Namespace) -> int:
    entries = library.kits(args.sort)
    if args.json:
        print(json.dumps([_json(entry) for entry in entries], indent=2, ensure_ascii=False))
        return ExitStatus.OK
    for entry in entries:
        facts = " · ".join(part for part in (entry.kind, str(entry.year or "")) if part)
        line = entry.title + (f" — {facts}" if facts else "") + f"  {entry.path}"
        if entry.missing:
            line += "  " + translate("cli", "(missing)")
        print(safe(line))
        if entry.problem is not None:
            prefix = "" if entry.problem.file == str(entry.path) else f"{entry.path}/"
            print(safe("  " + entry.problem.format(prefix, translate=translate)))
    return ExitStatus.OK


def _json(entry: KitEntry) -> dict[str, Any]:
    thumbnail = None
    if entry.thumbnail is not None:
        thumbnail = {"path": str(entry.thumbnail.path), "member": entry.thumbnail.member}
    return {
        "title": entry.title,
        "path": str(entry.path),
        "kind": entry.kind or None,
        "year": entry.year,
        "runtime": entry.runtime,
        "languages": list(entry.languages),
        "makers": entry.makers or None,
        "ai_used": entry.ai_used,
        "signed": entry.signed,
        "archive": entry.archive,
        "missing": entry.missing,
        "problem": entry.problem.format() if entry.problem is not None else None,
        "thumbnail": thumbnail,
    }
