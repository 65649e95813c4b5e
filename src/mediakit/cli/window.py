"""``mediakit [open] [PATH]``: the window, on the kit at PATH or the start page."""

from __future__ import annotations

import argparse

from mediakit.cli.kits import need_screen


def run(args: argparse.Namespace) -> int:
    need_screen()
    from mediakit.gui.app import run as run_window

    return run_window(args.path)
