"""``mediakit search QUERY… [--json] [--limit N]``: the library's kits searched
as the window's search box does — case and diacritics folded, each word a
prefix, any text a plain word (never query syntax).

One line per hit: the kit's title, the field that matched (as problems name
it: ``credits[0].names[0]``), its language, and a snippet with the match in
bold on a terminal, between « and » otherwise; then the kit's path. Exit 0
with hits, 1 with none, 2 for a wrong command line.

``--json`` prints a list of objects: ``title``, ``path``, ``field``,
``section`` (the window's section, "" for the header), ``language`` (""
for none), ``snippet`` (the match between « and »), ``missing``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus
from mediakit.cli.output import fail, safe
from mediakit.library.store import Hit, Library, LibraryError

BOLD, PLAIN = "\x1b[1m", "\x1b[22m"
OPEN, CLOSE = "«", "»"


def run(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    library = Library()
    if library.notice is not None:
        fail(library.notice.render(translate))
    try:
        hits = library.search(query, args.limit)
    except LibraryError as error:
        fail(error.message.render(translate))
        return ExitStatus.PROBLEMS
    finally:
        library.close()
    if args.json:
        print(json.dumps([_json(hit) for hit in hits], indent=2, ensure_ascii=False))
    else:
        tty = sys.stdout.isatty()
        for hit in hits:
            print(_line(hit, tty))
    return ExitStatus.OK if hits else ExitStatus.PROBLEMS


def _line(hit: Hit, tty: bool) -> str:
    # Escaped first (the kit's text is a stranger's), then marked: the markers are
    # private-use characters that escaping leaves alone and no kit text holds.
    start, end = (BOLD, PLAIN) if tty else (OPEN, CLOSE)
    snippet = replace(hit, snippet=safe(hit.snippet)).marked(start, end)
    where = hit.field + (f" [{hit.language}]" if hit.language else "")
    head = f"{safe(hit.title)} · {safe(where)}: {snippet}"
    tail = f"  {safe(str(hit.path))}"
    if hit.missing:
        tail += "  " + translate("cli", "(missing)")
    return head + "\n" + tail


def _json(hit: Hit) -> dict[str, object]:
    return {
        "title": hit.title,
        "path": str(hit.path),
        "field": hit.field,
        "section": hit.section,
        "language": hit.language,
        "snippet": hit.marked(OPEN, CLOSE),
        "missing": hit.missing,
    }
