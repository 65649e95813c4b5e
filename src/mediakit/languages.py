"""Which language the reader gets: the interface's, and each kit's reading language.

Pure rules without Qt, shared by the window, the show and the command line:

- The interface speaks the language the reader picked in the menu, else the
  first of the system's languages that we ship, else English (the language
  the program is written in).
- A kit is read in the language the reader last picked for that kit, else in
  the reader's interface language if the kit has it, else in the kit's first
  language (its original, as the kit format says).

A system whose locale names no language (``C``/``POSIX``, as in containers
and CI) gives an English interface, but no reader's language: kits then open
in their first language, as the format's "else the kit's first language" says.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

SOURCE_LANGUAGE = "en"
# The compiled translations (.qm), one per language we ship besides English's plurals.
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
QM_PREFIX = "mediakit_"
_NO_LANGUAGE = frozenset({"", "c", "posix"})


def primary(code: str) -> str:
    """The language of a BCP 47 or POSIX code, lower case: ``fr-CA`` and ``fr_FR`` give ``fr``."""
    return code.replace("_", "-").split("-")[0].split(".")[0].lower()


def shipped_languages() -> list[str]:
    """The languages the interface can speak: English and every compiled .qm
    (here, without Qt, so that commands that need no window never load it)."""
    found = {path.stem.removeprefix(QM_PREFIX) for path in TRANSLATIONS.glob(f"{QM_PREFIX}*.qm")}
    return sorted(found | {SOURCE_LANGUAGE})


def environment_languages(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The system's languages as POSIX names them, most wanted first: ``LANGUAGE``
    (a list), then the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` — what Qt
    reads on Linux, for commands that do not load Qt."""
    locale = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")
    if not declared([locale]):
        return []  # C/POSIX: glibc ignores LANGUAGE then
    return [code for code in environ.get("LANGUAGE", "").split(":") if code] + [locale]


def declared(system: Iterable[str]) -> list[str]:
    """The system's languages (``QLocale.uiLanguages``, most wanted first) that name one."""
    codes = (code.replace("_", "-").split(".")[0] for code in system)
    return [code for code in codes if primary(code) not in _NO_LANGUAGE]


def match(wanted: str, codes: Sequence[str]) -> str | None:
    """``wanted`` as ``codes`` spell it: the same code (case aside), else the first
    code of the same language (``fr-FR`` finds ``fr``, ``fr`` finds ``fr-CA``)."""
    if not wanted:
        return None
    lowered = wanted.replace("_", "-").lower()
    for code in codes:
        if code.lower() == lowered:
            return code
    language = primary(wanted)
    return next((code for code in codes if primary(code) == language), None)


def interface_language(override: str, system: Iterable[str], offered: Sequence[str]) -> str:
    """What the interface speaks: ``override`` (the menu's choice; empty for
    "Automatic") if we ship it, else the system's first language we ship, else English."""
    for wanted in [override, *declared(system)]:
        found = match(wanted, offered)
        if found is not None:
            return found
    return SOURCE_LANGUAGE


def reader_language(override: str, system: Iterable[str], offered: Sequence[str]) -> str | None:
    """The interface language as a language the reader reads, for choosing a
    kit's: None when neither the menu nor the system names any language."""
    if match(override, offered) is None and not declared(system):
        return None
    return interface_language(override, system, offered)


def reading_language(
    kit_languages: Sequence[str], remembered: str | None, interface: str | None
) -> str:
    """The language a kit is read in: ``remembered`` for this kit if it has it,
    else ``interface`` if it has it, else its first language."""
    for wanted in (remembered, interface):
        found = match(wanted or "", kit_languages)
        if found is not None:
            return found
    return kit_languages[0]


def remembered_for(by_kit: Mapping[Any, object], kit_id: str) -> str | None:
    """The language remembered for ``kit_id`` in a stored id → language map
    (anything else stored there is ignored)."""
    value = by_kit.get(kit_id)
    return value if isinstance(value, str) and value else None


def subtitle_order(subtitles: Sequence[str], reading: str) -> list[int]:
    """The indexes of a film's subtitle languages in the order the reader meets
    them: the reading language's track first, then the others as the kit lists them."""
    first = match(reading, subtitles)
    lead = [subtitles.index(first)] if first is not None else []
    return lead + [i for i in range(len(subtitles)) if i not in lead]


def show_subtitle(subtitles: Sequence[str], reading: str, film_language: str) -> int | None:
    """The subtitle track a pitch starts with: the reading language's, when the
    film is not already in that language; None for none."""
    if primary(reading) == primary(film_language):
        return None
    found = match(reading, subtitles)
    return subtitles.index(found) if found is not None else None
