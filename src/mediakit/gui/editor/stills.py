"""The stills section's extras: the selected still's thumbnail (decoded in the
pool), "Add stills…", and stills dropped on the list — copied into the kit's
stills folder in the pool, then added as entries in one undoable edit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from mediakit.gui import theme
from mediakit.gui.editor.importing import STILL_SUFFIXES, bring_in
from mediakit.gui.editor.lists import ListEditor
from mediakit.gui.editor.textpaths import read_plain
from mediakit.kit.authoring.document import DocumentError, KitDocument
from mediakit.media.images import decode
from mediakit.tasks import TaskRunner

THUMBNAIL = 280  # px: the box the selected still is shown in
ICON = QSize(56, 40)  # px: each still's thumbnail in the list


class StillsExtras(QWidget):
    """Attached to the stills' :class:`ListEditor`: it adds a thumbnail and the
    ways to bring stills in; the list itself stays the generic one."""

    def __init__(self, editor: ListEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.runner = TaskRunner(1, parent=self)
        self.importer = TaskRunner(1, parent=self)
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("stillThumbnail")
        self.thumbnail.setFixedSize(THUMBNAIL, THUMBNAIL * 2 // 3)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setAccessibleName(self.tr("The selected still"))
        editor.form_column.insertWidget(0, self.thumbnail)
        self.add_files = QPushButton(self.tr("Add stills…"))
        self.add_files.setAccessibleName(self.tr("Add stills from files"))
        self.add_files.clicked.connect(self.choose)
        editor.extra_buttons.addWidget(self.add_files)
        editor.items.accepts_files = True
        editor.items.files_dropped.connect(self.bring_in)
        editor.items.currentRowChanged.connect(self._show_thumbnail)
        editor.context.session.changed.connect(self._refresh_thumbnail)
        self.icons = TaskRunner(2, parent=self)
        self._icons: dict[str, QIcon] = {}  # by file, as written in the kit
        self._icons_pending: set[str] = set()
        editor.items.setIconSize(ICON)
        editor.refreshed.connect(self._apply_icons)
        self._names: list[str] = []  # each row's file, as the list was last refreshed
        self._shown = ""  # the file the thumbnail shows
        self._decoding = ""  # the file whose thumbnail is on its way
        self.pending = 0  # imports on their way

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add stills"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff)"),
        )
        self.bring_in([Path(name) for name in chosen])

    def bring_in(self, files: list[Path]) -> None:
        session = self.editor.context.session
        files = [f for f in files if f.suffix.lower() in STILL_SUFFIXES]
        if not files or session.read_only:
            return
        folder, document, key = session.folder, session.document, self.editor.spec.key
        self.pending += 1
        self.importer.run(
            lambda: _with_stills(document, key, bring_in(folder, files)), self._add, self._failed
        )

    def _add(self, added: _Added) -> None:
        """The stills copied in, as one undoable edit; the document was built in the
        pool (each insert reads the whole text back), again there if it changed since."""
        session = self.editor.context.session
        if added.before is not session.document:  # an edit came meanwhile
            document, key, paths = session.document, self.editor.spec.key, added.paths
            self.importer.run(lambda: _with_stills(document, key, paths), self._add, self._failed)
            return
        self.pending -= 1
        if isinstance(added.after, Exception):
            session.refused.emit(str(added.after))
            return
        session.edit(added.after, self.tr("Add %n still(s)", None, len(added.paths)))
        self.editor.select(added.start)

    def _failed(self, error: BaseException) -> None:
        self.pending -= 1
        self.editor.context.session.refused.emit(str(error))

    def _refresh_thumbnail(self) -> None:
        self._show_thumbnail(self.editor.items.currentRow())

    def _show_thumbnail(self, row: int) -> None:
        session = self.editor.context.session
        name = (
            read_plain(session.document, f"{self.editor.item_path(row)}.file") if row >= 0 else ""
        )
        if name == self._shown:
            return
        self._shown = name
        self.thumbnail.clear()
        if not name:
            return
        root = session.folder.resolve()
        path = (root / name).resolve()
        if not path.is_relative_to(root):
            return
        self.runner.cancel()  # the still shown before is not wanted any more
        self._decoding = name
        self.runner.run(
            lambda: decode(path, THUMBNAIL),
            lambda image: self._put(name, image),
            lambda _error: self._put(name, QImage()),
        )

    def _put(self, name: str, image: QImage) -> None:
        if name != self._shown:
            return
        self._decoding = ""
        if image.isNull():
            self.thumbnail.setText(self.tr("This file cannot be shown."))
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self.thumbnail.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.thumbnail.setPixmap(pixmap)

    def _apply_icons(self) -> None:
        """Each row's still as its icon; those not decoded yet are asked for (in the pool)."""
        document = self.editor.context.session.document
        self._names = [
            read_plain(document, f"{self.editor.item_path(row)}.file")
            for row in range(self.editor.items.count())
        ]
        for row, name in enumerate(self._names):
            item, icon = self.editor.items.item(row), self._icons.get(name, QIcon())
            if item.icon().cacheKey() != icon.cacheKey():  # each change repaints the row
                item.setIcon(icon)
            if name and name not in self._icons and name not in self._icons_pending:
                self._ask_icon(name)

    def _ask_icon(self, name: str) -> None:
        folder = self.editor.context.session.folder
        self._icons_pending.add(name)
        self.icons.run(
            lambda: _decode_icon(folder, name),
            lambda image: self._icon_done(name, image),
            lambda _error: self._icon_done(name, QImage()),
        )

    def _icon_done(self, name: str, image: QImage) -> None:
        """Only the rows of ``name`` (as the list was last refreshed) take the icon."""
        self._icons_pending.discard(name)
        icon = self._icons[name] = _boxed(image) if not image.isNull() else QIcon()
        items = self.editor.items
        for row, shown_name in enumerate(self._names):
            if shown_name == name and row < items.count():
                items.item(row).setIcon(icon)

    def busy(self) -> bool:
        return self.pending > 0 or bool(self._decoding) or bool(self._icons_pending)


