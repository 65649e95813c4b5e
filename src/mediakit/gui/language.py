"""The reader's languages in the window: the interface language (the system's,
or the one picked in View ▸ Interface language) and each kit's reading
language, remembered per kit. The rules are :mod:`mediakit.languages`; the
languages we ship are :func:`mediakit.gui.translation.interface_languages`.

A new interface language takes effect when mediakit starts again: switching
at once would need every widget to set its texts again on LanguageChange,
and a window half in one language and half in the other is worse than a
restart (the menu says so).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from mediakit import languages
from mediakit.gui import settings as conf
from mediakit.gui.header import language_name
from mediakit.gui.translation import interface_languages

SystemLanguages = Callable[[], Sequence[str]]


def system_languages() -> list[str]:
    """The desktop's languages, most wanted first (``LANGUAGE``, ``LANG`` … on Linux)."""
    return list(QLocale.system().uiLanguages())


def interface_language(settings: conf.Settings, system: SystemLanguages = system_languages) -> str:
    """The language the interface speaks (the one to install translators for)."""
    override = settings.get(conf.INTERFACE_LANGUAGE)
    return languages.interface_language(override, system(), interface_languages())


def reader_language(
    settings: conf.Settings, system: SystemLanguages = system_languages
) -> str | None:
    """The interface language as the reader's, None when nothing names one (C locale)."""
    override = settings.get(conf.INTERFACE_LANGUAGE)
    return languages.reader_language(override, system(), interface_languages())


def remembered_language(settings: conf.Settings, kit_id: str) -> str | None:
    stored: dict[Any, Any] = settings.get(conf.KIT_LANGUAGES)
    return languages.remembered_for(stored, kit_id)


def remember_language(settings: conf.Settings, kit_id: str, language: str) -> None:
    """``language`` for kit ``kit_id`` only: other kits keep theirs."""
    stored: dict[Any, Any] = settings.get(conf.KIT_LANGUAGES)
    by_kit = {
        key: value
        for key, value in stored.items()
        if isinstance(key, str) and isinstance(value, str)
    }
    by_kit[kit_id] = language
    settings.set(conf.KIT_LANGUAGES, by_kit)


class InterfaceLanguageMenu(QMenu):
    """View ▸ Interface language: Automatic (system), then each language we ship."""

    chosen = Signal(str)  # the code, "" for Automatic

    def __init__(self, settings: conf.Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Interface &language"), parent)
        self._settings = settings
        self._group = QActionGroup(self)
        current = settings.get(conf.INTERFACE_LANGUAGE)
        offered = interface_languages()
        if languages.match(current, offered) is None:
            current = ""
        self._add(self.tr("Automatic (system)"), "", current)
        for code in offered:
            self._add(language_name(code), code, current)
        self.addSeparator()
        note = self.addAction(self.tr("Takes effect when mediakit starts again"))
        note.setEnabled(False)

    def _add(self, label: str, code: str, current: str) -> None:
        action = QAction(label, self)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: self._choose(c))
        self._group.addAction(action)
        self.addAction(action)

    def _choose(self, code: str) -> None:
        self._settings.set(conf.INTERFACE_LANGUAGE, code)
        self.chosen.emit(code)

    def choice(self) -> str:
        """The code checked now, "" for Automatic."""
        checked = self._group.checkedAction()
        return str(checked.data()) if checked is not None else ""

    def choose(self, code: str) -> bool:
        """Check and pick ``code`` as the reader would; False if it is not offered."""
        for action in self._group.actions():
            if action.data() == code:
                action.trigger()
                return True
        return False


def restart_note() -> str:
    return QCoreApplication.translate(
        "MainWindow", "The interface language changes when mediakit starts again."
    )
