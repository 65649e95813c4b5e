"""``mediakit install-desktop [--uninstall]``: the desktop entry, the
application/x-mediakit type and the icons, for the current user."""

from __future__ import annotations

import argparse
import shutil

from mediakit.cli.exitstatus import ExitStatus
from mediakit.cli.output import fail, safe


def run(args: argparse.Namespace) -> int:
    return install_desktop(uninstall=args.uninstall)


def install_desktop(*, uninstall: bool) -> int:
    from mediakit import desktop

    notes: list[str] = []
    try:
        if uninstall:
            files, verb = desktop.uninstall_desktop(report=notes.append), "removed"
        else:
            launcher = desktop.find_launcher()
            files = desktop.install_desktop(exec_path=launcher, report=notes.append)
            verb = "installed"
            if launcher is None and shutil.which("mediakit") is None:
                notes.append(
                    "note: mediakit is not on PATH; the desktop will not list it until it is"
                )
    except desktop.DesktopInstallError as error:
        fail(str(error))
        return ExitStatus.PROBLEMS
    for path in files:
        print(f"{verb} {safe(str(path))}")
    if not files:
        print(f"nothing to remove under {safe(str(desktop.default_data_home()))}")
    for note in notes:
        print(safe(note))
    return ExitStatus.OK
