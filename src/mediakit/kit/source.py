"""``open_source(path)``: whatever the user gave — a kit folder, its kit.yaml or
a ``.mediakit`` archive — loaded the same way, never raising.

An archive is checked and extracted into the per-user cache first
(:func:`mediakit.kit.archive.cache.open_archive`) and the kit is loaded from there,
so the rest of the program only ever sees folders of normal files. The archive
package is imported only then: a folder kit loads without it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mediakit.cancel import Cancelled
from mediakit.kit import load
from mediakit.kit.manifest.model import MANIFEST, LoadResult, Problem
from mediakit.kit.message import Message
from mediakit.kit.problems import archive as say
from mediakit.kit.recognise import is_archive

if TYPE_CHECKING:  # archive reading is imported only when a path is an archive
    from mediakit.kit.archive import ArchiveReport, OpenedArchive
    from mediakit.kit.archive.scan import Progress


@dataclass(frozen=True)
class KitSource:
    """``result`` is the kit loaded from the folder or the extracted archive, or problems.

    ``archive`` is None for a folder ("Folder — not packed"). For an archive,
    ``result.problems`` hold either the archive's problems (``ARCHIVE: ENTRY:
    why``, ``Problem.file`` being the archive as given) when it could not be
    opened, or the kit's own problems (files relative to the kit root) when
    it was. ``folder`` is where the kit's files are (the cache for an archive).
    """

    path: Path
    result: LoadResult
    archive: ArchiveReport | None
    folder: Path | None = None
    from_archive: bool = False  # True for an archive, even one that could not be opened
    # Why the per-user cache could not be used (the kit was unpacked elsewhere), or None.
    notice: Message | None = None
    # The unpacked archive, pinned against cache clean-up while this source is alive.
    opened: OpenedArchive | None = field(default=None, compare=False, repr=False)

    def release(self) -> None:
        """The kit is no longer shown: its unpacked files may be cleaned up."""
        if self.opened is not None:
            self.opened.release()

    def problem_prefix(self, problem: Problem) -> str:
        """What to put before ``problem.file`` when printing it for this source.

        Archive problems already name the archive; kit problems inside an
        archive read ``ARCHIVE/kit.yaml:3:1: …``; a folder's read ``FOLDER/kit.yaml…``.
        """
        if problem.file == str(self.path):
            return ""
        return self.path_prefix(self.path) if not self.from_archive else _as_prefix(self.path)

    @staticmethod
    def path_prefix(path: Path) -> str:
        """The prefix for problems of the kit folder (or kit.yaml) at ``path``, as given."""
        try:
            folder = path.parent if path.name == MANIFEST and not path.is_dir() else path
        except OSError:
            folder = path
        return _as_prefix(folder)


def _as_prefix(path: Path) -> str:
    text = str(path)
    return "" if text in ("", ".") else text.rstrip("/") + "/"


def open_source(
    path: Path,
    *,
    cache_root: Path | None = None,
    allow_damaged: bool = False,
    progress: Progress | None = None,
) -> KitSource:
    """The kit at ``path`` (folder, kit.yaml or archive); never raises for bad input."""
    path = Path(path)
    if not is_archive(path):
        return KitSource(path, load(path), None, path if path.is_dir() else path.parent)
    from mediakit.kit.archive import ArchiveError, open_archive

    try:
        opened = open_archive(path, cache_root, allow_damaged=allow_damaged, progress=progress)
    except ArchiveError as exc:
        return KitSource(path, LoadResult(None, exc.problems), exc.report, None, True)
    except Cancelled:
        raise  # the caller asked for it: not a problem to report
    except Exception as exc:  # a bug of ours must not crash the caller
        import logging  # only here: see mediakit.kit.manifest.loader

        logging.getLogger(__name__).exception("opening %s failed", path)
        problem = Problem(str(path), say.INTERNAL_ERROR_ARCHIVE(error=repr(exc)))
        return KitSource(path, LoadResult(None, (problem,)), None, None, True)
    result = load(opened.folder)
    if result.kit is None:
        opened.release()  # nothing will be shown from it
    return KitSource(path, result, opened.report, opened.folder, True, opened.notice, opened=opened)
