"""The light colours of paper and of the web page's light scheme are readable."""

from __future__ import annotations

import re

from mediakit.colours import PAPER
from tests.gui.test_contrast import ratio


def test_paper_colours_are_hex() -> None:
    assert all(re.fullmatch(r"#[0-9a-f]{6}", value) for value in PAPER.values())


def test_paper_text_keeps_aa_contrast_on_every_surface() -> None:
    low = [
        f"{text} on {under}: {ratio(PAPER[text], PAPER[under]):.2f}"
        for text in ("ink", "muted", "accent")
        for under in ("paper", "card", "accent_soft")
        if ratio(PAPER[text], PAPER[under]) < 4.5
    ]
    assert low == []
