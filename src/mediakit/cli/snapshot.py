"""``mediakit snapshot``: the real main window rendered offscreen to a PNG,
once the kit, its thumbnails and the poster have arrived."""

from __future__ import annotations

import os
import time
from pathlib import Path

from mediakit.cli.commands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, open_and_report
from mediakit.cli.output import fail

SETTLE_TIMEOUT_S = 30.0


def snapshot(
    path: Path, output: Path, size: tuple[int, int], language: str | None, section: str | None
) -> int:
    source = open_and_report(path)
    result = source.result
    if result.kit is None:
        return EXIT_PROBLEMS
    kit = result.kit
    if language and not any(code.lower() == language.lower() for code in kit.languages):
        fail(f"--lang {language}: the kit's languages are {', '.join(kit.languages)}")
        return EXIT_USAGE
    # Offscreen whatever the desktop: a snapshot is the same on every machine.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QByteArray, QSettings, QTemporaryDir
    from PySide6.QtGui import QImageWriter
    from PySide6.QtWidgets import QApplication

    from mediakit.gui.app import make_application
    from mediakit.gui.settings import Settings
    from mediakit.gui.window import MainWindow

    app = make_application()
    # A throwaway settings store: a snapshot never reads or writes the user's own.
    scratch = QTemporaryDir()
    settings = Settings(QSettings(str(Path(scratch.path()) / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(*size)
    window.show()
    window.show_kit(kit, path, source.archive)
    if language:
        window.set_language(next(c for c in kit.languages if c.lower() == language.lower()))
    if section and not window.show_section(section):
        fail(
            f"--section {section}: this kit has the sections {', '.join(window.visible_sections())}"
        )
        window.shutdown()
        return EXIT_USAGE
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while window.busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    image = window.grab().toImage()
    if (image.width(), image.height()) != size:
        from PySide6.QtCore import Qt

        image = image.scaled(
            *size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    window.shutdown()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not QImageWriter(str(output), QByteArray(b"png")).write(image):
        fail(f"{output}: could not write the PNG")
        return EXIT_PROBLEMS
    QApplication.processEvents()
    return EXIT_OK
