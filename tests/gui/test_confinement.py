"""A kit's text never loads anything: no remote resource, no file: URL, no
path outside the kit, no HTML that runs or fetches. Checked from outside the
program — a listener on 127.0.0.1 counts connections, and the kernel
(inotify) reports any open of the files planted outside the kit."""

from __future__ import annotations

import ctypes
import os
import socket
import struct
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from mediakit.gui.external import is_safe_link, open_link
from mediakit.gui.markdown import MarkdownView
from mediakit.gui.sections import SECTIONS
from mediakit.gui.window import MainWindow
from mediakit.media.player import Player
from tests.gui.conftest import open_and_wait
from tests.media.test_player_fakes import libvlc_reason

IN_ACCESS, IN_OPEN = 0x1, 0x20


class Listener:
    """A TCP server on 127.0.0.1 that only counts who knocks."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.server.close()


class FileWatch:
    """Kernel reports of any open or read of the files in a folder (Linux inotify)."""

    def __init__(self, folder: Path) -> None:
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK)
        if (
            self.fd < 0
            or self.libc.inotify_add_watch(self.fd, str(folder).encode(), IN_OPEN | IN_ACCESS) < 0
        ):
            raise OSError(ctypes.get_errno(), "inotify")

    def events(self) -> list[tuple[int, str]]:
        """(mask, name) of every open or read since the last call."""
        found: list[tuple[int, str]] = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return found
            offset = 0
            while offset + 16 <= len(data):  # struct inotify_event: wd, mask, cookie, len, name
                _wd, mask, _cookie, size = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16 : offset + 16 + size].rstrip(b"\0").decode()
                found.append((mask, name))
                offset += 16 + size

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def attacks(port: int, outside: Path) -> str:
    remote = f"http://127.0.0.1:{port}"
    return "\n\n".join(
        [
            f"![remote image]({remote}/remote.png)",
            f"![local file](file://{outside}/secret.png)",
            "![relative escape](../outside/secret.png)",
            f'<img src="{remote}/html.png">',
            f'<iframe src="{remote}/frame"></iframe>',
            f'<link rel="stylesheet" href="{remote}/style.css">',
            f"<style>@import url({remote}/import.css);</style>",
            f"<script>fetch('{remote}/script')</script>",
            f"[a link]({remote}/link) and <{remote}/autolink>",
            f'<a href="file://{outside}/secret.txt">file link</a>',
            f"<video src='{remote}/video.mp4' autoplay></video>",
        ]
    )


def hostile_kit(root: Path, port: int) -> Path:
    outside = root / "outside"
    outside.mkdir()
    Image.new("RGB", (40, 30), "red").save(outside / "secret.png")
    (outside / "secret.txt").write_text("secret")
    kit = root / "kit"
    (kit / "stills").mkdir(parents=True)
    Image.new("RGB", (64, 48), "blue").save(kit / "stills" / "a.png")
    payload = attacks(port, outside)
    (kit / "long.md").write_text(payload)
    quoted = payload.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    text = f'"{quoted}"'
    (kit / "kit.yaml").write_text(
        f"""mediakit: 1
