"""The AppStream metadata, checked offline by appstreamcli and against the desktop entry."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from mediakit import __version__
from mediakit.desktop import APP_ID, MIME_TYPE
from tests.conftest import REPO
from tests.packaging.xdg import needs, run

METAINFO = REPO / "packaging" / f"{APP_ID}.metainfo.xml"


@needs("appstreamcli", "appstream")
def test_metainfo_validates() -> None:
    out = run(["appstreamcli", "validate", "--no-net", str(METAINFO)])
    assert out.returncode == 0, out.stdout + out.stderr
    # Errors, warnings and infos all fail; only pedantic hints (P:) may remain,
    # here the capitals of the reverse-DNS id that the .desktop file shares.
    flagged = [line for line in out.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert flagged == [], out.stdout


def test_metainfo_names_the_desktop_entry_and_the_kit_type() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == f"{APP_ID}.desktop"
    assert (REPO / "packaging" / launchable.text).is_file()
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "mediakit"
    assert root.find("content_rating") is not None
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__
