"""The shared-mime-info declaration of application/x-mediakit, checked by the real tools.

What GLib does, measured here: a name that matches exactly one glob decides
the type without reading the file, so a kit archive renamed ``.zip`` is
``application/zip``; with no extension (or an unknown one) GLib sniffs the
content, and our magic (priority 70, above ZIP's 60) names it a media kit.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mediakit.desktop import APP_ID, MIME_TYPE
from tests.conftest import REPO
from tests.packaging.xdg import (
    KIT_FIRST,
    KIT_NOT_FIRST,
    PLAIN,
    content_type,
    needs,
    run,
    xdg_env,
    zip_bytes,
)

MIME_XML = REPO / "packaging" / f"{APP_ID}.xml"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
SYSTEM_TYPES = Path("/usr/share/mime/packages/freedesktop.org.xml")


def declared() -> ET.Element:
    node = ET.parse(MIME_XML).getroot().find("m:mime-type", NS)
    assert node is not None
    return node


@needs("xmllint", "libxml2-utils")
def test_mime_xml_is_well_formed() -> None:
    out = run(["xmllint", "--noout", str(MIME_XML)])
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""


def find_schema() -> Path | None:
    names = ("shared-mime-info.xsd", "shared-mime-info.rng")
    for found in sorted(Path("/usr/share").rglob("shared-mime-info.*")):
        if found.name in names:
            return found
    return None


@needs("xmllint", "libxml2-utils")
def test_mime_xml_follows_the_freedesktop_schema() -> None:
    schema = find_schema()
    if schema is None:
        pytest.skip(
            "no shared-mime-info.xsd/.rng under /usr/share (Debian's shared-mime-info ships "
            "none); update-mime-database's own parser checks the file in the test below"
        )
    flag = "--schema" if schema.suffix == ".xsd" else "--relaxng"
    out = run(["xmllint", "--noout", flag, str(schema), str(MIME_XML)])
    assert out.returncode == 0, out.stderr


def test_declaration_reads_a_packed_kit_by_its_first_entry() -> None:
    node = declared()
    assert node.get("type") == MIME_TYPE
    assert node.find("m:comment", NS) is not None
    icon = node.find("m:icon", NS)
    assert icon is not None and icon.get("name") == MIME_TYPE.replace("/", "-")
    parent = node.find("m:sub-class-of", NS)
    assert parent is not None and parent.get("type") == "application/zip"
    glob = node.find("m:glob", NS)
    assert glob is not None and glob.get("pattern") == "*.mediakit"
    assert int(glob.get("weight", "50")) > 50  # above the default weight of every other glob
    # The magic, applied by hand to what zipfile writes: the local header is 30
    # bytes, so the first entry's name starts at offset 30.
    outer = node.find("m:magic/m:match", NS)
    assert outer is not None and outer.get("offset") == "0"
    inner = outer.find("m:match", NS)
    assert inner is not None and inner.get("value") is not None
    value = inner.get("value", "").encode()
    offset = int(inner.get("offset", "-1"))
    data = zip_bytes(*KIT_FIRST)
    assert data[:4] == b"PK\x03\x04" and outer.get("value") == "PK\\003\\004"
    assert data[offset : offset + len(value)] == b"kit.yaml"
    assert zip_bytes(*KIT_NOT_FIRST)[offset : offset + len(value)] != b"kit.yaml"


@pytest.mark.skipif(not SYSTEM_TYPES.is_file(), reason=f"{SYSTEM_TYPES} is not installed")
def test_magic_outranks_plain_zip() -> None:
    ours = declared().find("m:magic", NS)
    assert ours is not None
    system = ET.parse(SYSTEM_TYPES).getroot()
    zip_type = system.find("m:mime-type[@type='application/zip']", NS)
    assert zip_type is not None
    zip_magic = zip_type.find("m:magic", NS)
    assert zip_magic is not None
    assert int(ours.get("priority", "50")) > int(zip_magic.get("priority", "50"))


@pytest.fixture
def data_home(tmp_path: Path) -> Path:
    """A user data folder holding our compiled MIME database."""
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database is not installed (apt install shared-mime-info)")
    home = tmp_path / "data"
    (home / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(MIME_XML, home / "mime" / "packages" / MIME_XML.name)
    out = run(["update-mime-database", str(home / "mime")], xdg_env(home, tmp_path))
    # It exits 0 even on a bad <match>: its complaints on stderr are the failure.
    assert out.returncode == 0 and out.stderr == "", out.stderr
    return home


def test_database_compiles_our_glob_and_magic(data_home: Path) -> None:
    globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"60:{MIME_TYPE}:*.mediakit" in globs
    assert MIME_TYPE.encode() in (data_home / "mime" / "magic").read_bytes()
    subclasses = (data_home / "mime" / "subclasses").read_text(encoding="utf-8")
    assert f"{MIME_TYPE} application/zip" in subclasses.splitlines()


CASES = [
    # (file name, entries, what GLib says)
    ("roped.mediakit", KIT_FIRST, MIME_TYPE),  # glob
    ("roped", KIT_FIRST, MIME_TYPE),  # no glob: content sniffed, our magic wins
    ("roped.download", KIT_FIRST, MIME_TYPE),  # unknown extension: sniffed too
    ("roped.zip", KIT_FIRST, "application/zip"),  # a lone glob match is trusted unread
    ("late", KIT_NOT_FIRST, "application/zip"),  # kit.yaml not first: only a ZIP
    ("plain.bin", PLAIN, "application/zip"),
]


@needs("gio", "libglib2.0-bin")
@pytest.mark.parametrize(("name", "entries", "expected"), CASES)
def test_gio_recognises_a_packed_kit(
    data_home: Path, tmp_path: Path, name: str, entries: tuple[str, ...], expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(zip_bytes(*entries))
    assert content_type(path, data_home, tmp_path) == expected


@needs("gio", "libglib2.0-bin")
def test_without_our_database_a_packed_kit_is_only_a_zip(tmp_path: Path) -> None:
    # The control for the sniffing cases above: the content match is ours.
    path = tmp_path / "roped"
    path.write_bytes(zip_bytes(*KIT_FIRST))
    (tmp_path / "empty").mkdir()
    assert content_type(path, tmp_path / "empty", tmp_path) == "application/zip"
