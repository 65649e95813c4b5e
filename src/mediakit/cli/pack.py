"""``mediakit pack FOLDER [-o OUT.mediakit] [--force] [--sign KEYFILE]``: validate,
then pack the kit into one archive (signed with ``--sign``); the archive's name,
size and SHA-256 on stdout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import problem_prefix, reach
from mediakit.cli.output import print_problems, safe
from mediakit.cli.progress import TerminalProgress
from mediakit.cli.signing import KeyFileError, load_signer
from mediakit.kit.archive import SUFFIX, is_archive
from mediakit.kit.archive.pack import OutputExistsError, PackError, pack
from mediakit.kit.archive.sign import SignError, sign
from mediakit.kit.manifest.model import Problem
from mediakit.units import human_size


def run(args: argparse.Namespace) -> int:
    folder: Path = args.path
    output: Path | None = args.output
    reach(folder)
    if is_archive(folder):
        raise UsageError(
            translate("cli", "{folder}: pack takes a kit folder, not an archive").format(
                folder=folder
            )
        )
    if output is not None and not output.name.lower().endswith(SUFFIX):
        raise UsageError(
            translate("cli", "{output}: the archive's name must end in {suffix}").format(
                output=output, suffix=SUFFIX
            )
        )
    # The key first: a wrong passphrase must cost nothing, not a packed archive.
    signer = None
    if args.sign is not None:
        try:
            signer = load_signer(args.sign)
        except KeyFileError as bad_key:
            print_problems((Problem(str(bad_key.key), bad_key.message),), "")
            return ExitStatus.PROBLEMS
    meter = TerminalProgress("packing")
    try:
        result = pack(folder, output, progress=meter.update, replace=args.force)
    except OutputExistsError as exists:
        meter.close()
        print(
            safe(
                translate("cli", "{output}: exists: use --force to replace it").format(
                    output=exists.output
                )
            ),
            file=sys.stderr,
        )
        return ExitStatus.PROBLEMS
    except PackError as exc:
        meter.close()
        # A problem with the output names it as given; the others are files of the kit.
        for problem in exc.problems:
            whole = exc.output is not None or problem.file == str(folder)
            print_problems((problem,), "" if whole else problem_prefix(folder))
        return ExitStatus.PROBLEMS
    finally:
        meter.close()
    prefix = problem_prefix(folder)
    print_problems(result.warnings, prefix)
    for name in result.left_out:
        print(
            safe(
                translate("cli", "{file}: left out (kit.yaml does not name it)").format(
                    file=f"{prefix}{name}"
                )
            ),
            file=sys.stderr,
        )
    files = len(result.files) - 1
    sha, size, signed = result.sha256, result.size, ""
    if signer is not None:
        try:
            report = sign(result.output, signer)
        except SignError as exc:
            print_problems(exc.problems, "")
            return ExitStatus.PROBLEMS
        except KeyFileError as bad_key:  # the agent's refusal: the archive stays, unsigned
            print_problems((Problem(str(bad_key.key), bad_key.message),), "")
            return ExitStatus.PROBLEMS
        assert report.signature is not None  # sign() verified it again
        sha, size = report.sha256, report.archive.stat().st_size
        signed = translate("cli", ", signed with {key}").format(key=report.signature.fingerprint)
    line = f"{result.output}: {files} files and checksums.sha256, {human_size(size)}{signed}"
    print(safe(line))
    print(f"sha256 {sha}")
    return ExitStatus.OK
