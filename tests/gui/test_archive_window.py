"""Archives in the window: opened like folders, with the integrity badge;
a tampered one is refused, then opens read-only only when the reader asks."""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mediakit.gui.window import MainWindow
from mediakit.kit.archive.pack import pack
from tests.archive.helpers import build
from tests.conftest import ROPED
from tests.gui.conftest import open_and_wait


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pack(ROPED, tmp_path_factory.mktemp("packed") / "roped.mediakit").output


def flip_inside(archive: Path, entry: str, out: Path) -> Path:
    """A copy of ``archive`` with one byte of ``entry``'s stored data changed."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(entry)
    data = bytearray(archive.read_bytes())
    name_len, extra_len = (
        int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little"),
        int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little"),
    )
    start = info.header_offset + 30 + name_len + extra_len
    data[start + info.compress_size // 2] ^= 0xFF
    out.write_bytes(bytes(data))
    return out


def test_archive_opens_with_the_verified_badge(
    qtbot: QtBot, window: MainWindow, packed: Path
) -> None:
    open_and_wait(qtbot, window, packed)
    assert window.header.title.text() == "ROPED"
    badge = window.header.integrity
    assert badge.isVisible()
    assert badge.text().startswith("Verified — ")
    assert "files, SHA-256 checked" in badge.text()
    digest = hashlib.sha256(packed.read_bytes()).hexdigest()
    # The archive's hash on hover and copied; the badge's text leaves hashes to the
    # signature badge (the kit's content hash, which signing does not change).
    assert digest[:12] not in badge.text() and digest in badge.toolTip()
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == digest
    assert window.kit_path == packed  # recent kits and the title name the archive


def test_folder_says_not_packed(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, ROPED)
    assert window.header.integrity.text() == "Folder — not packed"


@pytest.mark.expected_errors  # the message route logs the error it shows
def test_tampered_archive_opens_read_only_only_when_asked(
    qtbot: QtBot, window: MainWindow, packed: Path, tmp_path: Path
) -> None:
    tampered = flip_inside(packed, "stills/03-dragged.jpg", tmp_path / "tampered.mediakit")
    with qtbot.waitSignal(window.kit_failed, timeout=20_000):
        window.open_kit(tampered)
    assert window.kit is None
    assert "stills/03-dragged.jpg" in window.banner.details.text()
    action = window.banner.action
    assert action.isVisible() and action.text() == "Open anyway, read-only"
    with qtbot.waitSignal(window.kit_opened, timeout=20_000):
        qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    badge = window.header.integrity
    assert badge.text().startswith("Damaged — 1 file changed since packing")
    assert "stills/03-dragged.jpg" in badge.toolTip()
    assert "stills/03-dragged.jpg" in window.banner.details.text()  # every failed file named


@pytest.mark.expected_errors  # the message route logs the error it shows
def test_unsafe_archive_offers_no_way_in(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    evil = zipfile.ZipInfo("../escaped.txt")
    archive = build(tmp_path / "evil.mediakit", extra=[evil])
    with qtbot.waitSignal(window.kit_failed, timeout=20_000):
        window.open_kit(archive)
    assert not window.banner.action.isVisible()
    assert "../escaped.txt" in window.banner.details.text()
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_damaged_still_is_marked_in_the_gallery(
    qtbot: QtBot, window: MainWindow, packed: Path, tmp_path: Path
) -> None:
    tampered = flip_inside(packed, "stills/03-dragged.jpg", tmp_path / "tampered.mediakit")
    with qtbot.waitSignal(window.kit_opened, timeout=20_000):
        window.open_kit(tampered, allow_damaged=True)
    window.show_section("stills")
    captions = [tile.caption for tile in window.stills_page.model.tiles]
    marked = [c for c in captions if c.startswith("⚠ Changed since packing")]
    assert len(marked) == 1 and captions.index(marked[0]) == 2  # the third still, and only it


def test_cancel_keeps_the_kit_on_screen_and_leaves_no_half_extraction(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    big = tmp_path / "big"
    (big / "stills").mkdir(parents=True)
    (big / "kit.yaml").write_text(
        "mediakit: 1\nid: big\ntitle: Big\nstills:\n  - file: stills/a.jpg\n    alt: noise\n"
    )
    # Random bytes behind a JPEG signature: stored, and slow enough to cancel mid-way.
    (big / "stills" / "a.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(200_000_000))
    archive = pack(big, tmp_path / "big.mediakit").output
    open_and_wait(qtbot, window, ROPED)
    with qtbot.waitSignal(window.opener.progress, timeout=20_000):
        window.open_kit(archive)
    window.cancel_open()
    assert window.opener.opening is None and not window.progress.isVisible()
    with qtbot.assertNotEmitted(window.kit_opened, wait=1500):
        pass
    assert window.kit is not None and window.kit.id == "roped"
    window.opener.wait(20_000)
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "mediakit" / "archives"
    half_done = [p.name for p in cache.iterdir() if p.name.startswith("tmp-")]
    big_kits = [p for p in cache.glob("*/kit.yaml") if "id: big" in p.read_text()]
    assert half_done == [] and big_kits == []
    # A cancellation is what the reader asked for: not logged as a failure.
    assert [r.getMessage() for r in caplog.records if r.exc_info or "fail" in r.getMessage()] == []


def test_the_kit_on_screen_survives_cache_clean_up_until_closed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Another window's clean-up removed the kit this one showed ("No such file")."""
    from mediakit.kit.archive.cache import clean_cache

    archive = pack(ROPED, tmp_path / "roped.mediakit").output
    open_and_wait(qtbot, window, archive)
    shown = window.kit.root if window.kit is not None else None
    assert shown is not None and shown.is_dir()
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "mediakit" / "archives"
    # As another process over its size limit would (other tests' entries may go).
    assert shown.parent.name not in clean_cache(cache, max_bytes=0)
    assert (shown / "kit.yaml").is_file()
    window.close_kit()
    assert shown.parent.name in clean_cache(cache, max_bytes=0)
    assert not shown.exists()


def test_an_unusable_cache_says_so_and_the_kit_opens_anyway(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = pack(ROPED, tmp_path / "roped.mediakit").output
    (tmp_path / "not-a-folder").write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "not-a-folder"))
    open_and_wait(qtbot, window, archive)
    assert window.kit is not None and window.kit.id == "roped"
    assert window.banner.isVisible()
    assert window.banner.summary.text() == f"{archive} opened from a temporary folder"
    assert "cannot be used (Not a directory): unpacked into a temporary folder instead" in (
        window.banner.details.text()
    )
