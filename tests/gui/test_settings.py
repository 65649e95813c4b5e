"""Settings are declared once and typed; stores from older versions migrate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from mediakit.gui import settings as conf


def store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    settings = conf.Settings(store(tmp_path))
    assert settings.get(conf.KIT_LANGUAGES) == {} and settings.get(conf.INTERFACE_LANGUAGE) == ""
    assert settings.get(conf.VOLUME) == 80
    settings.set(conf.VOLUME, 35)
    settings.sync()
    assert conf.Settings(store(tmp_path)).get(conf.VOLUME) == 35


def test_recent_kits_newest_first_without_duplicates(tmp_path: Path) -> None:
    settings = conf.Settings(store(tmp_path))
    for path in ("/a", "/b", "/a"):
        settings.add_recent_kit(path)
    assert settings.get(conf.RECENT_KITS) == ["/a", "/b"]
    for n in range(20):
        settings.add_recent_kit(f"/k{n}")
    assert len(settings.get(conf.RECENT_KITS)) == conf.MAX_RECENT_KITS


def test_garbage_values_fall_back_to_defaults(tmp_path: Path) -> None:
    raw = store(tmp_path)
    raw.setValue(conf.VOLUME.key, "loud")
    raw.setValue(conf.RECENT_KITS.key, "/only/one")
    settings = conf.Settings(raw)
    assert settings.get(conf.VOLUME) == 80
    assert settings.get(conf.RECENT_KITS) == ["/only/one"]


def test_old_store_is_stamped_with_the_current_version(tmp_path: Path) -> None:
    raw = store(tmp_path)
    assert raw.value("settings/version") is None
    conf.Settings(raw)
    assert int(raw.value("settings/version")) == conf.SETTINGS_VERSION
