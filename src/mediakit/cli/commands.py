"""The command table: every sub-command declared once — its name, its one-line
summary, the function that adds its arguments, and the ``module:function``
that runs it.

:mod:`mediakit.cli.main` builds argparse from this table and dispatches
through it. A command's module is imported only when that command runs, so
``mediakit --help`` and ``validate`` never load Qt; only the argument
functions below, which import nothing heavy, run for every command line.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mediakit.cli.argtypes import SECTION_NAMES, positive, seconds, size

Runner = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    name: str
    summary: str  # one line, for `mediakit --help`
    add_arguments: Callable[[argparse.ArgumentParser], None]
    runs: str  # "module:function", imported when the command runs

    def runner(self) -> Runner:
        module, _, function = self.runs.partition(":")
        run: Runner = getattr(importlib.import_module(module), function)
        return run


def _kit_path(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path", type=Path, metavar="PATH", help="a kit folder, its kit.yaml or a .mediakit archive"
    )


def _language(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=f"the language of {what}, one of the kit's (default: the interface "
        "language if the kit has it, else its first); another is an error (exit 2)",
    )


def _open_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="PATH",
        help="a kit folder, its kit.yaml or a .mediakit archive (default: the start page)",
    )


def _validate_arguments(parser: argparse.ArgumentParser) -> None:
    _kit_path(parser)
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="also check that the kit has this language (exit 2 if not)",
    )
    parser.add_argument(
        "--deep",
        action="store_true",
        help="also decode every still in full and play the film and trailer briefly with VLC",
    )
    parser.add_argument(
        "--probe-timeout",
        type=seconds,
        default=20.0,
        metavar="SECONDS",
        help="with --deep: the most VLC may take over each film (default 20)",
    )


def _info_arguments(parser: argparse.ArgumentParser) -> None:
    _kit_path(parser)
    parser.add_argument("--json", action="store_true", help="print the loaded kit as JSON")
    _language(parser, "the summary's texts")


def _present_arguments(parser: argparse.ArgumentParser) -> None:
    _kit_path(parser)
    parser.add_argument(
        "--screen", type=positive, metavar="N", help="the audience screen, from 1 (default: auto)"
    )
    parser.add_argument(
        "--start", type=positive, default=1, metavar="SLIDE", help="the first slide, from 1"
    )
    _language(parser, "the slides")


def _snapshot_arguments(parser: argparse.ArgumentParser) -> None:
    _kit_path(parser)
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.png", help="the PNG to write"
    )
    parser.add_argument(
        "--size",
        type=size,
        default=(1280, 800),
        metavar="WxH",
        help="the window's size in logical pixels (default 1280x800); the PNG has the "
        "device pixels: twice as many each way under QT_SCALE_FACTOR=2",
    )
    _language(parser, "the texts shown")
    parser.add_argument(
        "--section", metavar="NAME", help="the section to show: " + ", ".join(SECTION_NAMES)
    )
    parser.add_argument(
        "--present",
        type=positive,
        metavar="SLIDE",
        help="render presentation slide SLIDE (from 1) as the audience sees it",
    )
    parser.add_argument(
        "--presenter-view",
        action="store_true",
        help="with --present: render the presenter view on that slide instead",
    )


def _pack_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path", type=Path, metavar="FOLDER", help="the kit folder (or its kit.yaml)"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.mediakit",
        help="the archive to write (default: ID.mediakit here)",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace OUT.mediakit if it exists already"
    )


def _verify_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="ARCHIVE", help="the .mediakit archive to check")


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def _desktop_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uninstall", action="store_true", help="remove what it installed")


COMMANDS = (
    Command("open", "open the window (the default)", _open_arguments,
            "mediakit.cli.window:run"),
    Command("validate", "check a kit (folder or .mediakit); exit 1 if it has problems",
            _validate_arguments, "mediakit.cli.validate:run"),
    Command("info", "describe a kit (folder or .mediakit)", _info_arguments,
            "mediakit.cli.info:run"),
    Command("present", "present a kit full screen (Esc leaves)", _present_arguments,
            "mediakit.cli.present:run"),
    Command("snapshot", "render the window (or a slide) offscreen to a PNG", _snapshot_arguments,
            "mediakit.cli.snapshot:run"),
    Command("pack", "pack a kit folder into one .mediakit archive", _pack_arguments,
            "mediakit.cli.pack:run"),
    Command("verify", "check an archive's integrity; exit 1 if damaged", _verify_arguments,
            "mediakit.cli.verify:run"),
    Command("schema", "print the JSON Schema of kit.yaml", _no_arguments,
            "mediakit.cli.schema:run"),
    Command("install-desktop", "register mediakit and .mediakit files with your desktop",
            _desktop_arguments, "mediakit.cli.desktop:run"),
)  # fmt: skip
BY_NAME = {command.name: command for command in COMMANDS}