id: hostile
title: {text}
kind: {text}
logline: {text}
synopsis: {text}
statement: {{file: long.md}}
ai_disclosure: {text}
credits: [{{role: {text}, names: [{text}]}}]
quotes: [{{text: {text}, by: {text}, source: {text}}}]
articles: [{{title: {text}, publication: {text}, body: {{file: long.md}}}}]
stills: [{{file: stills/a.png, caption: {text}, alt: {text}, credit: {text}}}]
specs: [{{label: {text}, value: {text}}}]
contacts: [{{name: {text}, role: {text}, email: {text}}}]
links: [{{label: {text}, url: "http://127.0.0.1:{port}/listed"}}]
""",
        encoding="utf-8",
    )
    return kit


@pytest.mark.skipif(sys.platform != "linux", reason="inotify is Linux's")
def test_no_text_field_loads_anything(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, listener: Listener
) -> None:
    kit = hostile_kit(tmp_path, listener.port)
    watch = FileWatch(tmp_path / "outside")
    try:
        open_and_wait(qtbot, window, kit)
        for section in SECTIONS:  # every page rendered and shown
            if section.name in window.visible_sections():
                window.show_section(section.name)
                qtbot.wait(50)
        window.stills_page.open_lightbox(0)
        qtbot.wait(1000)  # time for any fetch to be attempted
        assert listener.connections == 0
        assert watch.events() == []
        # The payload is shown as text, not interpreted.
        assert "<script>" in window.header.title.text()
    finally:
        watch.close()


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def caught() -> Iterator[UrlCatcher]:
    """Qt's own URL-handler hook, so no browser starts during the tests."""
    catcher = UrlCatcher()
    schemes = ("http", "https", "mailto", "file", "javascript", "data", "ftp")
    for scheme in schemes:
        # PySide 6.11 takes the method name as str at run time, though its stub says bytes.
        QDesktopServices.setUrlHandler(scheme, catcher, "catch")  # type: ignore[arg-type]
    yield catcher
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def test_links_open_only_on_click_and_only_safe_schemes(qtbot: QtBot, caught: UrlCatcher) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.set_markdown("[a](http://example.org/a) [b](file:///etc/passwd)")
    assert caught.urls == []  # showing a link opens nothing
    for url in (
        "http://example.org/a",
        "https://example.org/b",
        "mailto:press@example.org",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,hi",
        "ftp://example.org/x",
    ):
        view.anchorClicked.emit(QUrl(url))
    assert caught.urls == [
        "http://example.org/a",
        "https://example.org/b",
        "mailto:press@example.org",
    ]
    assert not is_safe_link("JavaScript:alert(1)") and open_link("file:///etc/passwd") is False


@pytest.mark.expected_errors  # the message route logs the error it shows
def test_hidden_characters_in_file_names_are_shown_escaped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    evil = tmp_path / ("kit\u202egpj." + "x" * 200) / ("y" * 200 + "\x1b[2J")
    evil.parent.mkdir()
    evil.mkdir()
    (evil / "kit.yaml").write_text(
        "mediakit: 1\nid: x\ntitle: T\nstills: [{file: 'a\u202e.jpg'}]\n"
    )
    with qtbot.waitSignal(window.kit_failed, timeout=10_000):
        window.open_kit(evil)
    text = window.banner.summary.text() + window.banner.details.text()
    assert "\u202e" not in text and "\x1b" not in text
    assert "\\u202e" in text and "…" in window.banner.summary.text()


@pytest.mark.vlc
@pytest.mark.skipif(libvlc_reason() is not None, reason=libvlc_reason() or "")
@pytest.mark.parametrize("manifest", ["hls", "dash", "m3u"])
def test_a_film_that_is_a_playlist_never_connects(
    qtbot: QtBot, tmp_path: Path, listener: Listener, manifest: str
) -> None:
    remote = f"http://127.0.0.1:{listener.port}"
    film = tmp_path / "film.mp4"
    film.write_text(
        {
            "hls": "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n"
            f"#EXTINF:10,\n{remote}/seg0.ts\n#EXT-X-ENDLIST\n",
            "dash": '<?xml version="1.0"?><MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" '
            'mediaPresentationDuration="PT10S"><Period><AdaptationSet mimeType="video/mp4">'
            f'<Representation id="1" bandwidth="1000"><BaseURL>{remote}/v.mp4</BaseURL>'
            "</Representation></AdaptationSet></Period></MPD>",
            "m3u": f"#EXTM3U\n{remote}/film.mp4\n",
        }[manifest]
    )
    player = Player(extra_args=("--aout=dummy",))
    try:
        assert player.load(film)
        player.play()
        qtbot.waitUntil(lambda: str(player.state) in ("error", "ended", "stopped"), timeout=10_000)
        qtbot.wait(1000)
        assert listener.connections == 0
    finally:
        player.release()
