"""``install_desktop`` writes only under the data folder, refreshes the caches, and undoes."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from mediakit.desktop import (
    APP_ID,
    MIME_TYPE,
    exec_line,
    find_launcher,
    install_desktop,
    uninstall_desktop,
)
from tests.conftest import REPO
from tests.packaging.xdg import KIT_FIRST, content_type, needs, run, xdg_env, zip_bytes

EXPECTED = {
    f"applications/{APP_ID}.desktop",
    f"mime/packages/{APP_ID}.xml",
    f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    "icons/hicolor/scalable/mimetypes/application-x-mediakit.svg",
}
TOOLS = pytest.mark.skipif(
    shutil.which("update-mime-database") is None or shutil.which("update-desktop-database") is None,
    reason="needs update-mime-database (shared-mime-info) and desktop-file-utils",
)


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and XDG_DATA_HOME elsewhere than the data folder under test, to catch strays."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return tmp_path


def test_files_land_where_desktops_look(sandbox: Path) -> None:
    data = sandbox / "data"
    written = install_desktop(data)
    assert {path.relative_to(data).as_posix() for path in written} == EXPECTED
    packaging = REPO / "packaging"
    assert (data / f"mime/packages/{APP_ID}.xml").read_bytes() == (
        packaging / f"{APP_ID}.xml"
    ).read_bytes()
    assert (data / f"applications/{APP_ID}.desktop").read_bytes() == (
        packaging / f"{APP_ID}.desktop"
    ).read_bytes()
    icon = (REPO / "assets" / "mediakit.svg").read_bytes()
    assert (data / f"icons/hicolor/scalable/apps/{APP_ID}.svg").read_bytes() == icon


@TOOLS
def test_nothing_is_written_outside_the_data_folder(sandbox: Path) -> None:
    source_before = tree(REPO / "packaging")
    lines: list[str] = []
    install_desktop(sandbox / "data", report=lines.append)
    outside = [p for p in sandbox.rglob("*") if p.is_file() and "data" not in p.parts]
    assert outside == []
    assert tree(REPO / "packaging") == source_before  # the caches were not built in the source
    assert lines == [
        f"update-mime-database: refreshed {sandbox / 'data' / 'mime'}",
        f"update-desktop-database: refreshed {sandbox / 'data' / 'applications'}",
    ]


@TOOLS
def test_caches_name_the_type_and_its_application(sandbox: Path) -> None:
    data = sandbox / "data"
    install_desktop(data)
    assert f"60:{MIME_TYPE}:*.mediakit" in (data / "mime/globs2").read_text().splitlines()
    cache = (data / "applications/mimeinfo.cache").read_text().splitlines()
    assert f"{MIME_TYPE}={APP_ID}.desktop;" in cache


@TOOLS
def test_installing_twice_gives_the_same_tree(sandbox: Path) -> None:
    data = sandbox / "data"
    first = install_desktop(data)
    before = tree(data)
    assert install_desktop(data) == first
    assert tree(data) == before


@TOOLS
def test_uninstall_removes_the_files_and_the_type(sandbox: Path) -> None:
    data = sandbox / "data"
    written = install_desktop(data)
    assert sorted(uninstall_desktop(data)) == sorted(written)
    assert not any(path.exists() for path in written)
    assert MIME_TYPE not in (data / "mime/globs2").read_text()
    assert MIME_TYPE not in (data / "applications/mimeinfo.cache").read_text()
    assert uninstall_desktop(data) == []  # nothing left to remove is fine


def test_missing_tools_are_reported_not_fatal(
    sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(sandbox / "no-tools"))
    lines: list[str] = []
    written = install_desktop(sandbox / "data", report=lines.append)
    assert all(path.is_file() for path in written)
    assert len(lines) == 2
    assert lines[0].startswith("update-mime-database: not installed")
    assert lines[1].startswith("update-desktop-database: not installed")


def test_default_data_home_follows_xdg(sandbox: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(sandbox / "no-tools"))
    written = install_desktop()
    assert all(path.is_relative_to(sandbox / "xdg-data") for path in written)
    # A relative XDG_DATA_HOME is invalid per the spec and ignored.
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    written = install_desktop()
    assert all(path.is_relative_to(sandbox / "home/.local/share") for path in written)


@pytest.mark.parametrize(
    ("program", "expected"),
    [
        ("/usr/bin/mediakit", "/usr/bin/mediakit %f"),
        ("/opt/my kits/bin/mediakit", '"/opt/my kits/bin/mediakit" %f'),
        ("/opt/a$b/100%/mediakit", '"/opt/a\\\\$b/100%%/mediakit" %f'),
        ('/opt/"q"\\x/mediakit', '"/opt/\\\\"q\\\\"\\\\\\\\x/mediakit" %f'),
    ],
)
def test_exec_line_quotes_as_the_desktop_entry_spec_says(program: str, expected: str) -> None:
    assert exec_line(Path(program)) == expected


# Not "%": spec-correct as "%%", but GLib 2.74 looks for the program before
# expanding "%%" and hides the entry (install_desktop reports a note).
WEIRD_DIRS = ["venv bin", "we\"ird $dir\\x'`y"]


@TOOLS
@needs("gio", "libglib2.0-bin")
@pytest.mark.parametrize("folder", WEIRD_DIRS)
def test_glib_finds_mediakit_off_path_through_the_installed_entry(
    sandbox: Path, folder: str
) -> None:
    # GLib hides an entry whose Exec program is not found: with mediakit off
    # PATH, only a correctly quoted absolute Exec makes it the kit's handler.
    program = sandbox / folder / "mediakit"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data = sandbox / "data"
    install_desktop(data, exec_path=program)
    entry = data / "applications" / f"{APP_ID}.desktop"
    if shutil.which("desktop-file-validate"):
        out = run(["desktop-file-validate", str(entry)])
        assert out.returncode == 0 and out.stdout == "", out.stdout
    env = xdg_env(data, sandbox) | {"PATH": "/usr/bin:/bin"}
    out = run(["gio", "mime", MIME_TYPE], env)
    assert out.returncode == 0, out.stderr
    assert f"Registered applications:\n\t{APP_ID}.desktop" in out.stdout
    kit = sandbox / "roped.mediakit"
    kit.write_bytes(zip_bytes(*KIT_FIRST))
    assert content_type(kit, data, sandbox) == MIME_TYPE


def test_a_percent_in_the_launcher_path_is_reported(sandbox: Path) -> None:
    lines: list[str] = []
    program = sandbox / "100%" / "mediakit"
    install_desktop(sandbox / "data", exec_path=program, report=lines.append)
    assert lines[0] == f"note: {program} holds a %, which GLib desktops mishandle"
    entry = (sandbox / "data" / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={exec_line(program)}" in entry.splitlines()
    assert "/100%%/mediakit" in exec_line(program)


def test_find_launcher_only_when_mediakit_is_off_path(
    sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = sandbox / "venv" / "mediakit"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(script), "install-desktop"])
    monkeypatch.setenv("PATH", str(sandbox / "no-tools"))
    assert find_launcher() == script.resolve()
    monkeypatch.setenv("PATH", os.pathsep.join([str(script.parent), str(sandbox / "no-tools")]))
    assert find_launcher() is None
    monkeypatch.setattr(sys, "argv", ["-c"])
    monkeypatch.setenv("PATH", str(sandbox / "no-tools"))
    assert find_launcher() is None


def test_files_are_found_in_a_wheel_layout(sandbox: Path) -> None:
    # What the wheel holds with pyproject mapping packaging/ to mediakit.packaging
    # (a data-only package, no __init__.py), run apart from the source checkout.
    site = sandbox / "site" / "mediakit"
    (site / "packaging").mkdir(parents=True)
    (site / "assets").mkdir()
    for name in ("__init__.py", "desktop.py"):
        shutil.copyfile(REPO / "src" / "mediakit" / name, site / name)
    for name in ("__init__.py", "mediakit.svg"):
        shutil.copyfile(REPO / "assets" / name, site / "assets" / name)
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.xml"):
        shutil.copyfile(REPO / "packaging" / name, site / "packaging" / name)
    code = (
        "import sys; from pathlib import Path; from mediakit import desktop; "
        "print(desktop.packaging_dir()); print(desktop.icon_path()); "
        "print(len(desktop.install_desktop(Path(sys.argv[1]))))"
    )
    env = dict(os.environ, PYTHONPATH=str(sandbox / "site"), PATH=str(sandbox / "no-tools"))
    # -S: without site-packages, so the editable install of the checkout is out of reach.
    out = run([sys.executable, "-S", "-c", code, str(sandbox / "data")], env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        str(site / "packaging"),
        str(site / "assets" / "mediakit.svg"),
        "4",
    ]
    installed = sandbox / "data" / "applications" / f"{APP_ID}.desktop"
    assert installed.read_bytes() == (site / "packaging" / f"{APP_ID}.desktop").read_bytes()
