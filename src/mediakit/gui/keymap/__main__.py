"""``python -m mediakit.gui.keymap --markdown``: the README's tables of keys;
``--check [FILE]``: what the window would say of a key file (the user's by default)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from mediakit.gui.keymap.docs import markdown
from mediakit.gui.keymap.keyfile import default_path, read_key_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mediakit.gui.keymap")
    task = parser.add_mutually_exclusive_group(required=True)
    task.add_argument("--markdown", action="store_true", help="print the README's tables")
    task.add_argument("--check", nargs="?", const="", metavar="FILE", help="check a key file")
    args = parser.parse_args(argv)
    if args.markdown:
        print(markdown())
        return 0
    QCoreApplication.setOrganizationName("mediakit")  # where the window looks for keys.ini
    QCoreApplication.setApplicationName("mediakit")
    path = Path(args.check) if args.check else default_path()
    _keymap, problems = read_key_file(path)
    for problem in problems:
        print(problem.format(), file=sys.stderr)
    print(f"{path}: {len(problems)} line(s) left out" if problems else f"{path}: fine")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
