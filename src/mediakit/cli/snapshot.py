"""``mediakit snapshot``: the real main window rendered offscreen to a PNG,
once the kit, its thumbnails and the poster have arrived; with ``--present``
one presentation slide (or the presenter view on it). Also ``mediakit
present``, which shares the kit and language checks."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mediakit import stopsignals
from mediakit.cli.commands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, open_and_report
from mediakit.cli.output import fail
from mediakit.kit.model import Kit
from mediakit.safeio import atomic_write, check_replaceable

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    from mediakit.kit.source import KitSource

SETTLE_TIMEOUT_S = 30.0


def snapshot(
    path: Path, output: Path, size: tuple[int, int], language: str | None, section: str | None
) -> int:
    source = open_and_report(path)
    result = source.result
    if result.kit is None:
        return EXIT_PROBLEMS
    kit = result.kit
    if refuse_output(output, kit):
        return EXIT_PROBLEMS
    if language and not any(code.lower() == language.lower() for code in kit.languages):
        fail(f"--lang {language}: the kit's languages are {', '.join(kit.languages)}")
        return EXIT_USAGE
    # Qt has control from here: a signal is recorded and acted on between its
    # turns, never raised inside one of its callbacks (PySide would print it and
    # go on, writing the picture anyway).
    with stopsignals.deferred():
        image = _window_image(source, size, language, section)
    # Signals raise again: one during the write removes the half-written file.
    return image if isinstance(image, int) else write_png(image, output, kit)


def _window_image(
    source: KitSource, size: tuple[int, int], language: str | None, section: str | None
) -> QImage | int:
    """The real window on the kit of ``source``, rendered offscreen; an exit code if not."""
    kit = source.result.kit
    assert kit is not None
    # Offscreen whatever the desktop: a snapshot is the same on every machine.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, Qt, QTemporaryDir

    from mediakit.gui.app import make_application
    from mediakit.gui.settings import Settings
    from mediakit.gui.window import MainWindow

    app = make_application()
    # A throwaway settings store: a snapshot never reads or writes the user's own.
    scratch = QTemporaryDir()
    settings = Settings(QSettings(str(Path(scratch.path()) / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    try:
        window.resize(*size)
        window.show()
        window.show_kit(kit, source.path, source.archive)
        if language:
            window.set_language(next(c for c in kit.languages if c.lower() == language.lower()))
        if section and not window.show_section(section):
            sections = ", ".join(window.visible_sections())
            fail(f"--section {section}: this kit has the sections {sections}")
            return EXIT_USAGE
        _settle(app, window.busy)
        image = window.grab().toImage()
    finally:
        window.close()  # stops its work, as the close button would
        window.deleteLater()
    app.processEvents()
    if (image.width(), image.height()) != size:
        image = image.scaled(
            *size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def _settle(app: QCoreApplication, busy: Callable[[], bool]) -> None:
    """Let the window finish what it is loading (bounded); a stop signal ends it."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while busy() and time.monotonic() < deadline:
        app.processEvents()
        stopsignals.check()
        time.sleep(0.01)
    app.processEvents()
    stopsignals.check()


def refuse_output(output: Path, kit: Kit) -> bool:
    """Say so and return True when ``output`` may not be written (checked before rendering)."""
    try:
        check_replaceable(output, kit.own_files())
    except OSError as exc:
        fail(f"{output}: cannot write it: {exc.strerror or exc}")
        return True
    return False


def write_png(image: QImage, output: Path, kit: Kit) -> int:
    """``image`` as a PNG at ``output``, whole or not at all, never over a file of the kit."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        fail(f"{output}: could not encode the picture as PNG")
        return EXIT_PROBLEMS
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(output, protected=kit.own_files()) as pending:
            pending.file.write(data.data())
    except OSError as exc:
        fail(f"{output}: cannot write it: {exc.strerror or exc}")
        return EXIT_PROBLEMS
    return EXIT_OK


def _kit_and_language(path: Path, language: str | None) -> tuple[Kit | None, str, int]:
    result = open_and_report(path).result
    if result.kit is None:
        return None, "", EXIT_PROBLEMS
    kit = result.kit
    if language is None:
        return kit, kit.languages[0], EXIT_OK
    for code in kit.languages:
        if code.lower() == language.lower():
            return kit, code, EXIT_OK
    fail(f"--lang {language}: the kit's languages are {', '.join(kit.languages)}")
    return None, "", EXIT_USAGE


def snapshot_present(
    path: Path,
    output: Path,
    size: tuple[int, int],
    language: str | None,
    slide: int,
    presenter_view: bool,
) -> int:
    """One audience slide (or the presenter view on it) offscreen, to a PNG."""
    kit, code, status = _kit_and_language(path, language)
    if kit is None:
        return status
    if refuse_output(output, kit):
        return EXIT_PROBLEMS
    with stopsignals.deferred():  # as for the window: signals acted on between Qt's turns
        image = _slide_image(kit, code, size, slide, presenter_view)
    return image if isinstance(image, int) else write_png(image, output, kit)


def _slide_image(
    kit: Kit, language: str, size: tuple[int, int], slide: int, presenter_view: bool
) -> QImage | int:
    """Slide ``slide`` as the audience sees it (or the presenter view); an exit code if not."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from mediakit.gui.app import make_application
    from mediakit.gui.present.controller import PresentController

    app = make_application()
    show = PresentController(kit, language)
    screen = QSize(*size)
    try:
        if not show.preview(slide, screen):
            fail(f"--present {slide}: the presentation has {show.deck.count} slides")
            return EXIT_USAGE
        _settle(app, lambda: show.busy(screen))
        if presenter_view:
            show.presenter.resize(screen)
            show.presenter.show()
            app.processEvents()
            image = show.presenter.grab().toImage()
            show.presenter.close()
            return image
        image = QImage(screen, QImage.Format.Format_RGB32)
        show.audience.render(image)
        return image
    finally:
        show.discard()


def present(path: Path, screen: int | None, start: int, language: str | None) -> int:
    """``mediakit present``: the show, full screen, until Esc."""
    import logging

    kit, code, status = _kit_and_language(path, language)
    if kit is None:
        return status
    from mediakit.gui.app import make_application, stop_on_signals
    from mediakit.gui.present.controller import PresentController

    logging.basicConfig(level=logging.INFO, format="mediakit: %(message)s")
    with stopsignals.deferred():  # from the first Qt call: never raised inside Qt
        app = make_application()
        show = PresentController(kit, code, screen=None if screen is None else screen - 1)
        if start > show.deck.count:
            fail(f"--start {start}: the presentation has {show.deck.count} slides")
            show.discard()
            return EXIT_USAGE
        show.finished.connect(app.quit)
        stop_on_signals(show, show.stop)
        show.start(start)
        return app.exec()
