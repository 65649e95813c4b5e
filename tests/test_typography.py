"""French no-break spaces in kit texts, as the window and the slides show them."""

from __future__ import annotations

import pytest

from mediakit.typography import credit_line, typeset


@pytest.mark.parametrize(
    ("text", "language", "shown"),
    [
        ("« Nous cherchons » : ici !", "fr", "«\u00a0Nous cherchons\u00a0»\u00a0: ici\u00a0!"),
        ("Pourquoi ? Parce que ; voilà", "fr-CA", "Pourquoi\u00a0? Parce que\u00a0; voilà"),
        ("Why ? Because : that", "en", "Why ? Because : that"),
        ("http://example.org/a:b", "fr", "http://example.org/a:b"),
        ("déjà\u00a0: fait", "fr", "déjà\u00a0: fait"),
    ],
)  # fmt: skip
def test_typeset(text: str, language: str, shown: str) -> None:
    assert typeset(text, language) == shown


@pytest.mark.parametrize(
    ("credit", "shown"),
    [
        ("Jane Doe", "\u00a9 Jane Doe"),
        ("\u00a9 Jane Doe", "\u00a9 Jane Doe"),
        ("\u00a92025 Jane Doe", "\u00a92025 Jane Doe"),
        (" \u00a9 Jane Doe", " \u00a9 Jane Doe"),
        ("Photo: Jane \u00a9", "\u00a9 Photo: Jane \u00a9"),
    ],
)
def test_a_credit_gets_one_copyright_sign(credit: str, shown: str) -> None:
    assert credit_line(credit) == shown


def test_tight_guillemets_get_their_no_break_spaces() -> None:
    # As QLocale.quoteString gives them: «mot».
    assert typeset("«mot»", "fr") == "«\u00a0mot\u00a0»"
    assert typeset("« mot »", "fr") == "«\u00a0mot\u00a0»"
    assert typeset("«\u202fmot\u202f»", "fr") == "«\u202fmot\u202f»"  # a narrow one is kept
    assert typeset("«mot»", "en") == "«mot»"
