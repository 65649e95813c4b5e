"""``mediakit export pdf PATH -o SHEET.pdf [--lang CODE] [--paper a4|letter] [--force]``:
the press sheet (:mod:`mediakit.publish.sheet`) — or, with ``--slides [--size WxH]
[--notes]``, one page per audience slide (:mod:`mediakit.gui.present.deck_pdf`).

One line on stdout: ``written SHEET.pdf: 1 page, A4, 172 KiB``. Exit 0 when
written; 1 when the kit has problems, the output exists (``--force`` replaces
it, as ``pack``'s does) or cannot be written; 2 for an unreachable PATH, a
``--lang`` the kit lacks or options that do not go together. Qt draws
offscreen whatever the desktop: the command never shows a window, and the
same kit gives the same pages on every machine.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from mediakit.catalog import counted, translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import kit_language, open_and_report, reach
from mediakit.cli.output import fail, safe
from mediakit.cli.png import refuse_output
from mediakit.cli.qtnoise import drop_offscreen_noise
from mediakit.kit.manifest.model import Kit
from mediakit.units import human_size

DECK_SIZE = (1920, 1080)
_PAPER_NAMES = {"a4": "A4", "letter": "Letter"}


def run(args: argparse.Namespace) -> int:
    reach(args.path)
    _check_options(args)
    source = open_and_report(args.path)
    kit = source.result.kit
    if kit is None:
        return ExitStatus.PROBLEMS
    language = kit_language(kit, args.lang)
    output: Path = args.output
    if refuse_output(output, kit):
        return ExitStatus.PROBLEMS
    if not args.force and os.path.lexists(output):
        fail(translate("cli", "{output}: exists: use --force to replace it").format(output=output))
        return ExitStatus.PROBLEMS
    _offscreen()
    if args.slides:
        return _slides(args, kit, language)
    from mediakit.publish.sheet.content import plan
    from mediakit.publish.sheet.kithash import content_hash
    from mediakit.publish.sheet.paper import default_paper
    from mediakit.publish.sheet.pdf import OutputExistsError, decode_image, write_pdf

    paper = args.paper or default_paper()
    digest, packed = content_hash(kit, source.archive)
    content = plan(kit, language, digest, packed=packed)
    _gui_application()
    image = decode_image(content.image, paper) if content.image is not None else None
    try:
        written = write_pdf(
            content, image, output, paper, replace=args.force, protected=kit.own_files()
        )
    except OutputExistsError:
        fail(translate("cli", "{output}: exists: use --force to replace it").format(output=output))
        return ExitStatus.PROBLEMS
    except OSError as exc:
        fail(f"{output}: cannot write it: {exc.strerror or exc}")
        return ExitStatus.PROBLEMS
    _say_written(output, written.pages, _PAPER_NAMES[paper], written.size)
    return ExitStatus.OK


def _check_options(args: argparse.Namespace) -> None:
    if not args.slides and (args.size is not None or args.notes):
        raise UsageError(translate("cli", "--size and --notes go with --slides"))
    if args.slides and args.paper is not None:
        raise UsageError(translate("cli", "--paper is for the press sheet, not --slides"))


def _offscreen() -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    drop_offscreen_noise()


def _gui_application() -> None:
    """A QGuiApplication for fonts and painting (no widgets: the sheet needs none)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication(["mediakit"])


def _slides(args: argparse.Namespace, kit: Kit, language: str) -> int:
    """The audience slides, one a page, by the presentation's own renderer."""
    from PySide6.QtCore import QSize

    from mediakit.gui.app import make_application
    from mediakit.gui.present.deck_pdf import write_deck  # helper DECK's module

    make_application()
    width, height = args.size or DECK_SIZE
    try:
        pages = write_deck(
            kit, args.output, size=QSize(width, height), language=language, notes=args.notes
        )
    except OSError as exc:
        fail(f"{args.output}: cannot write it: {exc.strerror or exc}")
        return ExitStatus.PROBLEMS
    size = args.output.stat().st_size
    _say_written(args.output, pages, f"{width}×{height}", size)
    return ExitStatus.OK


def _say_written(output: Path, pages: int, page_size: str, size: int) -> None:
    count = counted(pages, translate("cli", "{count} page"), translate("cli", "{count} pages"))
    line = translate("cli", "written {file}: {pages}, {paper}, {size}")
    print(safe(line.format(file=output, pages=count, paper=page_size, size=human_size(size))))
