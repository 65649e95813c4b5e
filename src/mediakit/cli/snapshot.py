"""``mediakit snapshot``: the real main window rendered offscreen to a PNG, once
the kit, the thumbnails on screen and the poster have arrived (a gallery waits
for the tiles it paints, never for the rest of its stills); with ``--present``
one presentation slide (or the presenter view on it). A window still busy at
the deadline writes nothing: never a half-done picture; the command fails
with one line naming what was not ready."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from mediakit import stopsignals
from mediakit.catalog import translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import kit_language, open_and_report, reach
from mediakit.cli.output import fail
from mediakit.cli.png import refuse_output, write_png
from mediakit.cli.qtnoise import drop_offscreen_noise
from mediakit.cli.settle import NotSettledError, wait_until_settled
from mediakit.kit.manifest.model import Kit
from mediakit.kit.recognise import is_archive
from mediakit.textsafety import shown_name

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from mediakit.gui.window import MainWindow
    from mediakit.kit.source import KitSource


def run(args: argparse.Namespace) -> int:
    reach(args.path)
    if args.present is not None:
        return snapshot_slide(
            args.path, args.output, args.size, args.lang, args.present, args.presenter_view
        )
    if args.presenter_view:
        raise UsageError(translate("cli", "--presenter-view needs --present SLIDE"))
    if args.edit:
        return snapshot_editor(args.path, args.output, args.size, args.lang, args.section)
    return snapshot(args.path, args.output, args.size, args.lang, args.section)


def snapshot(
    path: Path, output: Path, size: tuple[int, int], language: str | None, section: str | None
) -> int:
    """The window on the kit at ``path``, offscreen, to the PNG ``output``."""
    source = open_and_report(path)
    kit = source.result.kit
    if kit is None:
        return ExitStatus.PROBLEMS
    if refuse_output(output, kit):
        return ExitStatus.PROBLEMS
    code = kit_language(kit, language)
    # Qt has control from here: a signal is recorded and acted on between its
    # turns, never raised inside one of its callbacks (PySide would print it and
    # go on, writing the picture anyway).
    with stopsignals.deferred():
        try:
            image = _window_image(source, size, code, section)
        except NotSettledError as late:
            what = late.what or "the kit, its thumbnails or the poster were"
            fail(f"{output}: not written: after {late.waited_s:g} s {what} still loading")
            return ExitStatus.PROBLEMS
    # Signals raise again: one during the write removes the half-written file.
    return write_png(image, output, kit)


def _not_ready(window: MainWindow) -> str | None:
    """What keeps ``window`` busy, for the one line a failed snapshot prints:
    "the kit was", "3 of 6 thumbnails on screen (first: 04.jpg) were"…; None
    when it cannot tell."""
    from mediakit.gui.pages.stills import StillsPage

    parts: list[str] = []
    if window.opener.opening is not None:
        parts.append("the kit")
    stills = window.sections.section_pages.get("stills")
    if isinstance(stills, StillsPage) and stills.busy():
        waiting = stills.not_ready()
        if waiting:
            first = stills.model.tiles[waiting[0]].still.file.written
            shown = len(stills.visible_rows())
            parts.append(
                f"{len(waiting)} of {shown} thumbnails on screen (first: {shown_name(first)})"
            )
        else:
            parts.append("the layout of the stills grid")
    if window.film_page.busy():
        parts.append("the poster")
    if not parts:
        return None
    plural = len(parts) > 1 or (parts[0][0].isdigit() and not parts[0].startswith("1 of"))
    return f"{', '.join(parts)} {'were' if plural else 'was'}"


def _offscreen() -> None:
    # Offscreen whatever the desktop: a snapshot is the same on every machine.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    drop_offscreen_noise()


def _window_image(
    source: KitSource, size: tuple[int, int], language: str | None, section: str | None
) -> QImage:
    """The real window on the kit of ``source``, rendered offscreen, once settled."""
    kit = source.result.kit
    assert kit is not None
    _offscreen()
    from PySide6.QtCore import QSettings, Qt, QTemporaryDir

    from mediakit.gui.app import make_application
    from mediakit.gui.library_service import LibraryService
    from mediakit.gui.settings import Settings
    from mediakit.gui.window import MainWindow

    app = make_application()
    # Throwaway settings, keys and library: a snapshot never reads or writes the
    # user's own (showing a kit would otherwise record it in their library).
    scratch_dir = QTemporaryDir()  # kept until the window is gone
    scratch = Path(scratch_dir.path())
    settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    library = LibraryService(scratch / "library", watch=False)
    window = MainWindow(settings, key_file=scratch / "keys.ini", library=library)
    try:
        window.resize(*size)
        window.show()
        window.show_kit(kit, source.path, source.archive)
        if language:
            window.set_language(language)
        if section and not window.show_section(section):
            sections = ", ".join(window.visible_sections())
            raise UsageError(
                translate(
                    "cli", "--section {section}: this kit has the sections {sections}"
                ).format(section=section, sections=sections)
            )
        try:
            wait_until_settled(lambda: window.busy(on_screen=True))
        except NotSettledError as late:
            late.what = _not_ready(window)
            raise
        window.statusBar().clearMessage()  # the kit's path is the user's, not the picture's
        image = window.grab().toImage()
    finally:
        window.close()  # stops its work, as the close button would
        library.wait(10_000)  # its last write lands in the scratch folder, not after it
        window.deleteLater()
    app.processEvents()
    # ``size`` is the window's, in logical pixels; the picture keeps the device
    # pixels (twice as many each way under QT_SCALE_FACTOR=2): sharp, as shown.
    ratio = image.devicePixelRatio()
    pixels = (round(size[0] * ratio), round(size[1] * ratio))
    if (image.width(), image.height()) != pixels:
        image = image.scaled(
            *pixels,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def snapshot_slide(
    path: Path,
    output: Path,
    size: tuple[int, int],
    language: str | None,
    slide: int,
    presenter_view: bool,
) -> int:
    """One audience slide (or the presenter view on it) offscreen, to the PNG ``output``."""
    kit = open_and_report(path).result.kit
    if kit is None:
        return ExitStatus.PROBLEMS
    code = kit_language(kit, language)
    if refuse_output(output, kit):
        return ExitStatus.PROBLEMS
    with stopsignals.deferred():  # as for the window: signals acted on between Qt's turns
        try:
            image = _slide_image(kit, code, size, slide, presenter_view)
        except NotSettledError as late:
            fail(
                f"{output}: not written: after {late.waited_s:g} s a picture of slide {slide} "
                "(or the next) was still decoding"
            )
            return ExitStatus.PROBLEMS
    return write_png(image, output, kit)  # signals raise again, as for the window


def _slide_image(
    kit: Kit, language: str, size: tuple[int, int], slide: int, presenter_view: bool
) -> QImage:
    """Slide ``slide`` as the audience sees it (or the presenter view), once settled."""
    _offscreen()
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from mediakit.gui.app import make_application
    from mediakit.gui.present.controller import PresentController

    app = make_application()
    show = PresentController(kit, language)
    screen = QSize(*size)
    try:
        if not show.preview(slide, screen):
            raise UsageError(
                translate("cli", "--present {slide}: the presentation has {count} slides").format(
                    slide=slide, count=show.deck.count
                )
            )
        wait_until_settled(lambda: show.busy(screen))
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


def snapshot_editor(
    path: Path, output: Path, size: tuple[int, int], language: str | None, section: str | None
) -> int:
    """The editor on the kit at ``path``, offscreen, once its check is done, to ``output``:
    a kit with problems too (they are what the editor is for), printed as for the window."""
    from mediakit.kit.authoring.save import manifest_path

    kit = open_and_report(path).result.kit
    if kit is not None and refuse_output(output, kit):
        return ExitStatus.PROBLEMS
    manifest = [] if is_archive(path) else [manifest_path(path)]  # never written over
    code = kit_language(kit, language) if language and kit is not None else language
    with stopsignals.deferred():
        try:
            image = _editor_image(path, size, code, section)
        except NotSettledError as late:
            fail(f"{output}: not written: after {late.waited_s:g} s the editor was still loading")
            return ExitStatus.PROBLEMS
    return write_png(image, output, kit, manifest)


def _editor_image(
    path: Path, size: tuple[int, int], language: str | None, section: str | None
) -> QImage:
    _offscreen()
    from mediakit.gui.app import make_application
    from mediakit.gui.editor.specs import SECTIONS
    from mediakit.gui.editor.window import EditorWindow

    app = make_application()
    window = EditorWindow(path, recovery_interval_ms=3_600_000)  # never writes a recovery
    try:
        window.resize(*size)
        window.show()
        wait_until_settled(window.busy)
        if section and not window.show_section(section):
            names = ", ".join(s.name for s in SECTIONS)
            raise UsageError(
                translate(
                    "cli", "--section {section}: the editor has the sections {sections}"
                ).format(section=section, sections=names)
            )
        if language:
            window.header.select_language(language)
        wait_until_settled(window.busy)
        app.processEvents()
        window.statusBar().clearMessage()
        image = window.grab().toImage()
    finally:
        window.shutdown()
        window.deleteLater()
    app.processEvents()
    return image
