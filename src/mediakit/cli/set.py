"""``mediakit set PATH FIELD VALUE [--yaml] [--delete] [--draft]``: change one field
of a kit folder's kit.yaml, and nothing else of it.

The change goes through :class:`~mediakit.kit.authoring.document.KitDocument`
(comments, order and quoting kept), is validated with the kit's own files
before anything is written, and is saved atomically, never over a kit.yaml
that changed meanwhile. A change that breaks the kit — leaves it with an error it did not have — is
refused (exit 1, the file untouched) unless ``--draft``. Filling in a draft one
field at a time is not refused: its remaining errors were there before.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import problem_prefix, reach
from mediakit.cli.output import fail, print_problems, safe
from mediakit.kit import load_text
from mediakit.kit.authoring.document import DocumentError, KitDocument
from mediakit.kit.authoring.fieldpath import FieldPathError, parse_path
from mediakit.kit.authoring.plaindata import to_plain
from mediakit.kit.authoring.render import in_flow
from mediakit.kit.authoring.save import ExternalChangeError, read_document, save_document
from mediakit.kit.manifest.model import MANIFEST, Problem, Severity
from mediakit.kit.manifest.yamlread import YamlError, read_yaml
from mediakit.kit.message import Message
from mediakit.kit.recognise import is_archive


def _said(message: Message) -> str:
    return message.render(translate)


def _value(args: argparse.Namespace) -> object:
    """VALUE as given: a string, or with --yaml what the kit's YAML 1.2 reader makes of it."""
    if args.delete:
        if args.value is not None:
            raise UsageError(translate("cli", "--delete takes no VALUE"))
        return None
    if args.value is None:
        raise UsageError(translate("cli", "VALUE is required (or --delete)"))
    if not args.yaml:
        return args.value
    try:
        return to_plain(read_yaml(args.value))
    except YamlError as exc:
        reason = _said(exc.message)
        raise UsageError(translate("cli", "--yaml VALUE: {reason}").format(reason=reason)) from None


def _shown(document: KitDocument, field: str) -> str:
    if not document.has(field):
        return translate("cli", "(none)")
    value = document.get(field)
    if value is None:
        return translate("cli", "(empty)")  # what a draft leaves to fill, not YAML's "null"
    return f"'{value}'" if isinstance(value, str) else in_flow(value)


def _edited(document: KitDocument, args: argparse.Namespace, value: object) -> KitDocument:
    if args.delete:
        return document.delete(args.field)
    return document.set(args.field, value)


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    reach(path)
    try:
        parse_path(args.field)
    except FieldPathError as exc:
        raise UsageError(
            translate("cli", "{field}: not a field path: {reason}").format(
                field=args.field, reason=_said(exc.message)
            )
        ) from None
    value = _value(args)
    if is_archive(path):
        fail(
            translate("cli", "{path}: archives are read-only; unpack or edit the folder").format(
                path=path
            )
        )
        return ExitStatus.PROBLEMS
    prefix = problem_prefix(path)
    manifest = f"{prefix}{MANIFEST}"
    try:
        document, original = read_document(path)
        edited = _edited(document, args, value)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        fail(
            translate("cli", "{file}: cannot read it: {reason}").format(
                file=manifest, reason=reason
            )
        )
        return ExitStatus.PROBLEMS
    except DocumentError as exc:
        place = manifest if exc.line is None else f"{manifest}:{exc.line}:{exc.column}"
        fail(f"{place}: {_said(exc.message)}")  # the message names the field
        return ExitStatus.PROBLEMS
    before, after = _shown(document, args.field), _shown(edited, args.field)
    if args.delete:
        after = translate("cli", "(deleted)")
    change = f"{manifest}: {args.field}: {before} → {after}"
    if edited.text == document.text:
        print(safe(translate("cli", "{change} (unchanged, not saved)").format(change=change)))
        return ExitStatus.OK
    problems = load_text(path, edited.text.encode("utf-8")).problems
    errors = sum(problem.is_error for problem in problems)
    broken = _new_errors(load_text(path, original).problems, problems)
    if broken and not args.draft:
        print_problems(broken, prefix)
        refused = translate(
            "cli", "{file}: not saved: the change leaves the kit with errors (--draft saves it)"
        )
        print(safe(refused.format(file=manifest)), file=sys.stderr)
        return ExitStatus.PROBLEMS
    try:
        save_document(path, edited, original)
    except ExternalChangeError:
        fail(translate("cli", "{file}: changed on disk meanwhile: not saved").format(file=manifest))
        return ExitStatus.PROBLEMS
    except OSError as exc:
        reason = exc.strerror or str(exc)
        fail(
            translate("cli", "{file}: cannot write it: {reason}").format(
                file=manifest, reason=reason
            )
        )
        return ExitStatus.PROBLEMS
    print_problems([_as_warning(problem) for problem in problems], prefix)
    print(safe(change))
    if errors:
        print(
            safe(
                translate("cli", "{file}: saved as a draft: the kit has errors").format(
                    file=manifest
                )
            )
        )
    return ExitStatus.OK


def _new_errors(before: Sequence[Problem], after: Sequence[Problem]) -> list[Problem]:
    """The errors of ``after`` that ``before`` did not have (same field, same message
    id): what the change broke, not what the draft still lacks."""
    had = {(problem.field, problem.id) for problem in before if problem.is_error}
    return [p for p in after if p.is_error and (p.field, p.id) not in had]


def _as_warning(problem: Problem) -> Problem:
    return dataclasses.replace(problem, severity=Severity.WARNING)
