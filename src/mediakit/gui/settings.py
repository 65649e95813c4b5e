"""Every setting declared once — name, type, default, description — and
stored with QSettings.

``SETTINGS_VERSION`` goes up when a stored value changes meaning; ``migrate``
then brings older stores forward, so a user's settings survive upgrades.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

SETTINGS_VERSION = 1
MAX_RECENT_KITS = 10


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    description: str


KIT_LANGUAGES = Setting(
    "reading/kit_languages", dict, {}, "Each kit's reading language the reader picked, by kit id"
)
INTERFACE_LANGUAGE = Setting(
    "interface/language", str, "", "The interface language picked in the menu; empty: the system's"
)
RECENT_KITS = Setting("kits/recent", list, [], "Kits opened recently, newest first")
LAST_FOLDER = Setting("kits/last_folder", str, "", "Where the Open dialog starts")
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "Main window geometry")
SPLITTER = Setting("window/splitter", QByteArray, QByteArray(), "Sections list width")
VOLUME = Setting("film/volume", int, 80, "Film volume, 0-100")
TEXT_ZOOM = Setting("view/text_zoom", int, 100, "Size of the reading text, in percent")
LIBRARY_SORT = Setting("library/sort", str, "opened", "How the library is sorted")
HIGH_CONTRAST = Setting(
    "view/high_contrast", str, "auto", "High contrast: on, off or auto (the platform's choice)"
)

ALL: tuple[Setting[Any], ...] = (
    KIT_LANGUAGES,
    INTERFACE_LANGUAGE,
    RECENT_KITS,
    LAST_FOLDER,
    GEOMETRY,
    SPLITTER,
    VOLUME,
    TEXT_ZOOM,
    HIGH_CONTRAST,
    LIBRARY_SORT,
)


class Settings:
    """Typed access to the declared settings over one QSettings store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        self.migrate()

    def get(self, setting: Setting[T]) -> T:
        raw: Any = self._store.value(setting.key, setting.default)
        if setting.type is list:
            # QSettings gives a lone string for a one-item list on some backends.
            if isinstance(raw, str):
                raw = [raw]
            return cast(T, list(raw)) if isinstance(raw, list | tuple) else setting.default
        if setting.type is int:
            try:
                return int(raw)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return setting.default
        return raw if isinstance(raw, setting.type) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def add_recent_kit(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_KITS) if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT_KITS:]
        self.set(RECENT_KITS, recent)
        return recent

    def remove_recent_kit(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_KITS) if p != path]
        self.set(RECENT_KITS, recent)
        return recent

    def sync(self) -> None:
        self._store.sync()

    def migrate(self) -> None:
        """Bring a store written by an older version up to SETTINGS_VERSION."""
        stored = self._store.value("settings/version", 0)
        try:
            version = int(stored)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            version = 0
        # Version 0 → 1: nothing stored yet had another meaning; only stamp it.
        if version < SETTINGS_VERSION:
            self._store.setValue("settings/version", SETTINGS_VERSION)
