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

The user's Pictures and Downloads folders (where export dialogs start) are
read as GLib reads them on Linux: from xdg-user-dirs' ``user-dirs.dirs``,
whose names are translated (``~/Images`` in French).
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


def _user_dirs_file() -> dict[str, str]:
    """``XDG_PICTURES_DIR`` … as xdg-user-dirs writes them in ``user-dirs.dirs``
    (shell assignments: ``XDG_PICTURES_DIR="$HOME/Images"``), ``$HOME`` expanded."""
    try:
        text = (config_home() / "user-dirs.dirs").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    found = {}
    for line in text.splitlines():
        name, sep, value = line.strip().partition("=")
        if not sep or name.startswith("#") or len(value) < 2 or value[0] != '"':
            continue
        value = value[1:-1] if value.endswith('"') else value[1:]
        if value.startswith("$HOME"):
            value = str(Path.home()) + value[len("$HOME") :]
        found[name] = value
    return found


def _user_dir(name: str, default: str) -> Path | None:
    """A user folder (``PICTURES``, ``DOWNLOAD``) if it exists: on Linux where
    xdg-user-dirs puts it (translated names: ``~/Images`` in French), else ``~/default``.
    None when it is missing or is the home folder itself (xdg-user-dirs' "disabled")."""
    home = Path.home()
    folder = home / default
    if sys.platform not in ("win32", "darwin"):
        variable = f"XDG_{name}_DIR"
        value = _user_dirs_file().get(variable) or os.environ.get(variable)
        if value and Path(value).is_absolute():
            folder = Path(value)
    if folder.resolve() == home.resolve() or not folder.is_dir():
        return None
    return folder


def pictures_dir() -> Path | None:
    """The user's Pictures folder, if there is one."""
    return _user_dir("PICTURES", "Pictures")


def downloads_dir() -> Path | None:
    """The user's Downloads folder, if there is one."""
    return _user_dir("DOWNLOAD", "Downloads")


def documents_dir() -> Path | None:
    """The user's Documents folder, if there is one (where a press sheet is saved)."""
    return _user_dir("DOCUMENTS", "Documents")


def export_start_dir() -> Path:
    """Where a dialog that exports pictures starts: Pictures, else Downloads, else
    the home folder — never the current directory (for an app started from a
    desktop entry, that is ``/`` or the home folder anyway)."""
    return pictures_dir() or downloads_dir() or Path.home()
