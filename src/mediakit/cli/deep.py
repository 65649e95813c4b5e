"""``validate --deep``: decode every still in full and play the film, before shipping.

The plain ``validate`` reads the manifest and sniffs each file's first bytes;
a JPEG cut short or a film VLC cannot decode passes that. Here every still
(and the poster) is decoded at full size in a small thread pool — Pillow
releases the GIL while it decodes — and the film and trailer are played
briefly by VLC with no window (:func:`mediakit.media.probe.probe_film`),
each bounded in time. Every finding is a :class:`Problem` naming the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mediakit.kit.manifest.model import Kit, KitFile, Problem, Severity
from mediakit.kit.problems import media as say

PROBE_TIMEOUT_S = 20.0
# A full decode of a 100 MP still holds ~400 MB: two at a time is plenty.
WORKERS = max(1, min(2, os.cpu_count() or 1))


def deep_check(kit: Kit, probe_timeout_s: float = PROBE_TIMEOUT_S) -> list[Problem]:
    """What a full decode of the stills and a play of the film and trailer find."""
    images: list[KitFile] = [still.file for still in kit.stills]
    films: list[KitFile] = []
    if kit.film is not None:
        if kit.film.poster is not None:
            images.append(kit.film.poster)
        films.append(kit.film.file)
        if kit.film.trailer is not None:
            films.append(kit.film.trailer)
    jobs: list[Callable[[], Problem | None]] = []
    seen: set[Path] = set()
    # Films first, each with a thread of its own: their probes wait on VLC, not the CPU.
    for film in films:
        if film.path not in seen:
            seen.add(film.path)
            jobs.append(lambda film=film: check_film(film, probe_timeout_s))  # type: ignore[misc]
    for image in images:
        if image.path not in seen:
            seen.add(image.path)
            jobs.append(lambda image=image: check_still(image))  # type: ignore[misc]
    with ThreadPoolExecutor(WORKERS + len(films), thread_name_prefix="deep-check") as pool:
        found = list(pool.map(lambda job: job(), jobs))
    return [problem for problem in found if problem is not None]


def check_still(image: KitFile) -> Problem | None:
    """An error if the still cannot be decoded, a warning if only part of it can."""
    from mediakit.media.decoding import TRUNCATED, DecodeError
    from mediakit.media.images import decode

    try:
        decoded = decode(image.path, None)
    except DecodeError as error:
        return Problem(image.written, say.NOT_DECODED(problem=error.problem))
    if decoded.text(TRUNCATED) == "1":
        return Problem(
            image.written,
            say.IMAGE_CUT_SHORT(),
            severity=Severity.WARNING,
        )
    return None


def check_film(film: KitFile, timeout_s: float) -> Problem | None:
    """An error with VLC's reason if VLC cannot play it; a warning if it has no picture."""
    from mediakit.media.probe import probe_film

    probe = probe_film(film.path, timeout_s)
    if not probe.ok:
        return Problem(film.written, say.VLC_CANNOT_PLAY(error=str(probe.error)))
    if not probe.video:
        return Problem(film.written, say.VLC_NO_PICTURE(), severity=Severity.WARNING)
    return None
