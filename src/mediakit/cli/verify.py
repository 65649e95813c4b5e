"""``mediakit verify ARCHIVE``: every file of an archive against its checksums —
one line per problem on stdout and exit 1, or ``intact``, the archive's SHA-256
and who signed it (``--require-trusted``: exit 1 unless a trusted publisher did)."""

from __future__ import annotations

import argparse
import sys

from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import reach
from mediakit.cli.output import print_problems, safe
from mediakit.cli.progress import TerminalProgress
from mediakit.cli.signing import signature_line
from mediakit.kit.archive import verify
from mediakit.kit.signing.trust import TrustStore


def run(args: argparse.Namespace) -> int:
    archive = args.path
    reach(archive)
    if archive.is_dir():
        raise UsageError(
            translate(
                "cli", "{archive}: is a folder; verify checks a .mediakit archive (pack makes one)"
            ).format(archive=archive)
        )
    meter = TerminalProgress("verifying")
    try:
        report = verify(archive, progress=meter.bytes)
    finally:
        meter.close()
    print_problems(report.problems, "", sys.stdout)
    if not report.intact:
        return ExitStatus.PROBLEMS
    print(
        safe(
            translate("cli", "{archive}: intact — {count} files, SHA-256 checked").format(
                archive=archive, count=report.files
            )
        )
    )
    line, trusted = signature_line(report.signature, TrustStore.default())
    print(safe(line))
    print(f"sha256 {report.sha256}")
    if args.require_trusted and not trusted:
        print(
            safe(
                translate("cli", "{archive}: not signed by a trusted publisher").format(
                    archive=archive
                )
            )
        )
        return ExitStatus.PROBLEMS
    return ExitStatus.OK
