"""The film's position slider, in milliseconds whatever the film's length."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider


class SeekSlider(QSlider):
    """A slider over the film's length that jumps to where it is clicked (not one page step).

    A slider holds 32-bit values: a film longer than 2**31 ms (a broken file
    can claim years) is shown in coarser units, so positions never overflow.
    """

    MAX_VALUE = 2**31 - 1
    unit_ms = 1

    def set_length_ms(self, length: int, page_ms: int) -> None:
        self.unit_ms = max(1, -(-length // self.MAX_VALUE))
        self.setRange(0, length // self.unit_ms)
        self.setPageStep(max(1, page_ms // self.unit_ms))

    def set_position_ms(self, ms: int) -> None:
        self.setValue(min(ms // self.unit_ms, self.maximum()))

    def to_ms(self, value: int) -> int:
        return value * self.unit_ms

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > 0:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            control = QStyle.ComplexControl.CC_Slider
            groove = style.subControlRect(control, option, QStyle.SubControl.SC_SliderGroove, self)
            handle = style.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, self)
            if not handle.contains(event.position().toPoint()):
                span = groove.width() - handle.width()
                x = int(event.position().x()) - groove.x() - handle.width() // 2
                self.setValue(QStyle.sliderValueFromPosition(0, self.maximum(), x, span))
        super().mousePressEvent(event)
