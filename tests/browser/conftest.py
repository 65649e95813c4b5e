"""The web press page in a real browser: Debian's Chromium driven by Playwright
(no browser download), the page served from disk (``file://``) and from a
local HTTP server. Skipped, saying why, where Chromium is not installed
(``scripts/setup.sh --tests`` installs it)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# These machines have no network: without these Chromium floods refused connections.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SIZES = {"phone": (375, 812), "desktop": (1440, 900)}
PAGES = ("index.html", "index.en.html")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"needs Chromium at {CHROMIUM} (apt install chromium)")
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def roped_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mediakit.kit import load
    from mediakit.publish.web import export_site
    from tests.conftest import ROPED

    kit = load(ROPED).kit
    assert kit is not None
    return export_site(kit, tmp_path_factory.mktemp("web") / "roped").folder


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def served(roped_site: Path) -> Iterator[str]:
    """The site's origin on a local HTTP server, as a static host would serve it."""
    handler = functools.partial(_Quiet, directory=str(roped_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def needs_java() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        shutil.which("java") is None, reason="the Nu HTML checker needs Java (default-jre-headless)"
    )
