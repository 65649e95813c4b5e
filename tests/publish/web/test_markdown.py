"""Kit markdown on the web follows the window's rules."""

from __future__ import annotations

from mediakit.linkschemes import is_safe_url
from mediakit.publish.web.markdown import render


def test_raw_html_is_text() -> None:
    html = render("a <script>x</script> <b>b</b>")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html


def test_images_are_their_alt_text_only() -> None:
    html = render("![a *still*](http://evil/x.png) ![](file:///etc/passwd)")
    assert "<img" not in html and "src=" not in html and "evil" not in html
    assert "a still" in html  # the alt text, its emphasis as plain words
    assert "![](file:///etc/passwd)" in html  # not a safe address: not even an image, words


def test_only_safe_links_are_links() -> None:
    html = render(
        "[a](https://a.org) [b](mailto:b@c.d) [c](javascript:x) [d](vbscript:x) "
        "[e](file:///x) [f](other.html) <https://g.org> [h](java\tscript:x)"
    )
    assert html.count("<a ") == 3
    assert 'href="https://a.org" rel="noopener noreferrer"' in html
    for bad in ("javascript:", "vbscript:", "file:", "other.html"):
        assert f'href="{bad}' not in html


def test_tables_and_strikethrough_as_the_window() -> None:
    html = render("|a|b|\n|-|-|\n|1|2|\n\n~~gone~~")
    assert "<table>" in html and "<s>gone</s>" in html


def test_headings_follow_the_page() -> None:
    html = render("# One\n\n### Three\n\n# Again", first_heading=3)
    assert "<h1" not in html
    assert html.index("<h3>One</h3>") < html.index("<h4>Three</h4>") < html.index("<h3>Again")
    assert "<h6>" in render("# a\n## b\n### c\n#### d", first_heading=5)
    assert "<h7" not in render("# a\n## b\n### c\n#### d", first_heading=5)


def test_safe_urls() -> None:
    assert is_safe_url("https://x.org/a?b") and is_safe_url("MAILTO:a@b.c")
    for bad in ("javascript:alert(1)", "https://", "mailto:", "ht tp://x", "//x.org", "", "x"):
        assert not is_safe_url(bad), bad
