"""What the library gives back: a kit as listed (:class:`KitEntry`, with its
:class:`Thumbnail`), a search hit (:class:`Hit`), what indexing did to each kit
(:class:`Indexed`, gathered in a :class:`Report`) — plain data, no database."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mediakit.kit.manifest.model import Problem
from mediakit.library.index import MARK_END, MARK_START
from mediakit.library.reading import load_problem
from mediakit.library.stamps import kit_file


@dataclass(frozen=True)
class Thumbnail:
    """The picture of a kit: a file, or an archive and its member (``member``)."""

    path: Path
    member: str | None = None


@dataclass(frozen=True)
class KitEntry:
    path: Path  # the kit folder or the archive
    title: str  # in the kit's first language; the file name for a kit that does not load
    titles: Mapping[str, str]  # every language's
    kind: str
    year: int | None
    runtime: str | None
    languages: tuple[str, ...]
    archive: bool
    missing: bool
    problem: Problem | None  # the first error when the kit does not load
    problems: int
    thumbnail: Thumbnail | None
    folder: Path | None  # the library folder it was found in; None: added or opened itself
    added: float
    indexed: float
    opened: float | None
    kit_id: str | None = None
    makers: str = ""  # the direction credits' names, else the first credit's: "A, B"
    ai_used: bool = False  # the kit discloses AI use (it has an ai_disclosure)
    signed: bool | None = None  # an archive carries a signature entry; None: a folder


@dataclass(frozen=True)
class Hit:
    """One search result: the kit, the field (``credits[0].names[0]``), the window's
    section to open (:data:`mediakit.gui.sections.SECTIONS` names; ``""``: the
    header), the text's language (``""``: none) and a snippet whose matches sit
    between :data:`MARK_START` and :data:`MARK_END` (see :meth:`marked`)."""

    path: Path
    title: str
    field: str
    section: str
    language: str
    snippet: str
    missing: bool = False
    archive: bool = False

    def marked(self, start: str, end: str) -> str:
        """The snippet with the markers replaced: make it safe for your medium first."""
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    @property
    def plain(self) -> str:
        return self.marked("", "")


@dataclass(frozen=True)
class Indexed:
    """What happened to one kit: ``indexed``, ``unchanged``, ``problem`` (listed
    with ``problems``), ``missing``."""

    path: Path
    status: str
    title: str = ""
    problems: tuple[Problem, ...] = ()


@dataclass
class Report:
    kits: list[Indexed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # folders that could not be read

    @property
    def ok(self) -> bool:
        return not self.problems and all(k.status not in ("problem",) for k in self.kits)


def entry_of(row: tuple[object, ...]) -> KitEntry:
    (path, folder, archive, kit_id, title, titles, kind, year, runtime, languages,
     makers, ai_used, signed, thumbnail, problem, problems, missing, added, indexed,
     opened) = row  # fmt: skip
    kit_path = Path(str(path))
    picture = None
    if thumbnail:
        picture = (
            Thumbnail(kit_path, str(thumbnail))
            if archive
            else Thumbnail(kit_file(kit_path, str(thumbnail)))
        )
    first = load_problem(str(problem)) if problem else None
    return KitEntry(
        path=kit_path,
        title=str(title),
        titles=json.loads(str(titles)),
        kind=str(kind),
        year=int(str(year)) if year is not None else None,
        runtime=str(runtime) if runtime is not None else None,
        languages=tuple(str(languages).split()),
        archive=bool(archive),
        missing=bool(missing),
        problem=first,
        problems=int(str(problems)),
        thumbnail=picture,
        folder=Path(str(folder)) if folder else None,
        added=float(str(added)),
        indexed=float(str(indexed)),
        opened=float(str(opened)) if opened is not None else None,
        kit_id=str(kit_id) if kit_id is not None else None,
        makers=str(makers),
        ai_used=bool(ai_used),
        signed=bool(signed) if archive and signed is not None else None,
    )
