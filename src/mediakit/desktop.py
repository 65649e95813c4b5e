"""Register mediakit with the desktop for the current user (no Qt).

``install_desktop`` copies the desktop entry, the shared-mime-info
declaration of ``application/x-mediakit`` and the icons under
``$XDG_DATA_HOME`` (``~/.local/share`` by default), then refreshes the two
caches desktops read: the MIME database and ``mimeinfo.cache``. The files
come from ``packaging/`` in a source checkout, or from the package
``mediakit.packaging`` in an installed wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from importlib import resources, util
from pathlib import Path

APP_ID = "org.mediakit.MediaKit"
MIME_TYPE = "application/x-mediakit"

# Source file name -> where it goes, relative to the data home.
_PACKAGING_FILES = {
    f"{APP_ID}.desktop": Path("applications") / f"{APP_ID}.desktop",
    f"{APP_ID}.xml": Path("mime") / "packages" / f"{APP_ID}.xml",
}
_ICON = "mediakit.svg"
_ICON_TARGETS = (
    Path("icons/hicolor/scalable/apps") / f"{APP_ID}.svg",
    Path("icons/hicolor/scalable/mimetypes") / (MIME_TYPE.replace("/", "-") + ".svg"),
)
TOOL_TIMEOUT = 60.0  # seconds; both tools take well under one on a normal home

Report = Callable[[str], None]


class DesktopInstallError(Exception):
    """A file could not be found, copied or removed; the message names it."""


def default_data_home() -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path (as the spec asks), else ``~/.local/share``."""
    value = Path(os.environ.get("XDG_DATA_HOME", ""))
    return value if value.is_absolute() else Path.home() / ".local" / "share"


def packaging_dir() -> Path:
    """The folder holding the .desktop and MIME files, installed or in a checkout."""
    # In a wheel, packaging/ is the data-only (namespace) package mediakit.packaging:
    # its spec's search locations are plain folders, where files() would give a
    # MultiplexedPath that str() cannot turn back into a path.
    try:
        spec = util.find_spec("mediakit.packaging")
    except ModuleNotFoundError:
        spec = None
    folders = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    checkout = Path(__file__).resolve().parents[2] / "packaging"
    for folder in [*folders, checkout]:
        if (folder / f"{APP_ID}.desktop").is_file():
            return folder
    raise DesktopInstallError(
        f"cannot find {APP_ID}.desktop: neither the package mediakit.packaging "
        f"nor {checkout} holds it (is mediakit installed completely?)"
    )


def icon_path() -> Path:
    return Path(str(resources.files("mediakit.assets").joinpath(_ICON)))


def planned_files(data_home: Path) -> list[tuple[Path, Path]]:
    """(source, destination) for every file ``install_desktop`` writes."""
    source_dir = packaging_dir()
    pairs = [(source_dir / name, data_home / target) for name, target in _PACKAGING_FILES.items()]
    pairs += [(icon_path(), data_home / target) for target in _ICON_TARGETS]
    return pairs


def find_launcher() -> Path | None:
    """The running ``mediakit`` script when ``mediakit`` is not on PATH (a virtualenv), else None.

    GLib lists a desktop entry only if its Exec program is found, so an
    entry saying ``Exec=mediakit`` is invisible when PATH lacks it.
    """
    if shutil.which("mediakit") is not None:
        return None
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "mediakit" and os.access(script, os.X_OK):
        return script.resolve()
    return None


def exec_line(program: Path) -> str:
    """``Exec=`` value running ``program`` on one file, quoted as the Desktop Entry spec says."""
    text = str(program)
    if any(char in text for char in "\n\r\t"):
        raise DesktopInstallError(f"{text!r}: a control character cannot go in a desktop entry")
    text = text.replace("%", "%%")  # a lone % would start a field code
    if any(char in text for char in " \"'\\><~|&;$*?#()`="):
        # Inside double quotes, escape " ` $ \ with a backslash; the string value
        # then escapes every backslash once more.
        for char in '\\"`$':
            text = text.replace(char, "\\" + char)
        text = f'"{text}"'.replace("\\", "\\\\")
    return f"{text} %f"


def install_desktop(
    data_home: Path | None = None, *, exec_path: Path | None = None, report: Report | None = None
) -> list[Path]:
    """Copy the files under ``data_home`` and refresh the caches; return the files written.

    ``exec_path``, if given, replaces ``mediakit`` in the entry's Exec line
    (see ``find_launcher``). Running it again overwrites the same files. A
    missing or failing cache tool is not an error (the files are in place;
    the desktop picks them up at its next scan) but is described through
    ``report``, one line each.
    """
    home = (data_home or default_data_home()).absolute()
    written: list[Path] = []
    for source, target in planned_files(home):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if exec_path is not None and target.suffix == ".desktop":
                text = source.read_text(encoding="utf-8")
                lines = [
                    f"Exec={exec_line(exec_path)}" if line.startswith("Exec=") else line
                    for line in text.splitlines()
                ]
                target.write_text("\n".join(lines) + "\n", encoding="utf-8")
            else:
                # copyfile, not copy2: the source may be read-only in a system install.
                shutil.copyfile(source, target)
        except OSError as error:
            raise DesktopInstallError(
                f"{target}: cannot install {source.name}: {error.strerror or error}"
            ) from None
        written.append(target)
    if exec_path is not None and "%" in str(exec_path):
        # Spec-correct as %%, but GLib 2.74 looks for the program before
        # expanding %%, so it does not find it and hides the entry.
        (report or _ignore)(f"note: {exec_path} holds a %, which GLib desktops mishandle")
    _refresh_caches(home, report or _ignore)
    return written


def uninstall_desktop(data_home: Path | None = None, *, report: Report | None = None) -> list[Path]:
    """Remove what ``install_desktop`` wrote; return the files that were there."""
    home = (data_home or default_data_home()).absolute()
    targets = [home / target for target in (*_PACKAGING_FILES.values(), *_ICON_TARGETS)]
    removed: list[Path] = []
    for target in targets:
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DesktopInstallError(
                f"{target}: cannot remove: {error.strerror or error}"
            ) from None
        removed.append(target)
    if removed:
        _refresh_caches(home, report or _ignore)
    return removed


def _refresh_caches(home: Path, report: Report) -> None:
    if (home / "mime" / "packages").is_dir():
        report(_run_tool("update-mime-database", home / "mime"))
    if (home / "applications").is_dir():
        report(_run_tool("update-desktop-database", home / "applications"))


def _run_tool(tool: str, folder: Path) -> str:
    """Run ``tool folder``; describe the outcome in one line."""
    executable = shutil.which(tool)
    if executable is None:
        return f"{tool}: not installed, {folder} not refreshed (the desktop may need a re-login)"
    try:
        run = subprocess.run(
            [executable, str(folder)],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=TOOL_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"{tool}: gave no answer within {TOOL_TIMEOUT:.0f} s, {folder} may be stale"
    except OSError as error:
        return f"{tool}: could not run: {error.strerror or error}"
    if run.returncode != 0:
        first = (run.stderr or run.stdout).strip().splitlines()
        why = first[0] if first else f"exit status {run.returncode}"
        return f"{tool}: failed on {folder}: {why}"
    return f"{tool}: refreshed {folder}"


def _ignore(_line: str) -> None:
    pass
