"""``mediakit export html PATH -o FOLDER [--lang CODE …] [--archive FILE]``: the
web press page (:mod:`mediakit.publish.web`), a static site that works opened
from disk and on any host.

One summary line on stdout: ``index.html, index.en.html: 35 files, 6.2 MiB in
FOLDER``, then the archive's SHA-256 when ``--archive`` is given. Exit 0 when
written; 1 when the kit has problems, FOLDER holds files that are not an
earlier export of ours, or a file could not be written or made (the site is
still written without it, each named on stderr); 2 for an unreachable PATH or
archive, or a ``--lang`` the kit lacks. FOLDER is replaced whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from mediakit.catalog import counted, translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import open_and_report, reach
from mediakit.cli.output import fail, safe
from mediakit.kit.manifest.model import Kit
from mediakit.units import human_size


def run(args: argparse.Namespace) -> int:
    reach(args.path)
    if args.archive is not None:
        reach(args.archive)
    kit = open_and_report(args.path).result.kit
    if kit is None:
        return ExitStatus.PROBLEMS
    languages = site_languages(kit, args.lang or [])
    from mediakit.publish.web import FolderTakenError, export_site

    output: Path = args.output
    if _inside_kit(output, kit):
        fail(translate("cli", "{folder}: the kit itself is there: choose another folder")
             .format(folder=output))  # fmt: skip
        return ExitStatus.PROBLEMS
    try:
        report = export_site(kit, output, languages, args.archive)
    except FolderTakenError as taken:
        fail(
            translate(
                "cli",
                "{folder}: holds files that are not a web page made by mediakit ({files}): "
                "choose a new or empty folder",
            ).format(folder=output, files=", ".join(taken.foreign))
        )
        return ExitStatus.PROBLEMS
    except OSError as exc:  # the output's (a kit file that cannot be read is left out, said)
        fail(
            translate("cli", "{folder}: cannot write there: {reason}").format(
                folder=output, reason=exc.strerror or exc
            )
        )
        return ExitStatus.PROBLEMS
    for file, reason in report.problems:
        print(safe(translate("cli", "{file}: left out of the page: {reason}").format(
            file=file, reason=reason)), file=sys.stderr)  # fmt: skip
    files = counted(len(report.files), translate("cli", "{count} file"),
                    translate("cli", "{count} files"))  # fmt: skip
    print(
        safe(
            translate("cli", "{pages}: {files}, {size} in {folder}").format(
                pages=", ".join(report.pages),
                files=files,
                size=human_size(report.total_bytes),
                folder=report.folder,
            )
        )
    )
    if report.archive is not None:
        print(safe(f"{report.archive.file}  SHA-256 {report.archive.sha256}"))
    return ExitStatus.PROBLEMS if report.problems else ExitStatus.OK


def site_languages(kit: Kit, requested: Sequence[str]) -> list[str]:
    """The pages' languages in the kit's order (its first, the original, is
    ``index.html``); ``requested`` as given (``fr,en`` or repeated), all when empty.
    UsageError for a language the kit does not have."""
    wanted = [code.strip() for item in requested for code in item.split(",") if code.strip()]
    if not wanted:
        return list(kit.languages)
    lowered = {code.lower() for code in kit.languages}
    for code in wanted:
        if code.lower() not in lowered:
            raise UsageError(
                translate("cli", "--lang {code}: this kit has {codes}").format(
                    code=code, codes=", ".join(kit.languages)
                )
            )
    chosen = {code.lower() for code in wanted}
    return [code for code in kit.languages if code.lower() in chosen]


def _inside_kit(output: Path, kit: Kit) -> bool:
    """Whether FOLDER is the kit's folder or one of its files (never replaced)."""
    try:
        target = output.resolve()
        return target == kit.root.resolve() or any(
            target == path.resolve() for path in kit.own_files()
        )
    except OSError:
        return False
