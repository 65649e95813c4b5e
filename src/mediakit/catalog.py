"""The command line's translations, read without Qt.

``validate``, ``verify``, ``info`` and ``pack`` never load Qt (it would cost
~190 ms a command), so they cannot use a QTranslator. Their messages are
marked with :func:`translate` — a name ``pyside6-lupdate`` recognises, like
``QCoreApplication.translate`` — and live in the same ``translations/*.ts``
files as the window's. ``scripts/translations.sh compile`` writes, beside each
``.qm``, a small JSON catalogue of its finished messages (:func:`compile_ts`),
which this module reads once, only for a language other than English.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from mediakit import languages

_SEPARATOR = "\x04"  # context, then source text, as gettext keys them


def translate(context: str, source: str) -> str:
    """``source`` in the interface language (from the system's locale), else as written."""
    return _catalogue(_language()).get(f"{context}{_SEPARATOR}{source}", source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for ``pyside6-lupdate`` (which knows this name) where it is
    defined; :func:`translate` or :func:`translate_in` translate it where it is used."""
    return source


def translate_in(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` (a kit's: ``fr``, ``fr-CA``), else as written. For what
    is made *for* a kit's readers — the web press page, the press sheet — whose words
    follow the kit's language, not the interface's."""
    return _catalogue(languages.primary(language)).get(f"{context}{_SEPARATOR}{source}", source)


def counted(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both translated) as the interface language counts
    ``count`` — French says "0 fichier", English "0 files" — with ``{count}`` filled."""
    singular = count <= 1 if languages.primary(_language()) == "fr" else count == 1
    return (one if singular else many).format(count=f"{count:,}")


@cache
def _language() -> str:
    """The interface language, found once a process: the locale does not change under it."""
    offered = [
        code
        for code in languages.shipped_languages()
        if code == languages.SOURCE_LANGUAGE or _path(code).is_file()
    ]
    return languages.interface_language("", languages.environment_languages(os.environ), offered)


def _path(language: str) -> Path:
    return languages.TRANSLATIONS / f"{languages.QM_PREFIX}{language}.json"


@cache
def _catalogue(language: str) -> dict[str, str]:
    if language == languages.SOURCE_LANGUAGE:
        return {}
    try:
        loaded = json.loads(_path(language).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no catalogue: the messages as written, never a failure
    return loaded if isinstance(loaded, dict) else {}


def compile_ts(ts_file: str | Path, json_file: str | Path) -> None:
    """Write the finished, singular messages of ``ts_file`` as a JSON catalogue."""
    found: dict[str, str] = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                continue  # Qt's plural forms: the command line counts with counted()
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if translation.text:
                found[f"{name}{_SEPARATOR}{message.findtext('source', '')}"] = translation.text
    Path(json_file).write_text(json.dumps(found, ensure_ascii=False, sort_keys=True), "utf-8")
