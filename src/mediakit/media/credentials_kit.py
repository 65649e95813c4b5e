"""A kit's media and their Content Credentials: which files are read, reading
them side by side, and where the kit and its media disagree about AI use
(``validate``'s warnings).

The AI Act asks that synthetic media be "marked in a machine-readable way";
a kit says in words (``ai_disclosure``) whether AI was used. The two should
agree: a kit that declares AI use whose media carry no marking, or a still
marked AI-generated in a kit that declares none, is worth a warning — never an
error: Content Credentials are optional and a reader's library may be missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mediakit.kit.manifest.model import MANIFEST, Kit, KitFile, Problem, Severity
from mediakit.kit.problems import credentials as say
from mediakit.media.credentials import (
    AI_SOURCE_TYPES,
    Limits,
    Reading,
    library_problem,
    read_credentials,
)

LIMITS = Limits()
WORKERS = 2  # each reading is a few milliseconds of native code (the GIL released)


@dataclass(frozen=True)
class Medium:
    """A file of the kit that may carry Content Credentials."""

    role: str  # "still", "poster", "film" or "trailer"
    file: KitFile


@dataclass(frozen=True)
class MediumReading:
    medium: Medium
    reading: Reading


def kit_media(kit: Kit) -> list[Medium]:
    """The stills, then the poster, the film and the trailer; each file once."""
    media = [Medium("still", still.file) for still in kit.stills]
    film = kit.film
    if film is not None:
        if film.poster is not None:
            media.append(Medium("poster", film.poster))
        media.append(Medium("film", film.file))
        if film.trailer is not None:
            media.append(Medium("trailer", film.trailer))
    seen: set[Path] = set()
    unique = []
    for medium in media:
        if medium.file.path not in seen:
            seen.add(medium.file.path)
            unique.append(medium)
    return unique


def read_media(
    media: Sequence[Medium], *, verify: bool = True, limits: Limits = LIMITS
) -> list[MediumReading]:
    """Every medium's credentials, in order, read in a small thread pool."""

    def read(medium: Medium) -> MediumReading:
        return MediumReading(
            medium, read_credentials(medium.file.path, verify=verify, limits=limits)
        )

    if len(media) < 2:
        return [read(medium) for medium in media]
    from concurrent.futures import ThreadPoolExecutor  # only with media to read

    with ThreadPoolExecutor(WORKERS, thread_name_prefix="credentials") as pool:
        return list(pool.map(read, media))


def agreement_problems(kit: Kit) -> list[Problem]:
    """Warnings where ``kit`` and its media disagree about AI use.

    Read without checking signatures (cheap: the manifest only, no hashing of
    the film). Nothing is said when the kit has no media, nor when the c2pa
    library cannot load: an optional part missing on this machine is not a
    problem of the kit (``mediakit provenance`` and the window's panel say why)."""
    media = kit_media(kit)
    if not media or library_problem() is not None:
        return []
    readings = read_media(media, verify=False)
    if kit.ai_disclosure is not None:
        if any(r.reading.credentials and r.reading.credentials.synthetic for r in readings):
            return []
        line, column = _written_at(kit, "ai_disclosure")
        return [
            Problem(
                MANIFEST,
                say.DISCLOSED_NOT_MARKED(),
                line,
                column,
                "ai_disclosure",
                Severity.WARNING,
            )
        ]
    problems = []
    for found in readings:
        credentials = found.reading.credentials
        if credentials is not None and credentials.ai_generated:
            source_type = min(credentials.source_types & AI_SOURCE_TYPES)
            problems.append(
                Problem(
                    found.medium.file.written,
                    say.MARKED_NOT_DISCLOSED(source_type=source_type),
                    severity=Severity.WARNING,
                )
            )
    return problems


def _written_at(kit: Kit, key: str) -> tuple[int | None, int | None]:
    """Where ``key`` is written in the kit's kit.yaml (line, column), read again:
    the loaded Kit keeps no positions. (None, None) if it cannot be read now."""
    from mediakit.kit.manifest import limits
    from mediakit.kit.manifest.yamlread import Map, YamlError, decode_utf8, read_yaml
    from mediakit.safeio import read_regular

    try:
        node = read_yaml(decode_utf8(read_regular(kit.manifest, limits.MANIFEST_BYTES)))
    except (OSError, YamlError):
        return None, None
    if isinstance(node, Map) and key in node.entries:
        written = node.entries[key][0]
        return written.line, written.column
    return None, None
