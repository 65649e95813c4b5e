"""``mediakit export stills PATH -o FOLDER [--lang CODE]``: every still of a kit
for publication — the originals' image data with the caption, credit,
copyright, alt text and the film's title in each file's own metadata (XMP),
``CREDITS.txt`` and ``credits.csv`` beside them (:mod:`mediakit.media.publication`).

One line a file on stdout (``written  ←  kit file``, and a note when its
Content Credentials went to ``originals/`` or its metadata to a sidecar), then
a summary line. Exit 0 when every still was exported, 1 when one could not be
(its reason on stderr) or the kit has problems, 2 for an unreachable PATH or a
``--lang`` the kit does not have. Nothing is ever overwritten: a name already
taken in FOLDER gets ``-2``, ``-3`` …
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mediakit.catalog import counted, translate
from mediakit.cli.exitstatus import ExitStatus
from mediakit.cli.kits import kit_language, open_and_report, reach
from mediakit.cli.output import fail, safe
from mediakit.media.publication import ExportReport, export_stills, plan


def run(args: argparse.Namespace) -> int:
    # The other forms of a kit have their own modules, loaded only when asked for.
    if args.what == "html":
        from mediakit.cli import export_html

        return export_html.run(args)
    if args.what == "pdf":
        from mediakit.cli import export_pdf

        return export_pdf.run(args)
    return _stills(args)


def _stills(args: argparse.Namespace) -> int:
    reach(args.path)
    kit = open_and_report(args.path).result.kit
    if kit is None:
        return ExitStatus.PROBLEMS
    language = kit_language(kit, args.lang)
    if not kit.stills:
        print(safe(translate("cli", "{path}: the kit has no stills").format(path=args.path)))
        return ExitStatus.OK
    try:
        report = export_stills(plan(kit, language), args.output, language)
    except OSError as exc:
        fail(
            translate("cli", "{folder}: cannot write there: {reason}").format(
                folder=args.output, reason=exc.strerror or exc
            )
        )
        return ExitStatus.PROBLEMS
    _print(report, kit.root)
    return ExitStatus.PROBLEMS if report.failed else ExitStatus.OK


def _in_kit(path: Path, root: Path) -> str:
    """``stills/01-desert.jpg``: a kit's file as its manifest names it."""
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name


def _print(report: ExportReport, root: Path) -> None:
    for exported in report.exported:
        print(safe(f"{exported.file}  ←  {_in_kit(exported.source, root)}"))
        if exported.original is not None:
            kept = translate("cli", "  Content Credentials kept in {original} (untouched)")
            print(safe(kept.format(original=exported.original)))
        if exported.sidecar is not None:
            beside = translate("cli", "  metadata in {sidecar} (this format is copied untouched)")
            print(safe(beside.format(sidecar=exported.sidecar)))
    for failed in report.failed:
        fail(
            translate("cli", "{file}: cannot export: {reason}").format(
                file=_in_kit(failed.source, root), reason=failed.error
            )
        )
    if report.exported:
        done = counted(
            len(report.exported),
            translate("cli", "{count} still exported"),
            translate("cli", "{count} stills exported"),
        )
        names = ", ".join(p.name for p in (report.credits_txt, report.credits_csv) if p)
        print(safe(f"{done}: {report.folder} ({names})"))
    if report.failed:
        print(
            safe(
                counted(
                    len(report.failed),
                    translate("cli", "{count} still could not be exported"),
                    translate("cli", "{count} stills could not be exported"),
                )
            ),
            file=sys.stderr,
        )
