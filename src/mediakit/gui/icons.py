"""Icons drawn from the SVGs in ``assets/``, tinted with a theme colour and
rendered at the size and device pixel ratio they are shown at: sharp on any
screen, where the style's stock pixmaps are scaled up and blur.

An icon's SVG paints in ``currentColor``; :class:`TintedSvgEngine` puts the
theme colour in its place each time it draws, so a change of colours (high
contrast) shows at the next repaint.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mediakit.gui import theme
from mediakit.gui.assets import asset_path

# The film's controls: name of the icon → its file in assets/.
FILM_ICONS = {
    "play": "film-play.svg",
    "pause": "film-pause.svg",
    "volume": "film-volume.svg",
    "muted": "film-muted.svg",
    "full_screen": "film-full-screen.svg",
    "leave_full_screen": "film-leave-full-screen.svg",
}


@cache
def _svg_text(file: str) -> str:
    return asset_path(file).read_text(encoding="utf-8")


class TintedSvgEngine(QIconEngine):
    """An SVG from ``assets/`` in the theme colour ``tint`` (``disabled`` when
    the icon's mode is Disabled), drawn as vectors at whatever scale is asked."""

    def __init__(self, file: str, tint: str) -> None:
        super().__init__()
        self._file = file
        self._tint = tint

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        name = "disabled" if mode == QIcon.Mode.Disabled else self._tint
        svg = _svg_text(self._file).replace("currentColor", theme.colour(name).name())
        return QSvgRenderer(QByteArray(svg.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(rect))
        painter.restore()

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(theme.colour("black", 0))  # transparent
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._file, self._tint)

    def key(self) -> str:
        return "TintedSvgEngine"

    def isNull(self) -> bool:
        return False


def film_icon(name: str) -> QIcon:
    """One of :data:`FILM_ICONS`, in the film bar's light icon colour."""
    return QIcon(TintedSvgEngine(FILM_ICONS[name], "film_icon"))
