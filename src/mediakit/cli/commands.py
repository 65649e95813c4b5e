"""The sub-commands. Each returns an exit code; none lets a traceback out
for a bad kit."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from mediakit.cli.output import fail, print_problems, safe
from mediakit.kit import load
from mediakit.kit.model import Kit, LoadResult

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def section_names() -> tuple[str, ...]:
    # Kept here, without importing the GUI, so `--help` stays fast.
    return (
        "film",
        "synopsis",
        "statement",
        "ai",
        "credits",
        "quotes",
        "articles",
        "stills",
        "specs",
        "contacts",
        "links",
    )


def run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        from mediakit.kit.schema import json_schema

        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.command == "open":
        from mediakit.gui.app import run as run_window

        return run_window(args.path)
    path: Path = args.path
    if not path.exists():
        fail(f"{path}: no such file or folder")
        return EXIT_USAGE
    if args.command == "snapshot":
        from mediakit.cli.snapshot import snapshot

        return snapshot(path, args.output, args.size, args.lang, args.section)
    result = load(path)
    print_problems(result.problems, problem_prefix(path))
    if result.kit is None:
        return EXIT_PROBLEMS
    if args.command == "validate":
        warnings = len(result.warnings)
        note = f" ({warnings} warning{'s' if warnings != 1 else ''})" if warnings else ""
        print(safe(f"{path}: valid kit '{result.kit.id}'{note}"))
    elif args.command == "info":
        if args.json:
            from mediakit.kit.export import kit_to_json

            print(json.dumps(kit_to_json(result.kit), indent=2, ensure_ascii=False))
        else:
            print("\n".join(safe(line) for line in summary(result.kit, args.lang)))
    return EXIT_OK


def problem_prefix(path: Path) -> str:
    """Problems name files relative to the kit root; print them as the user wrote the path."""
    folder = path.parent if path.name == "kit.yaml" and not path.is_dir() else path
    text = str(folder)
    return "" if text in ("", ".") else text.rstrip("/") + "/"


def summary(kit: Kit, language: str | None) -> list[str]:
    """A readable description of the kit, for `mediakit info`."""

    def t(value: object) -> str:
        return kit.text(value, language) if value is not None else ""  # type: ignore[arg-type]

    facts = [t(kit.kind), str(kit.year or ""), kit.runtime or ""]
    lines = [f"{t(kit.title)}" + (f" — {' · '.join(f for f in facts if f)}" if any(facts) else "")]
    lines.append(f"id {kit.id} · languages {', '.join(kit.languages)}")
    if kit.logline:
        lines.append(t(kit.logline))
    if kit.film:
        extras = []
        if kit.film.poster:
            extras.append(f"poster {kit.film.poster.written}")
        if kit.film.subtitles:
            extras.append("subtitles " + ", ".join(s.language for s in kit.film.subtitles))
        if kit.film.trailer:
            extras.append(f"trailer {kit.film.trailer.written}")
        lines.append(
            f"Film: {kit.film.file.written}" + (f" ({'; '.join(extras)})" if extras else "")
        )
    if kit.credits:
        lines.append("Credits:")
        lines += [f"  {t(c.role)} — {', '.join(c.names)}" for c in kit.credits]
    counts = [
        (len(kit.quotes), "quote"),
        (len(kit.articles), "article"),
        (len(kit.stills), "still"),
        (len(kit.specs), "spec"),
        (len(kit.contacts), "contact"),
        (len(kit.links), "link"),
        (len(kit.presentation), "slide"),
    ]
    shown = [f"{n} {word}{'s' if n != 1 else ''}" for n, word in counts if n]
    if shown:
        lines.append(", ".join(shown))
    texts = [
        name
        for name, value in (
            ("synopsis", kit.synopsis),
            ("statement", kit.statement),
            ("AI disclosure", kit.ai_disclosure),
        )
        if value
    ]
    if texts:
        lines.append("Texts: " + ", ".join(texts))
    return lines


def load_or_report(path: Path) -> LoadResult:
    result = load(path)
    print_problems(result.problems, problem_prefix(path))
    return result
