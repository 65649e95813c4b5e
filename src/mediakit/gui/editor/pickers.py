"""Files chosen with a picker (film, poster, trailer, subtitles, a still, a
photo): a file outside the kit is copied into one of its folders in the pool,
then the field names it. The film and the trailer are played briefly by VLC
in the pool once their section is on screen, and what VLC said shows beside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from mediakit.gui.editor.context import EditContext
from mediakit.gui.editor.fields import FieldEditor
from mediakit.gui.editor.importing import bring_in
from mediakit.gui.editor.specs import Field
from mediakit.gui.editor.textpaths import read_plain, write_plain
from mediakit.media.probe import FilmProbe, probe_film
from mediakit.tasks import TaskRunner
from mediakit.textsafety import shown
from mediakit.units import format_time

PROBE_DELAY_MS = 600  # after the last change of the path: typing a name is not probed
PROBE_TIMEOUT_S = 15.0


class PathPicker(QWidget):
    def __init__(self, editor: FieldEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        spec = editor.spec
        assert spec.picks is not None
        self.subfolder = spec.picks
        self.runner = TaskRunner(1, parent=self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Choose…"))
        self.button.setAccessibleName(
            self.tr("Choose the file: {field}").format(field=spec.label.shown())
        )
        self.button.clicked.connect(self.choose)
        row.addWidget(self.button)
        self.status = QLabel()
        self.status.setObjectName("fieldNote")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        editor.column.insertWidget(2, self)
        self._probed = ""  # the path last probed (or being probed)
        self.probing = False
        self._timer = QTimer(self, singleShot=True, interval=PROBE_DELAY_MS)
        self._timer.timeout.connect(self.probe)
        if spec.probe:
            editor.context.session.changed.connect(self._on_changed)

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"))
        if chosen:
            self.take(Path(chosen))

    def take(self, file: Path) -> None:
        """Use ``file``: copied into the kit first if it is not in it (in the pool)."""
        session = self.editor.context.session
        if session.read_only:
            return
        folder, subfolder = session.folder, self.subfolder
        self.runner.run(lambda: bring_in(folder, [file], subfolder)[0], self._chosen, self._failed)

    def _chosen(self, relative: str) -> None:
        path, label = self.editor.path, self.editor.spec.label.shown()
        self.editor.context.session.change(
            lambda document: write_plain(document, path, relative),
            self.tr("Choose “{field}”").format(field=label),
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Not copied: {reason}").format(reason=shown(str(error))))

    # -- the VLC probe ----------------------------------------------------------

    def _on_changed(self) -> None:
        if self.isVisible() and self._value() != self._probed:
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.editor.spec.probe and self._value() != self._probed:
            self._timer.start(0)

    def busy(self) -> bool:
        """A probe waits for its delay or for VLC."""
        return self.probing or self._timer.isActive()

    def _value(self) -> str:
        return read_plain(self.editor.context.session.document, self.editor.path)

    def probe(self) -> None:
        name = self._value()
        self._probed = name
        if not name:
            self.status.clear()
            return
        root = self.editor.context.session.folder.resolve()
        path = (root / name).resolve()
        if not path.is_relative_to(root):
            self.status.setText(self.tr("This path leaves the kit."))
            return
        self.status.setText(self.tr("VLC is trying the file…"))
        self.runner.cancel()
        self.probing = True
        self.runner.run(
            lambda: probe_film(path, PROBE_TIMEOUT_S),
            lambda result: self._probed_as(name, result),
            lambda error: self._probed_as(name, FilmProbe(False, error=str(error))),
        )

    def _probed_as(self, name: str, result: FilmProbe) -> None:
        if name != self._probed:
            return
        self.probing = False
        if not result.ok:
            reason = shown(result.error or "")
            self.status.setText(self.tr("VLC cannot play it: {reason}").format(reason=reason))
            return
        parts = [format_time(result.duration_ms)] if result.duration_ms else []
        if result.video:
            parts.append(self.tr("picture"))
        if result.audio:
            parts.append(self.tr("sound"))
        self.status.setText(self.tr("VLC plays it: {facts}").format(facts=", ".join(parts)))


def build_field(spec: Field, context: EditContext) -> FieldEditor:
    """The box for ``spec``, with a picker when its files are chosen from disk."""
    editor = FieldEditor(spec, context)
    if spec.picks is not None:
        editor.picker = PathPicker(editor)
    return editor
