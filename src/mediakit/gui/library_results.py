"""Search results: one row per hit — the kit, the field in words, the snippet
with the match in bold.

The snippet is the kit's text: it is escaped first, then the store's markers
become ``<b>`` — a kit's ``<`` never turns into markup.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mediakit.gui import theme
from mediakit.gui.header import language_name
from mediakit.gui.sections import SECTIONS
from mediakit.library.store import MARK_END, MARK_START, Hit
from mediakit.qttranslate import tr
from mediakit.textsafety import shown

ModelIndex = QModelIndex | QPersistentModelIndex
PAD = theme.SPACING["s"]


def field_words(hit: Hit) -> str:
    """``credits[0].names[0]`` → "Credits", ``synopsis`` in French → "Synopsis · Français"."""
    top = hit.field.split("[", 1)[0].split(".", 1)[0]
    header = {
        "title": tr("Title"),
        "kind": tr("Kind"),
        "year": tr("Year"),
        "runtime": tr("Runtime"),
        "languages": tr("Languages"),
        "logline": tr("Logline"),
    }
    words = header.get(top)
    if words is None:
        label = next((s.label for s in SECTIONS if s.name == hit.section), None)
        words = label.shown() if label is not None else top
    if hit.language:
        words = f"{words} · {language_name(hit.language)}"
    return words


def snippet_html(hit: Hit) -> str:
    """The snippet as rich text: escaped, then the match in bold."""
    escaped = html.escape(shown(hit.snippet), quote=False)
    return escaped.replace(html.escape(MARK_START), "<b>").replace(html.escape(MARK_END), "</b>")


def hit_html(hit: Hit) -> str:
    title = html.escape(shown(hit.title), quote=False)
    where = html.escape(field_words(hit), quote=False)
    muted, bright = theme.colour("muted").name(), theme.colour("bright").name()
    gone = f" — {html.escape(tr('missing'))}" if hit.missing else ""
    return (
        f'<div><span style="color:{bright}; font-weight:bold">{title}</span>'
        f'<span style="color:{muted}">  ·  {where}{gone}</span></div>'
        f"<div>{snippet_html(hit)}</div>"
    )


class HitsModel(QAbstractListModel):
    HitRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[Hit] = []
        self.query = ""

    def set_hits(self, query: str, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.query, self.hits = query, hits
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit_html(hit)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{shown(hit.title)}, {field_words(hit)}: {shown(hit.plain)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(hit.path)
        if role == self.HitRole:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints a hit's rich text, wrapped to the list's width."""

    def _document(self, option: QStyleOptionViewItem, index: ModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(f"body {{ color: {theme.colour('paper').name()}; }}")
        document.setHtml(str(index.data() or ""))
        document.setTextWidth(max(50, option.rect.width() - 2 * PAD))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        width = option.widget.width() if option.widget is not None else 600
        option.rect.setWidth(max(100, width - 4 * PAD))
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, theme.colour("sand_dark"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, theme.colour("section_hover"))
        document = self._document(option, index)
        painter.translate(option.rect.left() + PAD, option.rect.top() + PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, theme.colour("paper"))
        clip = QRectF(0, 0, option.rect.width() - 2 * PAD, option.rect.height() - 2 * PAD)
        context.clip = clip
        painter.setClipRect(clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setPen(theme.colour("sand"))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


__all__ = ["HitDelegate", "HitsModel", "field_words", "hit_html", "snippet_html"]
