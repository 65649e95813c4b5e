"""“Edit a copy…”: an archive's kit, unpacked and verified already, copied to
a folder the author chooses, then opened in an editor of its own."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from mediakit.textsafety import shown_name

if TYPE_CHECKING:
    from mediakit.gui.editor.window import EditorWindow

LEFT_OUT = {"checksums.sha256", "checksums.sha256.sig"}  # the archive's, not the kit's


def copy_kit(unpacked: Path, target: Path) -> Path:
    """Copy the kit's files to the new folder ``target`` (in the pool)."""
    shutil.copytree(
        unpacked, target, ignore=lambda _dir, names: [n for n in names if n in LEFT_OUT]
    )
    for path in [target, *target.rglob("*")]:  # the cache's copies are read-only
        path.chmod(path.stat().st_mode | 0o200)
    return target


def choose_folder(window: EditorWindow) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("EditorWindow", "Copy the kit into")
    )
    return Path(chosen) if chosen else None


def edit_copy(window: EditorWindow) -> None:
    loaded = window.loaded
    if loaded is None or loaded.folder is None:
        return
    parent = window.choose_copy_folder()
    if parent is None:
        return
    target = parent / loaded.path.stem
    suffix = 2
    while target.exists():
        target = parent / f"{loaded.path.stem}-{suffix}"
        suffix += 1
    unpacked = loaded.folder

    def done(copy: Path) -> None:
        from mediakit.gui.editor.window import open_editor

        window.copies.append(open_editor(copy))
        window.statusBar().showMessage(
            QCoreApplication.translate("EditorWindow", "Copied to {folder}.").format(
                folder=shown_name(str(copy))
            ),
            5000,
        )

    def failed(error: BaseException) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("EditorWindow", "Not copied: {reason}").format(
                reason=str(error)
            )
        )

    window.runner.run(lambda: copy_kit(unpacked, target), done, failed)