@dataclass(frozen=True)
class _Added:
    """Stills copied in (``paths``, kit-relative) and ``before`` with them added as
    entries from ``start`` on: ``after``, or the error the document refused them with."""

    paths: list[str]
    before: KitDocument
    after: KitDocument | Exception
    start: int


def _with_stills(document: KitDocument, key: str, paths: list[str]) -> _Added:
    """``paths`` appended to the list ``key`` of ``document`` (in a worker)."""
    value = document.get(key) if document.has(key) else None
    start = len(value) if isinstance(value, list) else 0
    after = document
    try:
        for offset, path in enumerate(paths):
            entry = {"file": path}
            if after.has(key):
                after = after.insert(key, start + offset, entry)
            else:
                after = after.set(key, [entry])
    except (DocumentError, ValueError) as error:
        return _Added(paths, document, error, start)
    return _Added(paths, document, after, start)


def _decode_icon(folder: Path, name: str) -> QImage:
    """The still ``name`` of the kit in ``folder`` at icon size (in a worker); a
    null image for a file outside the kit."""
    root = folder.resolve()
    path = (root / name).resolve()
    if not path.is_relative_to(root):
        return QImage()
    return decode(path, (ICON.width(), ICON.height()))


def _boxed(image: QImage) -> QIcon:
    """``image`` centred in an icon of :data:`ICON` size: portrait and landscape
    stills keep their captions in one column."""
    canvas = QPixmap(ICON)
    canvas.fill(theme.colour("black", 0))  # see-through round a portrait still
    painter = QPainter(canvas)
    picture = QPixmap.fromImage(image).scaled(
        ICON, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter.drawPixmap(
        (ICON.width() - picture.width()) // 2, (ICON.height() - picture.height()) // 2, picture
    )
    painter.end()
    return QIcon(canvas)
