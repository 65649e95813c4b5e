"""The stylesheet: the window's colours and type, and nothing fetched."""

from __future__ import annotations

import re

from mediakit.colours import COLOURS, PAPER
from mediakit.gui import theme
from mediakit.publish.web.css import FONT_SIZES, SANS, SERIF, stylesheet


def test_type_scale_is_the_windows() -> None:
    assert {name: theme.FONT_SIZES[name] for name in FONT_SIZES} == dict(FONT_SIZES)
    assert SERIF.startswith(f'"{theme.SERIF_FAMILY}"') and SANS.startswith(f'"{theme.SANS_FAMILY}"')


def test_every_colour_is_a_named_one() -> None:
    css = stylesheet()
    used = set(re.findall(r"#[0-9a-fA-F]{3,8}\b", css))
    assert used and used <= set(COLOURS.values()) | set(PAPER.values())
    assert COLOURS["ink"] in css and PAPER["paper"] in css


def test_dark_follows_the_system_and_nothing_is_fetched() -> None:
    css = stylesheet()
    assert "@media (prefers-color-scheme: dark)" in css
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    assert "$" not in css  # every template variable filled
