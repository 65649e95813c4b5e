"""Text zoom: Ctrl+plus, Ctrl+minus and Ctrl+0 (View menu) scale the reading
text — kit texts, quotes, credits, specs — in steps, remembered.

The sizes are the theme's (:data:`mediakit.gui.theme.READING_FONTS`): a zoom
refills the style sheet with them scaled and re-applies it; the reading
measure follows the font, so lines keep their length in characters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QStatusBar

from mediakit.gui import settings as conf
from mediakit.gui import theme

MESSAGE_MS = 3000


class TextZoom(QObject):
    """The window's text zoom: its steps, its setting and its status-bar message."""

    def __init__(self, settings: conf.Settings, status: QStatusBar, parent: QObject) -> None:
        super().__init__(parent)
        self._settings = settings
        self._status = status
        self._apply(theme.clamp_text_zoom(settings.get(conf.TEXT_ZOOM)))

    @property
    def percent(self) -> int:
        return theme.text_zoom()

    def zoom_in(self) -> None:
        self.set_percent(theme.text_zoom_step(self.percent, 1))

    def zoom_out(self) -> None:
        self.set_percent(theme.text_zoom_step(self.percent, -1))

    def reset(self) -> None:
        self.set_percent(theme.TEXT_ZOOM_DEFAULT)

    def set_percent(self, percent: int) -> None:
        """The reader's choice: remembered, shown at once and said in the status bar."""
        percent = theme.clamp_text_zoom(percent)
        self._settings.set(conf.TEXT_ZOOM, percent)
        self._apply(percent)
        self._status.showMessage(
            QCoreApplication.translate("MainWindow", "Text size {percent} %").format(
                percent=percent
            ),
            MESSAGE_MS,
        )

    @staticmethod
    def _apply(percent: int) -> None:
        if not theme.set_text_zoom(percent):
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(theme.style_sheet())
