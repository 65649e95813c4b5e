"""``mediakit sign ARCHIVE --key KEYFILE``: add (or replace) the archive's
OpenSSH signature of its checksums; the signer's fingerprint on stdout."""

from __future__ import annotations

import argparse

from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import reach
from mediakit.cli.output import print_problems, safe
from mediakit.cli.signing import KeyFileError, load_signer
from mediakit.kit.archive.sign import SignError, sign
from mediakit.kit.manifest.model import Problem


def run(args: argparse.Namespace) -> int:
    archive = args.path
    reach(archive)
    if archive.is_dir():
        raise UsageError(
            translate("cli", "{archive}: is a folder; sign takes a .mediakit archive").format(
                archive=archive
            )
        )
    try:
        signer = load_signer(args.key)
        report = sign(archive, signer)
    except KeyFileError as exc:
        print_problems((Problem(str(exc.key), exc.message),), "")
        return ExitStatus.PROBLEMS
    except SignError as exc:
        print_problems(exc.problems, "")
        return ExitStatus.PROBLEMS
    assert report.signature is not None  # sign() verified it again
    print(
        safe(
            translate("cli", "{archive}: signed with {key}").format(
                archive=archive, key=report.signature.fingerprint
            )
        )
    )
    print(f"sha256 {report.sha256}")
    return ExitStatus.OK
