"""``mediakit edit PATH``: the editor's window on the kit at PATH."""

from __future__ import annotations

import argparse

from mediakit.cli.kits import need_screen, reach


def run(args: argparse.Namespace) -> int:
    reach(args.path)
    need_screen()
    from mediakit.gui.editor.app import run_editor

    return run_editor(args.path)
