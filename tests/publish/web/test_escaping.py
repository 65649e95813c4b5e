"""A kit from a stranger cannot put markup, script or a remote load into the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediakit.publish.web import export_site
from tests.publish.web.helpers import hostile_kit, read_tags

ALLOWED_SCHEMES = ("https://", "http://", "mailto:", "tel:", "#", "data:text/vtt;")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("hostile")
    kit = hostile_kit(root / "kit")
    site = export_site(kit, root / "site")
    return {name: (site.folder / name).read_text("utf-8") for name in site.pages}


def test_no_kit_text_becomes_an_element_or_a_handler(pages: dict[str, str]) -> None:
    for html in pages.values():
        tags = read_tags(html)
        names = {tag for tag, _ in tags.tags}
        assert not names & {"iframe", "svg", "b", "object", "embed", "form", "base"}
        for tag, attrs in tags.tags:
            assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        scripts = [attrs for tag, attrs in tags.tags if tag == "script"]
        assert scripts == [{"type": "application/ld+json"}, {"src": "page.js", "defer": None}]
        # The words are there, as words.
        assert "<script>alert(1)</script>" in "".join(tags.texts)
        assert '"><img src=x onerror=alert(2)>' in "".join(tags.texts)


def test_links_and_sources_are_local_or_safe(pages: dict[str, str]) -> None:
    for html in pages.values():
        for tag, attrs in read_tags(html).tags:
            for name in ("href", "src", "poster", "srcset"):
                value = attrs.get(name)
                if value is None:
                    continue
                lowered = value.lower()
                assert "javascript" not in lowered and "evil" not in lowered, (tag, value)
                if "://" in value or ":" in value.split("/")[0]:
                    assert lowered.startswith(ALLOWED_SCHEMES), (tag, value)
                    if tag in ("img", "video", "source", "track", "link", "script"):
                        assert not lowered.startswith(("http", "//")), (tag, value)
        assert 'href="https://example.org/?a=1&amp;b=%3C2%3E"' in html


def test_markdown_images_are_alt_text_and_bad_links_words(pages: dict[str, str]) -> None:
    html = pages["index.html"]
    assert "http://evil/x.png" not in html
    assert "[a](javascript:alert(4))" in html  # left as the words written
    assert "data:text/html" not in html.replace("[c](data:text/html,x)", "")


def test_json_ld_holds_the_text_and_cannot_close_its_element(pages: dict[str, str]) -> None:
    for html in pages.values():
        body = read_tags(html).scripts[0]
        assert "</script" not in body.lower()
        data = json.loads(body)
        assert data["name"] == "<script>alert(1)</script>"
        assert data["@type"] == "Movie"


def test_subtitles_keep_plain_styling_only(tmp_path: Path) -> None:
    site = export_site(hostile_kit(tmp_path / "kit"), tmp_path / "site")
    vtt = (site.folder / "media/subtitles/f.en.vtt").read_text("utf-8")
    assert vtt.startswith("WEBVTT\n")
    assert "alert(12) --&gt; <i>fine</i>" in vtt
    assert "<script>" not in vtt and vtt.count("-->") == 1


def test_quote_citation_is_one_escaped_attribute(pages: dict[str, str]) -> None:
    figures = [a for t, a in read_tags(pages["index.html"]).tags if t == "figure"]
    assert figures[0]["data-citation"] == (
        '“</script><script>alert(6)</script>” — Q" onmouseover="alert(7) (javascript:alert(10))'
    )
    assert "javascript:alert(10)" not in [
        a.get("href") for _, a in read_tags(pages["index.html"]).tags
    ]
