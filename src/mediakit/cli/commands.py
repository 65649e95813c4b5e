"""The sub-commands. Each returns an exit code; none lets a traceback out
for a bad kit."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mediakit.cli.output import fail, print_problems, safe
from mediakit.kit.model import Kit, Problem
from mediakit.units import human_size, plural

if TYPE_CHECKING:
    from mediakit.kit.source import KitSource

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
MANIFEST = "kit.yaml"


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
    if args.command == "install-desktop":
        from mediakit.cli.desktop import install_desktop

        return install_desktop(uninstall=args.uninstall)
    if args.command in ("open", "present") and (no_screen := _no_screen()):
        fail(no_screen)
        return EXIT_USAGE
    if args.command == "open":
        from mediakit.gui.app import run as run_window

        return run_window(args.path)
    path: Path = args.path
    unreachable = _unreachable(path)
    if unreachable:
        fail(f"{path}: {unreachable}")
        return EXIT_USAGE
    if args.command == "snapshot":
        from mediakit.cli.snapshot import snapshot, snapshot_present

        if args.present is not None:
            return snapshot_present(
                path, args.output, args.size, args.lang, args.present, args.presenter_view
            )
        if args.presenter_view:
            fail("--presenter-view needs --present SLIDE")
            return EXIT_USAGE
        return snapshot(path, args.output, args.size, args.lang, args.section)
    if args.command == "present":
        from mediakit.cli.snapshot import present

        return present(path, args.screen, args.start, args.lang)
    if args.command == "pack":
        return pack(path, args.output)
    if args.command == "verify":
        return verify(path)
    source = open_and_report(path)
    result = source.result
    if result.kit is None:
        return EXIT_PROBLEMS
    if args.command == "validate":
        warnings = len(result.warnings)
        if args.deep:
            from mediakit.cli.deep import deep_check

            found = deep_check(result.kit, args.probe_timeout)
            kit_prefix = source.problem_prefix(Problem(MANIFEST, ""))
            print_problems(sorted(found, key=lambda p: p.file), kit_prefix)
            if any(problem.is_error for problem in found):
                return EXIT_PROBLEMS
            warnings += len(found)
        note = f" ({plural(warnings, 'warning')})" if warnings else ""
        print(safe(f"{path}: valid kit '{result.kit.id}'{note}"))
    elif args.command == "info":
        if args.json:
            from mediakit.kit.export import kit_to_json

            print(json.dumps(kit_to_json(result.kit), indent=2, ensure_ascii=False))
        else:
            print("\n".join(safe(line) for line in summary(result.kit, args.lang)))
    return EXIT_OK


def _no_screen() -> str | None:
    """Why the window cannot open here, checked before Qt (which would abort)."""
    from mediakit.gui.display import display_problem

    problem = display_problem()
    if problem is None:
        return None
    return f"{problem}; validate, info, pack, verify and snapshot need no display"


def _unreachable(path: Path) -> str | None:
    """Why ``path`` cannot be reached at all (the exit-2 case), or None."""
    try:
        path.lstat()
    except FileNotFoundError:
        return "no such file or folder"
    except (OSError, ValueError) as exc:  # name too long, permission denied, NUL …
        return f"cannot reach it: {getattr(exc, 'strerror', None) or exc}"
    return None


def problem_prefix(path: Path) -> str:
    """Problems name files relative to the kit root; print them as the user wrote the path."""
    from mediakit.kit.source import KitSource

    return KitSource.path_prefix(path)


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
    shown = [plural(n, word) for n, word in counts if n]
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


def open_and_report(path: Path) -> KitSource:
    """The kit at ``path`` — a folder, its kit.yaml or a ``.mediakit`` archive — with
    its problems printed; an archive is checked and unpacked into the cache first."""
    from mediakit.cli.progress import TerminalProgress
    from mediakit.kit.source import open_source

    meter = TerminalProgress("opening")
    try:
        source = open_source(path, progress=meter.bytes)
    finally:
        meter.close()
    if source.notice:
        print(safe(f"warning: {path}: {source.notice}"), file=sys.stderr)
    for problem in source.result.problems:
        print_problems((problem,), source.problem_prefix(problem))
    return source


def pack(folder: Path, output: Path | None) -> int:
    """``mediakit pack``: the output path, its SHA-256 and file count on stdout."""
    from mediakit.cli.progress import TerminalProgress
    from mediakit.kit.pack import PackError
    from mediakit.kit.pack import pack as pack_kit

    meter = TerminalProgress("packing")
    try:
        result = pack_kit(folder, output, progress=meter.update)
    except PackError as exc:
        meter.close()
        # A problem with the output names it as given; the others are files of the kit.
        for problem in exc.problems:
            whole = exc.output is not None or problem.file == str(folder)
            print_problems((problem,), "" if whole else problem_prefix(folder))
        return EXIT_PROBLEMS
    finally:
        meter.close()
    print_problems(result.warnings, problem_prefix(folder))
    for name in result.left_out:
        print(safe(f"{problem_prefix(folder)}{name}: left out (kit.yaml does not name it)"),
              file=sys.stderr)  # fmt: skip
    files = len(result.files) - 1
    print(safe(f"{result.output}: {files} files and checksums.sha256, {human_size(result.size)}"))
    print(f"sha256 {result.sha256}")
    return EXIT_OK


def verify(archive: Path) -> int:
    """``mediakit verify``: exit 0 intact, 1 with one line per problem."""
    from mediakit.cli.progress import TerminalProgress
    from mediakit.kit.archive import verify as verify_archive

    if archive.is_dir():
        fail(f"{archive}: is a folder; verify checks a .mediakit archive (mediakit pack makes one)")
        return EXIT_USAGE
    meter = TerminalProgress("verifying")
    try:
        report = verify_archive(archive, progress=meter.bytes)
    finally:
        meter.close()
    print_problems(report.problems, "")
    if not report.intact:
        return EXIT_PROBLEMS
    print(safe(f"{archive}: intact — {report.files} files, SHA-256 checked"))
    print(f"sha256 {report.sha256}")
    return EXIT_OK
