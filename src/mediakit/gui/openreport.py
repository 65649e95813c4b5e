"""What the window says once a kit has been opened, or could not be: the
banner's summary and its details, one line per problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl

from mediakit.gui.messages import MessageRoute
from mediakit.gui.translation import translate
from mediakit.kit.manifest.model import Problem
from mediakit.qttranslate import tr

if TYPE_CHECKING:
    from mediakit.kit.source import KitSource


def describe_problem(problem: Problem) -> str:
    line = problem.format(translate=translate)
    if problem.is_error:
        return line
    return tr("warning: {problem}").format(problem=line)


def report_failure(
    messages: MessageRoute, source: KitSource, kept: bool, reopen: Callable[[], None]
) -> None:
    """``source`` did not open: say why, whether the kit on screen stays, and offer
    to look at a damaged archive anyway (only changed content: nothing unsafe)."""
    result = source.result
    counts = tr("%n error(s)", None, len(result.errors))
    if result.warnings:
        counts += ", " + tr("%n warning(s)", None, len(result.warnings))
    summary = tr("Could not open {path} — {counts}.").format(path=source.path, counts=counts)
    if kept:
        summary += " " + tr("The kit on screen is unchanged.")
    action = None
    if source.archive is not None and source.archive.damaged:
        action = (tr("Open anyway, read-only"), reopen)
    details = [describe_problem(problem) for problem in result.problems]
    messages.error(summary, details, action)


def report_opened(messages: MessageRoute, source: KitSource) -> bool:
    """Warn about what opened with problems; False when there is nothing to say."""
    path, result = source.path, source.result
    notes = [describe_problem(problem) for problem in result.warnings]
    notice = source.notice.render(translate) if source.notice else None
    cache = [notice] if notice else []  # where it was unpacked, if unusual
    if source.archive is not None and not source.archive.intact:
        messages.warning(
            tr("{path} is damaged: shown read-only, the files below changed since packing").format(
                path=path
            ),
            [describe_problem(problem) for problem in source.archive.problems] + cache + notes,
        )
    elif notes:
        counts = tr("%n warning(s)", None, len(notes))
        messages.warning(
            tr("{path} opened with {counts}").format(path=path, counts=counts), cache + notes
        )
    elif notice:  # the kit is fine; only where it was unpacked is unusual
        messages.warning(tr("{path} opened from a temporary folder").format(path=path), [notice])
    else:
        return False
    return True


def dropped_path(urls: list[QUrl]) -> Path | None:
    """The kit a drop names: the first local path (a folder, or its kit.yaml).

    Nothing is checked on disk here — the loader does that in a worker and
    says what is wrong, so a drop never stalls the window.
    """
    for url in urls:
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None
