"""The lightbox: one still at a time, large, on black, over the whole window.

The thumbnail is shown scaled up at once; the still is decoded at screen size
(or in full at 100 %) in a worker and replaces it when it arrives. Its keys
are the stills mode's of :mod:`mediakit.gui.keymap`, bound here to its methods.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui import theme
from mediakit.gui.credentials import KitCredentials
from mediakit.gui.keymap import KeyDispatcher, Mode
from mediakit.gui.keymap.docs import keys_of, with_keys
from mediakit.gui.provenance_text import brief
from mediakit.gui.textclip import label_text
from mediakit.gui.translation import translate
from mediakit.media.credentials import Presence
from mediakit.media.decoding import TRUNCATED, failure_text
from mediakit.media.images import decode
from mediakit.tasks import TaskRunner
from mediakit.typography import credit_line

_CACHED_DECODES = 4


@dataclass(frozen=True)
class LightboxItem:
    path: Path
    caption: str = ""
    credit: str = ""
    alt: str = ""
    thumbnail: QImage | None = None


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


class _Canvas(QWidget):
    """Paints the image: scaled to fit its rect, or at 1:1 with drag to pan."""

    def __init__(self, scroller: QScrollArea) -> None:
        super().__init__()
        self._scroller = scroller
        self._pixmap = QPixmap()
        self._actual = False
        self._drag: QPoint | None = None
        self.message = ""

    def show_image(self, image: QImage | None, actual: bool) -> None:
        self._pixmap = QPixmap.fromImage(image) if image is not None else QPixmap()
        self._actual = actual and not self._pixmap.isNull()
        self._scroller.setWidgetResizable(not self._actual)
        if self._actual:
            self._pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.resize(self._pixmap.deviceIndependentSize().toSize())
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.colour("black"))
        if self._pixmap.isNull():
            # What stands in for the picture (loading, or why it cannot be shown).
            painter.setPen(theme.colour("lightbox_alt"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.message)
            return
        if self._actual:
            painter.drawPixmap(0, 0, self._pixmap)
            return
        size = self._pixmap.deviceIndependentSize().toSize()
        # A thumbnail shown before the screen-size decode is enlarged, so
        # the still fills the same place it will fill once sharp.
        size.scale(self.size() - QSize(48, 48), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(QPoint(0, 0), size)
        target.moveCenter(self.rect().center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, self._pixmap)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._actual:
            self._drag = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            delta = event.position().toPoint() - self._drag
            h, v = self._scroller.horizontalScrollBar(), self._scroller.verticalScrollBar()
            h.setValue(h.value() - delta.x())
            v.setValue(v.value() - delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        if self._actual:
            self.setCursor(Qt.CursorShape.OpenHandCursor)


_ARROWS = {"Left": "\N{LEFTWARDS ARROW}", "Right": "\N{RIGHTWARDS ARROW}"}


def _first_key(mode: Mode, action: str) -> str:
    """An action's first key for a hint line, an arrow key drawn as an arrow."""
    first = keys_of(mode, action).split(", ")[0]
    return _ARROWS.get(first, first)


