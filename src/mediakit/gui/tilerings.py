"""How a tile in a grid shows that it is selected, hovered or has the keys:
one look for the stills and the library's posters alike."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyle

from mediakit.gui import theme


def paint_rings(painter: QPainter, picture: QRect, state: QStyle.StateFlag, gap: int) -> None:
    """A sand ring ``gap`` pixels round ``picture`` when selected (an edge-coloured
    one when only hovered), and a dashed one twice as far when it has the focus."""
    selected = bool(state & QStyle.StateFlag.State_Selected)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if selected or state & QStyle.StateFlag.State_MouseOver:
        painter.setPen(QPen(theme.colour("sand" if selected else "tile_edge"), 2))
        painter.drawRect(picture.adjusted(-gap, -gap, gap, gap))
    if state & QStyle.StateFlag.State_HasFocus:  # the keyboard's tile: a second ring
        painter.setPen(QPen(theme.colour("sand_light"), 1, Qt.PenStyle.DashLine))
        far = 2 * gap
        painter.drawRect(picture.adjusted(-far, -far, far, far))
