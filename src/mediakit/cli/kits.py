"""What the commands that take a kit share: reaching PATH, opening the kit with
its problems printed, and checking ``--lang`` against the kit's languages.

Here, and not in a command's module, so that commands never import each other.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mediakit.catalog import translate
from mediakit.cli.exitstatus import UsageError
from mediakit.cli.output import print_problems, safe
from mediakit.languages import (
    environment_languages,
    reader_language,
    reading_language,
    shipped_languages,
)

if TYPE_CHECKING:
    from mediakit.kit.manifest.model import Kit
    from mediakit.kit.source import KitSource


def reach(path: Path) -> None:
    """UsageError when ``path`` cannot be reached at all (the exit-2 case)."""
    try:
        path.lstat()
    except FileNotFoundError:
        no_such = translate("cli", "{path}: no such file or folder")
        raise UsageError(no_such.format(path=path)) from None
    except (OSError, ValueError) as exc:  # name too long, permission denied, NUL …
        reason = getattr(exc, "strerror", None) or exc
        raise UsageError(
            translate("cli", "{path}: cannot reach it: {reason}").format(path=path, reason=reason)
        ) from None


def need_screen() -> None:
    """UsageError when no window can open here, checked before Qt (which would abort)."""
    from mediakit.gui.display import display_problem

    problem = display_problem()
    if problem is not None:
        hint = translate(
            "cli", "{problem}; validate, info, pack, verify and snapshot need no display"
        )
        raise UsageError(hint.format(problem=problem))


def problem_prefix(path: Path) -> str:
    """Problems name files relative to the kit root; print them as the user wrote the path."""
    from mediakit.kit.source import KitSource

    return KitSource.path_prefix(path)


def open_and_report(path: Path, problems_to: TextIO | None = None) -> KitSource:
    """The kit at ``path`` — a folder, its kit.yaml or a ``.mediakit`` archive — with
    its problems printed (to stderr unless ``problems_to``); an archive is checked
    and unpacked into the cache first."""
    from mediakit.cli.progress import TerminalProgress
    from mediakit.kit.source import open_source

    meter = TerminalProgress("opening")
    try:
        source = open_source(path, progress=meter.bytes)
    finally:
        meter.close()
    if source.notice:  # about this machine's cache, not the kit: never mixed with problems
        print(safe(f"warning: {path}: {source.notice}"), file=sys.stderr)
    for problem in source.result.problems:
        print_problems((problem,), source.problem_prefix(problem), problems_to)
    return source


def kit_language(kit: Kit, requested: str | None) -> str:
    """``--lang``, spelled as the kit spells it (``EN`` gives ``en``); UsageError
    when the kit does not have that language. Without ``--lang``, the window's
    rule: the interface language if the kit has it, else the kit's first — the
    system's interface language: a command never reads the window's settings."""
    if requested is None:
        return reading_language(kit.languages, None, _interface_language())
    for code in kit.languages:
        if code.lower() == requested.lower():
            return code
    raise UsageError(
        translate("cli", "--lang {code}: this kit has {codes}").format(
            code=requested, codes=", ".join(kit.languages)
        )
    )


def check_language(kit: Kit, requested: str | None) -> None:
    """UsageError when ``--lang`` names a language the kit does not have."""
    if requested is not None:
        kit_language(kit, requested)


def _interface_language() -> str | None:
    """The interface language the system asks for, None on a C locale; read
    without Qt (``info`` and ``validate`` never load it)."""
    return reader_language("", environment_languages(), shipped_languages())
