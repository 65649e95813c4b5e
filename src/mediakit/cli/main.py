"""``mediakit``: the window, or a sub-command of the table in :mod:`mediakit.cli.commands`.

Exit codes follow the kit format's contract (:class:`~mediakit.cli.exitstatus.ExitStatus`):
0 success, 1 the kit or archive has problems (one line each), 2 the command
line is wrong or PATH does not exist.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys

from mediakit import __version__
from mediakit.catalog import translate
from mediakit.cli.argparse_words import speaking_the_interface_language
from mediakit.cli.boundary import guarded
from mediakit.cli.commands import BY_NAME, COMMANDS, Command
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.output import fail
from mediakit.stopsignals import raise_on_signals

DEFAULT_COMMAND = "open"
KIT_ENDINGS = (".mediakit", "kit.yaml")


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, its texts in the interface language (argparse's
    own words too when built inside :func:`speaking_the_interface_language`)."""
    parser = argparse.ArgumentParser(
        prog="mediakit",
        description=translate("cli", "Open, check and describe media kits (press kits)."),
        epilog=translate("cli", "Without a command, opens the window (on PATH, if given)."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"mediakit {__version__}",
        help=translate("cli", "show mediakit's version and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_arguments(sub.add_parser(command.name, help=translate("cli", command.summary)))
    return parser


def looks_like_kit(word: str) -> bool:
    """A first word the window may open: something that exists, or names a kit."""
    return os.path.lexists(word) or word.endswith(KIT_ENDINGS)


def not_a_command(word: str) -> str:
    close = difflib.get_close_matches(word, BY_NAME, n=1)
    if close:
        return translate(
            "cli", "'{word}' is not a command or a kit path; did you mean '{close}'?"
        ).format(word=word, close=close[0])
    return translate("cli", "'{word}' is not a command or a kit path").format(word=word)


def run(command: Command, args: argparse.Namespace) -> int:
    """``command`` on ``args``, its module imported now; a UsageError is exit 2."""
    try:
        return command.runner()(args)
    except UsageError as error:
        fail(str(error))
        return ExitStatus.USAGE


def main(argv: list[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if not words or (words[0] not in BY_NAME and looks_like_kit(words[0])):
        words.insert(0, DEFAULT_COMMAND)  # `mediakit [PATH]` opens the window
    elif words[0] not in BY_NAME and not words[0].startswith("-"):
        fail(not_a_command(words[0]))
        return ExitStatus.USAGE
    try:
        with speaking_the_interface_language():
            args = build_parser().parse_args(words)
    except SystemExit as exit_:  # argparse has printed the usage line
        return ExitStatus.USAGE if exit_.code else ExitStatus.OK
    raise_on_signals()
    command = BY_NAME[args.command]
    return int(guarded(lambda: run(command, args)))
