"""Which language the interface speaks: our translations and Qt's own.

The .qm files are compiled from ``translations/*.ts`` into the package
``mediakit.translations`` (``scripts/translations.sh compile``, run by
``scripts/setup.sh``). English is the source language: it needs a .qm only for
its plural forms ("1 warning", "2 warnings").

Loading a .qm maps the file: about a millisecond, so it is done at start-up.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mediakit import languages

FOLDER = languages.TRANSLATIONS
PREFIX = languages.QM_PREFIX
SOURCE_LANGUAGE = languages.SOURCE_LANGUAGE

# The translators installed now, kept alive (Qt does not own them).
_installed: list[QTranslator] = []


def interface_languages() -> list[str]:
    """The languages the interface can speak: English and every compiled .qm."""
    return languages.shipped_languages()


def system_language() -> str:
    """The interface language the system asks for (``LANGUAGE``, ``LANG`` … on
    Linux), among those we ship; English when it names none of them. The
    reader's choice in the menu is :func:`mediakit.gui.language.interface_language`."""
    return languages.interface_language("", QLocale.system().uiLanguages(), interface_languages())


def install_translators(app: QCoreApplication, language: str) -> None:
    """Speak ``language`` from now on: ours and Qt's (standard dialogs, key names).

    Replaces the translators installed by an earlier call; a language we do
    not ship leaves the interface in English."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"{PREFIX}{language}", str(FOLDER)):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == SOURCE_LANGUAGE:
        return
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(f"{PREFIX}{language}", str(FOLDER)) else None


def in_language(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` whatever the interface speaks: for what a kit
    shows in its own language (the slides' headings in the room)."""
    translator = _translator(language.split("-")[0].lower())
    translated = translator.translate(context, source) if translator is not None else ""
    return translated or source


def translate(context: str, text: str) -> str:
    """``text`` in the interface language: how the window renders the kit's messages
    (``Problem.format(translate=…)``, ``Message.render``), which carry no Qt."""
    return QCoreApplication.translate(context, text)
