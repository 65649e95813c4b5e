"""Opening a search result: the kit, at the section where the words were found,
the words highlighted there by the find bar (:mod:`mediakit.gui.findcontrol`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mediakit.library.store import Hit

if TYPE_CHECKING:
    from mediakit.gui.window import MainWindow


class HitOpener(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending: tuple[Path, str, str] | None = None  # path, section, query
        window.kit_opened.connect(self._on_opened)
        window.kit_failed.connect(self._forget)

    def open(self, hit: Hit, query: str) -> None:
        self._pending = (_same(hit.path), hit.section, query)
        self.window.open_kit(hit.path)

    def _forget(self, _result: object = None) -> None:
        self._pending = None

    def _on_opened(self, _kit: object) -> None:
        pending, self._pending = self._pending, None
        path = self.window.kit_path
        if pending is None or path is None or _same(path) != pending[0]:
            return
        _, section, query = pending
        if section:
            self.window.show_section(section)
        # The find bar searches from the section on screen: the match found is this one.
        self.window.find_bar.field.setText(query)
        self.window.finder.open()


def _same(path: Path) -> Path:
    return Path(os.path.normpath(path.absolute()))  # no disk access on the GUI thread
