"""High contrast: View ▸ High contrast, remembered, or the platform's preference.

The setting is "auto" until the reader picks: then the desktop's contrast
preference (Qt's ``QAccessibilityHints.contrastPreference``) decides, and a
change of it on the desktop shows at once. Picking in the menu stores "on" or
"off". The colours are :data:`mediakit.gui.theme.HIGH_CONTRAST`; switching
re-applies the application's palette and style sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from mediakit.gui import settings as conf
from mediakit.gui import theme


def platform_wants_high_contrast() -> bool:
    # Keep the style hints in a name: PySide 6.11 invalidates the accessibility
    # hints of a temporary QStyleHints wrapper ("already deleted").
    style_hints = QGuiApplication.styleHints()
    hints = style_hints.accessibility()
    return hints.contrastPreference() == Qt.ContrastPreference.HighContrast


def apply_theme() -> None:
    """The colours in force, on the whole application: palette and style sheet."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(theme.palette())
        app.setStyleSheet(theme.style_sheet())


class HighContrastSwitch(QObject):
    """The View menu's checkable "High contrast" and what it switches."""

    def __init__(self, settings: conf.Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self.action = QAction(QCoreApplication.translate("MainWindow", "&High contrast"), parent)
        self.action.setObjectName("high_contrast")
        self.action.setCheckable(True)
        self.action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "White text on black, with strong edges and focus"
            )
        )
        self.action.toggled.connect(self._on_toggled)
        self._style_hints = QGuiApplication.styleHints()  # see platform_wants_high_contrast
        self._style_hints.accessibility().contrastPreferenceChanged.connect(
            self._on_platform_changed
        )
        self._show(self._wanted())

    def _wanted(self) -> bool:
        stored = self._settings.get(conf.HIGH_CONTRAST)
        if stored in ("on", "off"):
            return stored == "on"
        return platform_wants_high_contrast()

    def set_on(self, on: bool) -> None:
        """The reader's choice: remembered, and shown at once."""
        self._settings.set(conf.HIGH_CONTRAST, "on" if on else "off")
        self._show(on)

    def _on_toggled(self, on: bool) -> None:
        self.set_on(on)

    def _on_platform_changed(self) -> None:
        if self._settings.get(conf.HIGH_CONTRAST) not in ("on", "off"):
            self._show(platform_wants_high_contrast())

    def _show(self, on: bool) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        if theme.set_high_contrast(on):
            apply_theme()