class Lightbox(QWidget):
    """An overlay covering ``host.window()``; :meth:`open` shows it at a still."""

    closed = Signal(int)  # the index shown last, so the gallery can select it
    provenance_requested = Signal(object)  # the still's Path: "How this was made"

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self._items: Sequence[LightboxItem] = ()
        self.index = 0
        self.actual_size = False
        self._decoded: OrderedDict[tuple[int, bool], QImage] = OrderedDict()
        self._runner = TaskRunner(1, parent=self)
        self._truncated = False
        self.credentials: KitCredentials | None = None  # set by the gallery
        self.setObjectName("lightbox")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()
        self.keys = KeyDispatcher(
            Mode.STILLS,
            {
                "next": self.next,
                "previous": self.previous,
                "first": self.first,
                "last": self.last,
                "toggle_zoom": self.toggle_zoom,
                "zoom_fit": self.zoom_fit,
                "zoom_actual": self.zoom_actual,
                "pan_up": self.pan_up,
                "pan_down": self.pan_down,
                "provenance": self.request_provenance,
                "close": self.close_lightbox,
            },
        )

        self.counter = named(QLabel(), "lightboxCounter")
        close = named(QPushButton("\N{MULTIPLICATION SIGN}"), "lightboxClose")
        close.setToolTip(with_keys(self.tr("Close"), Mode.STILLS, "close"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_lightbox)
        hint = named(QLabel(self._hint()), "lightboxHint")
        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addStretch()
        top.addWidget(hint)
        top.addSpacing(24)
        top.addWidget(close)

        self.scroller = QScrollArea()
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas = _Canvas(self.scroller)
        self.scroller.setWidget(self.canvas)

        self.caption = named(QLabel(), "lightboxCaption")
        self.meta = named(QLabel(), "lightboxMeta")
        # The alt text is not shown: it is for screen readers, which get it
        # as the image's accessible name and description (see _set_meta).
        for label in (self.caption, self.meta):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)  # kit texts are never markup

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 16, 28)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.meta)

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), theme.colour("black"))

    # -- opening and closing --------------------------------------------------

    def open(self, items: Sequence[LightboxItem], index: int) -> None:
        if not items:
            return
        self._items = items
        self._decoded.clear()
        window = self._host.window()
        if self.parentWidget() is not window:
            self.setParent(window)
            window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.actual_size = False
        self.show()
        self.raise_()
        self.setFocus()
        self.show_index(index)

    def close_lightbox(self) -> None:
        self._runner.cancel()
        self.hide()
        self._host.setFocus()
        self.closed.emit(self.index)

    def close_worker(self) -> None:
        """Drop the pending decode and wait for a running one (shutdown)."""
        self._runner.cancel()
        self._runner.wait()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    # -- actions (the stills mode's keys run these) ------------------------------

    def next(self) -> None:
        self.show_index(min(self.index + 1, len(self._items) - 1))

    def previous(self) -> None:
        self.show_index(max(self.index - 1, 0))

    def first(self) -> None:
        self.show_index(0)

    def last(self) -> None:
        self.show_index(len(self._items) - 1)

    def toggle_zoom(self) -> None:
        self._set_zoom(not self.actual_size)

    def zoom_fit(self) -> None:
        self._set_zoom(False)

    def zoom_actual(self) -> None:
        self._set_zoom(True)

    def pan_up(self) -> None:
        bar = self.scroller.verticalScrollBar()
        bar.setValue(bar.value() - bar.singleStep() * 6)

    def pan_down(self) -> None:
        bar = self.scroller.verticalScrollBar()
        bar.setValue(bar.value() + bar.singleStep() * 6)

    def request_provenance(self) -> None:
        if self._items:
            self.provenance_requested.emit(self._items[self.index].path)

    def refresh_meta(self) -> None:
        """Say again what is known of the still up (its credentials were read)."""
        if self._items:
            self._set_meta(self._items[self.index], self._truncated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keys.dispatch(event) is None:
            super().keyPressEvent(event)

    # -- showing ------------------------------------------------------------

    def _set_zoom(self, actual: bool) -> None:
        if actual != self.actual_size:
            self.actual_size = actual
            self.show_index(self.index)

    def _hint(self) -> str:
        """The keys that matter most, as they are in force (the user may have changed them)."""
        return self.tr("{previous} {next}  move     {zoom}  zoom     {close}  close").format(
            previous=_first_key(Mode.STILLS, "previous"),
            next=_first_key(Mode.STILLS, "next"),
            zoom=keys_of(Mode.STILLS, "toggle_zoom"),
            close=keys_of(Mode.STILLS, "close"),
        )

    def show_index(self, index: int) -> None:
        if not self._items:
            return
        self.index = index
        item = self._items[index]
        self.counter.setText(f"{index + 1} / {len(self._items)}")
        self.caption.setText(label_text(item.caption))
        self.caption.setVisible(bool(item.caption))
        self._set_meta(item, truncated=False)
        self._runner.cancel()  # a decode for the still we left is not wanted
        key = (index, self.actual_size)
        if key in self._decoded:
            self._show_decoded(key, self._decoded[key])
            return
        # Meanwhile: the thumbnail, enlarged; 100 % waits in fit mode.
        self.canvas.message = self.tr("Loading…")
        self.canvas.show_image(item.thumbnail, actual=False)
        box = None if self.actual_size else self._screen_box()
        path = item.path
        self._runner.run(
            lambda: decode(path, box),
            lambda image: self._on_decoded(key, image),
            lambda error: self._on_failed(key, error),
        )

    def _screen_box(self) -> tuple[int, int]:
        screen = self.screen()
        size = screen.size() * screen.devicePixelRatio()
        return max(size.width(), self.width()), max(size.height(), self.height())

    def _on_decoded(self, key: tuple[int, bool], image: QImage) -> None:
        self._decoded[key] = image
        while len(self._decoded) > _CACHED_DECODES:
            self._decoded.popitem(last=False)
        if key == (self.index, self.actual_size):
            self._show_decoded(key, image)

    def _show_decoded(self, key: tuple[int, bool], image: QImage) -> None:
        self.canvas.show_image(image, actual=key[1])
        if key[1]:  # at 100 %, start from the middle, once the scroll bars have settled
            QTimer.singleShot(0, self._centre)
        self._set_meta(self._items[key[0]], truncated=image.text(TRUNCATED) == "1")

    def _centre(self) -> None:
        for bar in (self.scroller.horizontalScrollBar(), self.scroller.verticalScrollBar()):
            bar.setValue((bar.minimum() + bar.maximum()) // 2)

    def _on_failed(self, key: tuple[int, bool], error: BaseException) -> None:
        if key != (self.index, self.actual_size):
            return
        item = self._items[key[0]]
        reason = failure_text(item.path, error, translate)
        self.canvas.message = self.tr("This still cannot be shown.\n{reason}").format(reason=reason)
        self.canvas.show_image(None, actual=False)

    def _set_meta(self, item: LightboxItem, truncated: bool) -> None:
        # The alt text says what the picture shows, for screen readers only: it
        # is the image's accessible description (its name, when there is no
        # caption to name it), never shown.
        alt = label_text(item.alt)
        name = label_text(item.caption) or alt or item.path.name
        self.canvas.setAccessibleName(name)
        # The lightbox keeps the focus (it reads the keys): it says which still is up.
        self.setAccessibleName(name)
        self.canvas.setAccessibleDescription(alt if alt != name else "")
        self._truncated = truncated
        parts = [credit_line(label_text(item.credit))] if item.credit else []
        reading = self.credentials.reading(item.path) if self.credentials else None
        if reading is not None and reading.presence is not Presence.NONE:
            parts.append(
                self.tr("{credentials} ({key}: how it was made)").format(
                    credentials=brief(reading), key=_first_key(Mode.STILLS, "provenance")
                )
            )
        if truncated:
            parts.append(self.tr("Only part of this file could be read."))
        if self.actual_size:
            parts.append(self.tr("100 % — drag to pan, Z to fit"))
        self.meta.setText("   ·   ".join(parts))
        self.meta.setVisible(bool(parts))
