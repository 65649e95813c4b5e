"""Opening a page of the site in Chromium and recording what it did: every
request, every console message, every error."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Visit:
    page: Any
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def visit(browser: Any, url: str, size: tuple[int, int], **options: Any) -> Visit:
    """``url`` open in a fresh context of ``size`` (W, H), loaded, every image in view once."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, **options)
    page = context.new_page()
    seen = Visit(page)

    def console(message: Any) -> None:
        if message.type == "error":
            seen.console_errors.append(message.text)

    def failed(request: Any) -> None:
        # A video's metadata request, aborted once it has what it needs, is no failure.
        if not (request.failure or "").endswith("ERR_ABORTED"):
            seen.failed.append(request.url)

    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("console", console)
    page.on("pageerror", lambda error: seen.console_errors.append(str(error)))
    page.on("requestfailed", failed)
    page.goto(url, wait_until="load")
    if options.get("java_script_enabled") is False:
        return seen  # evaluate() would wait for a script that never runs
    # Lazy images load as they come into view: scroll through the page once.
    page.evaluate(
        """async () => {
            for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
                scrollTo({top: y, behavior: "instant"});
                await new Promise(r => setTimeout(r, 30));
            }
            await Promise.all([...document.images].map(i => i.decode().catch(() => null)));
            scrollTo({top: 0, behavior: "instant"});
        }"""
    )
    return seen


def wait_until(page: Any, expression: str, timeout_s: float = 15.0) -> Any:
    """Poll ``expression`` until it is truthy; its value. Not ``wait_for_function``:
    that evaluates a string inside the page, which the page's CSP (no
    'unsafe-eval') rightly refuses; ``evaluate`` goes through DevTools."""
    import time

    deadline = time.monotonic() + timeout_s
    while True:
        value = page.evaluate(expression)
        if value or time.monotonic() > deadline:
            assert value, f"never true: {expression}"
            return value
        page.wait_for_timeout(100)


def axe_violations(page: Any) -> list[tuple[str, str, list[Any]]]:
    """axe-core's violations on ``page``: (rule, impact, first targets).

    Injected through the DevTools protocol (``evaluate``), which the page's
    Content-Security-Policy does not govern: the policy stays as shipped. Its
    ``preload`` is off: axe would fetch style.css itself to read the CSSOM, which
    the policy refuses (connect-src falls back to 'none') with a console error.
    """
    from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

    results = Axe().run(page, options={"resultTypes": ["violations"], "preload": False})
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
    ]
