"""The command table is the one place commands are declared: argparse, dispatch,
the default ``open``, the did-you-mean for what is not a command, and the
exit statuses all come from it."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from mediakit.cli import window
from mediakit.cli.commands import COMMANDS
from mediakit.cli.exitstatus import ExitStatus, interrupted
from mediakit.cli.main import build_parser, main
from tests.conftest import REPO, ROPED


def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_argparse_is_built_from_the_table() -> None:
    assert list(subparsers(build_parser())) == [command.name for command in COMMANDS]


def test_every_argument_of_every_command_says_what_it_is() -> None:
    for name, parser in subparsers(build_parser()).items():
        for action in parser._actions:
            if not isinstance(action, argparse._HelpAction):
                assert action.help, f"mediakit {name}: {action.dest} has no help text"


def test_every_command_runs_a_function_that_exists() -> None:
    for command in COMMANDS:
        assert callable(command.runner()), command.runs


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """What `open` would show, without a window."""
    paths: list[Path | None] = []

    def fake_open(args: argparse.Namespace) -> int:
        paths.append(args.path)
        return ExitStatus.OK

    monkeypatch.setattr(window, "run", fake_open)
    return paths


@pytest.mark.parametrize(
    "words",
    [[], [str(ROPED)], [str(ROPED / "kit.yaml")], ["gone.mediakit"], ["gone/kit.yaml"]],
)
def test_a_path_or_nothing_opens_the_window(words: list[str], opened: list[Path | None]) -> None:
    assert main(words) == ExitStatus.OK
    assert opened == [Path(words[0]) if words else None]


@pytest.mark.parametrize(
    ("word", "hint"),
    [
        ("frobnicate", ""),  # close to no command: no guess
        ("valdate", "; did you mean 'validate'?"),
        ("snapshop", "; did you mean 'snapshot'?"),
        ("kits/ropd", ""),  # a mistyped path: nothing by that name
    ],
)
def test_what_is_neither_a_command_nor_a_path_is_a_usage_error(
    word: str, hint: str, opened: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([word, "x"]) == ExitStatus.USAGE
    assert capsys.readouterr().err == f"mediakit: '{word}' is not a command or a kit path{hint}\n"
    assert opened == []


def test_the_exit_statuses() -> None:
    assert [(s.name, int(s)) for s in ExitStatus] == [
        ("OK", 0), ("PROBLEMS", 1), ("USAGE", 2), ("SOFTWARE", 70),
    ]  # fmt: skip
    assert interrupted(2) == 130 and interrupted(15) == 143


@pytest.mark.parametrize(
    "words", [["--help"], ["validate", "kits/roped"], ["info", "kits/roped"], ["schema"]]
)
def test_help_and_the_commands_without_a_window_never_load_qt(words: list[str]) -> None:
    code = (
        "import sys\n"
        "from mediakit.cli.main import main\n"
        f"status = main({words!r})\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(status, qt, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.stderr.splitlines()[-1] == "0 []"
