"""Writing a rendered picture: refused before rendering when the output may not be
written, then whole or not at all, never over a file of the kit."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus
from mediakit.cli.output import fail
from mediakit.kit.manifest.model import Kit
from mediakit.safeio import atomic_write, check_replaceable

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


def refuse_output(output: Path, kit: Kit) -> bool:
    """Say so and return True when ``output`` may not be written (checked before rendering)."""
    try:
        check_replaceable(output, kit.own_files())
    except OSError as exc:
        fail(f"{output}: cannot write it: {exc.strerror or exc}")
        return True
    return False


def write_png(image: QImage, output: Path, kit: Kit | None, also: Sequence[Path] = ()) -> int:
    """``image`` as a PNG at ``output``, whole or not at all, never over a file of the kit
    nor one of ``also`` (None: a kit that does not load, shown by the editor)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        fail(
            translate("cli", "{output}: could not encode the picture as PNG").format(output=output)
        )
        return ExitStatus.PROBLEMS
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        protected = [*(kit.own_files() if kit is not None else ()), *also]
        with atomic_write(output, protected=protected) as pending:
            pending.file.write(data.data())
    except OSError as exc:
        fail(f"{output}: cannot write it: {exc.strerror or exc}")
        return ExitStatus.PROBLEMS
    return ExitStatus.OK
