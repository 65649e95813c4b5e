"""``mediakit validate PATH [--deep]``: one line per problem on stdout, as linters
print them (``mediakit validate KIT | grep credits``), then ``valid kit`` when
there is no error.

Besides the kit's own problems, warnings where the kit and its media disagree
about AI use (:func:`mediakit.media.credentials_kit.agreement_problems`): a
kit with media reads their Content Credentials, without checking signatures."""

from __future__ import annotations

import argparse
import sys

from mediakit.catalog import counted, translate
from mediakit.cli.exitstatus import ExitStatus
from mediakit.cli.kits import check_language, open_and_report, reach
from mediakit.cli.output import print_problems, safe
from mediakit.kit.manifest.model import MANIFEST, Problem
from mediakit.kit.message import Message


def run(args: argparse.Namespace) -> int:
    path = args.path
    reach(path)
    source = open_and_report(path, problems_to=sys.stdout)
    kit = source.result.kit
    if kit is None:
        return ExitStatus.PROBLEMS
    check_language(kit, args.lang)
    warnings = len(source.result.warnings)
    kit_prefix = source.problem_prefix(Problem(MANIFEST, Message.verbatim("")))
    if kit.stills or kit.film:  # else nothing to read: c2pa is not even loaded
        from mediakit.media.credentials_kit import agreement_problems

        disagreements = agreement_problems(kit)
        print_problems(disagreements, kit_prefix, sys.stdout)
        warnings += len(disagreements)
    if args.deep:
        from mediakit.cli.deep import deep_check

        found = deep_check(kit, args.probe_timeout)
        print_problems(sorted(found, key=lambda p: p.file), kit_prefix, sys.stdout)
        if any(problem.is_error for problem in found):
            return ExitStatus.PROBLEMS
        warnings += len(found)
    if warnings:
        counts = counted(
            warnings, translate("cli", "{count} warning"), translate("cli", "{count} warnings")
        )
        valid = translate("cli", "{path}: valid kit '{id}' ({counts})")
        print(safe(valid.format(path=path, id=kit.id, counts=counts)))
    else:
        print(safe(translate("cli", "{path}: valid kit '{id}'").format(path=path, id=kit.id)))
    return ExitStatus.OK
