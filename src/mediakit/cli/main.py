"""``mediakit``: the window, or a sub-command.

Exit codes follow the kit format's contract: 0 success, 1 the kit or
archive has problems (one line each), 2 the command line is wrong or PATH
does not exist.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mediakit import __version__
from mediakit.cli import commands
from mediakit.cli.boundary import guarded
from mediakit.stopsignals import raise_on_signals

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a size like 1280x800, got {text!r}") from None
    if not (100 <= width <= 10000 and 100 <= height <= 10000):
        raise argparse.ArgumentTypeError("width and height must be between 100 and 10000")
    return width, height


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not 0.5 <= value <= 600:
        raise argparse.ArgumentTypeError("the timeout must be between 0.5 and 600 seconds")
    return value


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 1, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number from 1, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediakit",
        description="Open, check and describe media kits (press kits).",
        epilog="Without a command, opens the window (on PATH, if given).",
    )
    parser.add_argument("--version", action="version", version=f"mediakit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_ = sub.add_parser("open", help="open the window (the default)")
    open_.add_argument("path", nargs="?", type=Path, metavar="PATH")

    validate = sub.add_parser(
        "validate", help="check a kit (folder or .mediakit); exit 1 if it has problems"
    )
    validate.add_argument("path", type=Path, metavar="PATH")
    validate.add_argument(
        "--deep",
        action="store_true",
        help="also decode every still in full and play the film and trailer briefly with VLC",
    )
    validate.add_argument(
        "--probe-timeout",
        type=seconds,
        default=20.0,
        metavar="SECONDS",
        help="with --deep: the most VLC may take over each film (default 20)",
    )

    info = sub.add_parser("info", help="describe a kit (folder or .mediakit)")
    info.add_argument("path", type=Path, metavar="PATH")
    info.add_argument("--json", action="store_true", help="print the loaded kit as JSON")
    info.add_argument("--lang", metavar="CODE", help="language of the summary's texts")

    present = sub.add_parser("present", help="present a kit full screen (Esc leaves)")
    present.add_argument("path", type=Path, metavar="PATH")
    present.add_argument(
        "--screen", type=positive, metavar="N", help="the audience screen, from 1 (default: auto)"
    )
    present.add_argument(
        "--start", type=positive, default=1, metavar="SLIDE", help="the first slide, from 1"
    )
    present.add_argument("--lang", metavar="CODE")

    snapshot = sub.add_parser("snapshot", help="render the window offscreen to a PNG")
    snapshot.add_argument("path", type=Path, metavar="PATH")
    snapshot.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png")
    snapshot.add_argument("--size", type=size, default=(1280, 800), metavar="WxH")
    snapshot.add_argument("--lang", metavar="CODE")
    snapshot.add_argument(
        "--present",
        type=positive,
        metavar="SLIDE",
        help="render presentation slide SLIDE (from 1) as the audience sees it",
    )
    snapshot.add_argument(
        "--presenter-view",
        action="store_true",
        help="with --present: render the presenter view on that slide instead",
    )
    snapshot.add_argument(
        "--section", metavar="NAME", help="section to show: " + ", ".join(commands.section_names())
    )

    pack = sub.add_parser("pack", help="pack a kit folder into one .mediakit archive")
    pack.add_argument("path", type=Path, metavar="FOLDER")
    pack.add_argument(
        "-o", "--output", type=Path, metavar="OUT.mediakit", help="default: ID.mediakit here"
    )

    verify = sub.add_parser("verify", help="check an archive's integrity; exit 1 if damaged")
    verify.add_argument("path", type=Path, metavar="ARCHIVE")

    sub.add_parser("schema", help="print the JSON Schema of kit.yaml")

    desktop = sub.add_parser(
        "install-desktop", help="register mediakit and .mediakit files with your desktop"
    )
    desktop.add_argument("--uninstall", action="store_true", help="remove what it installed")
    return parser


def main(argv: list[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    known = {
        "open",
        "validate",
        "info",
        "snapshot",
        "present",
        "pack",
        "verify",
        "schema",
        "install-desktop",
        "-h",
        "--help",
        "--version",
    }
    if not args_in or args_in[0] not in known:
        args_in.insert(0, "open")  # `mediakit [PATH]` opens the window
    try:
        args = parser.parse_args(args_in)
    except SystemExit as exit_:  # argparse has printed the usage line
        return EXIT_USAGE if exit_.code else EXIT_OK
    raise_on_signals()
    return guarded(lambda: commands.run(args))
