"""``mediakit init FOLDER [--id ID] [--title TEXT] [--lang fr,en] [--force]``: draft
``FOLDER/kit.yaml`` from the files already there (:mod:`mediakit.kit.authoring`),
then say what was found, what was guessed and what is left to fill.

Without ``--lang`` the kit's first language is the system's language (its
primary code: ``fr_CA.UTF-8`` gives ``fr``), not the interface's: a German
publicist's kit is in German even though mediakit speaks no German; a
locale that names none (``C``) gives ``en``, the format's default. Languages
that texts' names give (``synopsis.en.md``) follow it.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from mediakit import languages
from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.initreport import Guesses, report
from mediakit.cli.kits import reach
from mediakit.cli.output import safe
from mediakit.kit.authoring.backup import keep_backup
from mediakit.kit.authoring.draft import guess_languages, make_draft
from mediakit.kit.authoring.findings import Findings
from mediakit.kit.authoring.names import kit_id
from mediakit.kit.authoring.scan import scan
from mediakit.kit.manifest.model import MANIFEST
from mediakit.kit.manifest.rules.kit import ID_PATTERN
from mediakit.kit.manifest.rules.text import is_language
from mediakit.safeio import atomic_write

FILM_TIMEOUT_S = 10.0  # the most VLC may take to read one film's header


def run(args: argparse.Namespace) -> int:
    folder: Path = args.path
    reach(folder)
    if not folder.is_dir():
        raise UsageError(translate("cli", "{folder}: not a folder").format(folder=folder))
    name = folder.resolve().name
    given_id = _checked_id(args.id)
    given_languages = _checked_languages(args.lang)
    manifest = folder / MANIFEST
    if os.path.lexists(manifest) and not args.force:
        message = translate(
            "cli", "{manifest}: exists: use --force to replace it (kept as kit.yaml.bak)"
        )
        print(safe(message.format(manifest=manifest)), file=sys.stderr)
        return ExitStatus.USAGE
    findings = _with_film_facts(folder, scan(folder))
    first = _system_language()
    chosen = given_languages or guess_languages(first, findings)
    title = args.title if args.title is not None else name
    draft = make_draft(findings, given_id or kit_id(name), title, chosen)
    try:
        backup = keep_backup(manifest) if os.path.lexists(manifest) else None
        with atomic_write(manifest) as pending:
            pending.file.write(draft.text.encode("utf-8"))
    except OSError as error:
        reason = error.strerror or error
        message = translate("cli", "{manifest}: cannot write it: {reason}")
        print(safe(message.format(manifest=manifest, reason=reason)), file=sys.stderr)
        return ExitStatus.PROBLEMS
    guesses = Guesses(
        id_from_name=given_id is None,
        title_from_name=args.title is None,
        languages_given=given_languages is not None,
    )
    for line in report(folder, manifest, backup, findings, draft, guesses):
        print(safe(line))
    return ExitStatus.OK


def _checked_id(given: str | None) -> str | None:
    if given is not None and not re.fullmatch(ID_PATTERN, given):
        message = translate(
            "cli", "--id {id}: an id is a-z, 0-9 and -, starting with a letter or digit, up to 64"
        )
        raise UsageError(message.format(id=given))
    return given


def _checked_languages(given: str | None) -> tuple[str, ...] | None:
    if given is None:
        return None
    codes = [code.strip() for code in given.split(",") if code.strip()]
    wrong = [code for code in codes if not is_language(code)]
    if wrong or not codes:
        message = translate("cli", "--lang {lang}: expected language codes like fr,en or pt-BR")
        raise UsageError(message.format(lang=given))
    unique: dict[str, str] = {}
    for code in codes:
        unique.setdefault(code.lower(), code)  # fr,FR: once, as first written
    return tuple(unique.values())


def _system_language() -> str:
    """The primary code of the system's first language; ``en`` under a C locale."""
    declared = languages.declared(languages.environment_languages(os.environ))
    return languages.primary(declared[0]) if declared else languages.SOURCE_LANGUAGE


def _with_film_facts(folder: Path, findings: Findings) -> Findings:
    """The videos with what VLC reads of them (imported here: only a folder with films pays)."""
    if not findings.videos:
        return findings
    from mediakit.media.filmfacts import read_film_facts

    facts = read_film_facts([folder / video.path for video in findings.videos], FILM_TIMEOUT_S)
    videos = tuple(
        replace(video, facts=facts.get(folder / video.path)) for video in findings.videos
    )
    return replace(findings, videos=videos)
