"""A child process for the recovery test: an editor on the kit given, one
edit of the title and one of the French synopsis (kept in synopsis.fr.md),
then waiting (to be killed) with the recovery timer fast."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from mediakit.gui.app import make_application
from mediakit.gui.editor.window import EditorWindow

UNSAVED = "Une phrase jamais enregistrée.\n"


def main() -> None:
    app = make_application()
    window = EditorWindow(Path(sys.argv[1]), recovery_interval_ms=200)

    def edit() -> None:
        assert window.session is not None
        title = next(e for e in window.forms["kit"].editors() if e.spec.key == "title")
        assert isinstance(title.box, QLineEdit)
        title.box.setText("ROPED — unsaved")
        title.box.textEdited.emit("ROPED — unsaved")
        assert window.session.dirty
        edit_synopsis()

    def edit_synopsis() -> None:
        synopsis = next(e for e in window.form("texts").editors() if e.spec.key == "synopsis")
        if synopsis.box.isReadOnly():  # its file is still being read
            QTimer.singleShot(50, edit_synopsis)
            return
        assert isinstance(synopsis.box, QPlainTextEdit)
        synopsis.box.setPlainText(synopsis.text() + UNSAVED)

    window.opened.connect(edit)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
