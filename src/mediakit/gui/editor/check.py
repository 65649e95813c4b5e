"""Problems of the unsaved text, live: ~300 ms after the last change the
text is validated in the pool as the loader validates kit.yaml — with the
text files edited (``{file: synopsis.fr.md}``) as edited, not as saved — and
the answer is kept only if no newer text has been asked about since."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from mediakit.kit.manifest.model import Kit, LoadResult, Problem
from mediakit.tasks import TaskRunner

DELAY_MS = 300


def validate(folder: Path, text: str, files: Mapping[str, str] | None = None) -> LoadResult:
    """The kit in ``folder`` as it would load with ``text`` as its kit.yaml and the
    text files in ``files`` (file key → words) holding those words (in a worker)."""
    from mediakit.kit import load_text

    edited = {key: words.encode("utf-8") for key, words in (files or {}).items()}
    return load_text(folder, text.encode("utf-8"), edited)


class LiveCheck(QObject):
    """``checked(problems)`` with the problems of the text last asked about."""

    checked = Signal(object)  # tuple[Problem, ...]

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.problems: tuple[Problem, ...] = ()
        self.kit: Kit | None = None  # as the text last checked loads, if it does
        self.runner = TaskRunner(1, parent=self)
        self._text = ""
        self._files: Mapping[str, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._run)
        self.pending = False

    def request(
        self, text: str, files: Mapping[str, str] | None = None, *, now: bool = False
    ) -> None:
        """Check ``text`` as kit.yaml, and ``files`` (file key → words: the text
        files edited) instead of what those files hold on disk."""
        self._text = text
        self._files = dict(files or {})
        self.pending = True
        self._timer.start(0 if now else DELAY_MS)

    def _run(self) -> None:
        self.runner.cancel()  # an older check still running is thrown away
        folder, text, files = self.folder, self._text, self._files
        self.runner.run(lambda: validate(folder, text, files), self._on_done, self._on_error)

    def _on_done(self, result: LoadResult) -> None:
        if self._timer.isActive():
            return  # a newer text is waiting for its turn
        self.pending = False
        self.problems = result.problems
        self.kit = result.kit
        self.checked.emit(result.problems)

    def _on_error(self, error: BaseException) -> None:
        self.pending = False  # the loader never raises; a bug is logged by the pool

    def stop(self) -> None:
        self._timer.stop()
        self.runner.cancel()
