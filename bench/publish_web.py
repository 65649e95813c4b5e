"""The web press page of ROPED: time to export it, its weight, and how it loads
in headless Chromium (Debian's, driven by Playwright).

- export: wall time of :func:`mediakit.publish.web.export_site` (median of
  ``--runs``), the film copied and the thumbnails made each time;
- weight: the HTML of each page, the CSS, the script, the thumbnails — what
  the page is made of apart from the original media (film, poster, stills,
  subtitles, archive) — and what a reader's browser actually fetches of it at
  each size, served over HTTP (the Resource Timing API's body sizes);
- first contentful paint and cumulative layout shift, from the Performance API
  (``first-contentful-paint``, a buffered ``layout-shift`` observer), at
  375×812 and 1440×900, served over local HTTP, cold (a new context each time).

``--shots DIR`` also saves each page at both sizes in both colour schemes
(phone pages in full); ``--docs`` writes docs/screenshot-web-phone.png and
docs/screenshot-web-desktop.png. Prints figures; asserts nothing.

    .venv/bin/python bench/publish_web.py [--runs 3] [--shots /tmp/web-shots] [--docs]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from mediakit.kit import load
from mediakit.publish.web import SiteReport, export_site
from mediakit.units import human_size

REPO = Path(__file__).resolve().parent.parent
ROPED = REPO / "kits" / "roped"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SIZES = {"phone": (375, 812), "desktop": (1440, 900)}

SCROLL_THROUGH = """async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo({top: y, behavior: "instant"});
        await new Promise(r => setTimeout(r, 30));
    }
    await Promise.all([...document.images].map(i => i.decode().catch(() => null)));
    scrollTo({top: 0, behavior: "instant"});
}"""
MEASURE = """async () => {
    let cls = 0;
    new PerformanceObserver(list => {
        for (const e of list.getEntries()) { if (!e.hadRecentInput) cls += e.value; }
    }).observe({type: "layout-shift", buffered: true});
    let lcp = null;
    new PerformanceObserver(list => {
        const all = list.getEntries(); lcp = all[all.length - 1].startTime;
    }).observe({type: "largest-contentful-paint", buffered: true});
    await new Promise(r => setTimeout(r, 1500));
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    const nav = performance.getEntriesByType("navigation")[0];
    const fetched = performance.getEntriesByType("resource")
        .filter(e => !/\\/media\\//.test(e.name))
        .reduce((sum, e) => sum + e.encodedBodySize, nav.encodedBodySize);
    return {fcp: fcp ? fcp.startTime : null, lcp, cls, fetched,
            load: nav.loadEventEnd - nav.startTime};
}"""


def export_times(runs: int, out: Path) -> tuple[list[float], SiteReport]:
    kit = load(ROPED).kit
    assert kit is not None
    times, report = [], None
    for n in range(runs):
        start = time.perf_counter()
        report = export_site(kit, out / f"run{n}")
        times.append(time.perf_counter() - start)
    assert report is not None
    return times, report


def weight(report: SiteReport) -> dict[str, int]:
    folder = report.folder
    sizes = {name: (folder / name).stat().st_size for name in report.files}
    return {
        "html": sum(v for k, v in sizes.items() if k.endswith(".html")),
        "css": sizes["style.css"],
        "js": sizes["page.js"],
        "icon": sizes["favicon.svg"],
        "thumbnails": sum(v for k, v in sizes.items() if k.startswith("thumbs/")),
    }


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def browse(folder: Path, shots: Path | None, docs: bool) -> None:
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for size, (width, height) in SIZES.items():
                for page_name in ("index.html", "index.en.html"):
                    context = browser.new_context(viewport={"width": width, "height": height})
                    page = context.new_page()
                    page.goto(f"{origin}/{page_name}", wait_until="load")
                    got = page.evaluate(MEASURE)
                    print(
                        f"  {size:7} {page_name:14} FCP {got['fcp']:6.0f} ms  LCP "
                        f"{got['lcp'] or 0:6.0f} ms  CLS {got['cls']:.3f}  load "
                        f"{got['load']:5.0f} ms  fetched (no media) {human_size(got['fetched'])}"
                    )
                    context.close()
            if shots is not None or docs:
                _screenshots(browser, origin, shots, docs)
            browser.close()
    finally:
        server.shutdown()


def _screenshots(browser: Any, origin: str, shots: Path | None, docs: bool) -> None:
    for scheme in ("dark", "light"):
        for size, (width, height) in SIZES.items():
            for page_name in ("index.html", "index.en.html"):
                context = browser.new_context(
                    viewport={"width": width, "height": height}, color_scheme=scheme
                )
                page = context.new_page()
                page.goto(f"{origin}/{page_name}", wait_until="load")
                page.evaluate(SCROLL_THROUGH)  # lazy stills load as they come into view
                page.wait_for_timeout(800)
                if shots is not None:
                    shots.mkdir(parents=True, exist_ok=True)
                    name = shots / f"{scheme}-{size}-{page_name.removesuffix('.html')}.png"
                    page.screenshot(path=str(name), full_page=size == "phone")
                    print(f"  screenshot {name}")
                if docs and scheme == "dark" and page_name == "index.en.html":
                    target = REPO / "docs" / f"screenshot-web-{size}.png"
                    # The phone: its first two screens; the desktop: one screen.
                    clip = {"x": 0, "y": 0, "width": width, "height": height * 2}
                    page.screenshot(path=str(target), full_page=size == "phone",
                                    clip=clip if size == "phone" else None)  # fmt: skip
                    print(f"  screenshot {target}")
                context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shots", type=Path, help="save screenshots into this folder")
    parser.add_argument("--docs", action="store_true", help="write docs/screenshot-web-*.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="publish-web-") as scratch:
        times, report = export_times(args.runs, Path(scratch))
        print(f"export ROPED to HTML ({len(report.pages)} pages, {len(report.files)} files, "
              f"{human_size(report.total_bytes)}):")  # fmt: skip
        print(f"  median {statistics.median(times) * 1000:.0f} ms, "
              f"runs {', '.join(f'{t * 1000:.0f}' for t in times)} ms")  # fmt: skip
        parts = weight(report)
        total = sum(parts.values())
        print(f"page weight without the original media: {human_size(total)}")
        for name, size in parts.items():
            print(f"  {name:10} {human_size(size)}")
        print("in headless Chromium, over local HTTP, cold:")
        browse(report.folder, args.shots, args.docs)


if __name__ == "__main__":
    main()
