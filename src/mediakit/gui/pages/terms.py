"""Label — value rows, as the credits and the technical sheet lay them out:
labels in a column as wide as the widest (up to a third of the measure, then
they wrap), values beside them, first lines on one baseline."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from mediakit.gui import theme
from mediakit.gui.pages.base import plain_label, reading_measure

LABEL_SHARE = 1 / 3  # of the measure, at most, for the label column


def term_rows(rows: Iterable[tuple[str, str]]) -> QWidget:
    holder = QWidget()
    holder.setObjectName("terms")
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, theme.SPACING["xs"], 0, 0)
    grid.setHorizontalSpacing(theme.SPACING["xxl"] + theme.SPACING["s"])
    grid.setVerticalSpacing(theme.SPACING["m"])
    widest = 0
    for row, (label_text, value_text) in enumerate(rows):
        label = plain_label(label_text, "termLabel")
        value = plain_label(value_text, "termValue")
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
        _share_baseline(label, value)
        widest = max(widest, label.fontMetrics().horizontalAdvance(label_text) + 1)
    grid.setColumnMinimumWidth(0, min(widest, round(reading_measure() * LABEL_SHARE)))
    grid.setColumnStretch(1, 1)
    return holder


def _share_baseline(label: QLabel, value: QLabel) -> None:
    """Lower the (smaller) label so its first line sits on the value's baseline."""
    label.ensurePolished()
    value.ensurePolished()
    drop = value.fontMetrics().ascent() - label.fontMetrics().ascent()
    label.setContentsMargins(0, max(drop, 0), 0, 0)
    value.setContentsMargins(0, max(-drop, 0), 0, 0)
