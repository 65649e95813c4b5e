"""The per-user folders, found one way for the kit, the media services and the window.

No Qt: the kit's archive cache needs them too. The base folders follow each
platform's convention — on Linux and other Unixes the XDG base directories
(``$XDG_CACHE_HOME``, ``$XDG_CONFIG_HOME``, ``$XDG_DATA_HOME`` when set to an
absolute path, as the spec asks; else ``~/.cache``, ``~/.config``,
``~/.local/share``), on macOS ``~/Library/…``, on Windows ``%LOCALAPPDATA%``.

The ``app_*`` folders are where the window has always kept its things: the
same places as Qt's ``QStandardPaths`` App* locations for the organisation and
application name ``mediakit`` that :mod:`mediakit.gui.app` sets, so that no
user's thumbnails, crash log or keys move. Every function may raise
``RuntimeError`` when the home folder cannot be found.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "mediakit"
# Qt appends the organisation, then the application name, both "mediakit".
_QT_APP = Path(APP) / APP


def _xdg(variable: str, default: str) -> Path:
    value = Path(os.environ.get(variable, ""))
    return value if value.is_absolute() else Path.home() / default


def _local_appdata() -> Path:
    local = os.environ.get("LOCALAPPDATA")
    return Path(local) if local else Path.home() / "AppData" / "Local"


def cache_home() -> Path:
    """The user's cache folder: ``~/.cache``, ``~/Library/Caches``, ``%LOCALAPPDATA%``."""
    if sys.platform == "win32":
        return _local_appdata()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches"
    return _xdg("XDG_CACHE_HOME", ".cache")


def config_home() -> Path:
    """The user's settings folder: ``~/.config``, ``~/Library/Preferences``, ``%LOCALAPPDATA%``."""
    if sys.platform == "win32":
        return _local_appdata()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences"
    return _xdg("XDG_CONFIG_HOME", ".config")


def data_home() -> Path:
    """The user's data folder: ``~/.local/share``, ``~/Library/Application Support``,
    ``%LOCALAPPDATA%``."""
    if sys.platform == "win32":
        return _local_appdata()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return _xdg("XDG_DATA_HOME", ".local/share")


def app_cache_dir() -> Path:
    """The window's cache (thumbnails): Qt's ``CacheLocation``."""
    if sys.platform == "win32":
        return data_home() / _QT_APP / "cache"
    return cache_home() / _QT_APP


def app_config_dir() -> Path:
    """The window's settings folder (keys.ini): Qt's ``AppConfigLocation``."""
    return config_home() / _QT_APP


def app_data_dir() -> Path:
    """The window's data folder (crash.log): Qt's ``AppLocalDataLocation``."""
    return data_home() / _QT_APP
