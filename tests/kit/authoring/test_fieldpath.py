"""Field paths are read as problems print them, and written back the same."""

from __future__ import annotations

import pytest

from mediakit.kit.authoring.fieldpath import FieldPathError, format_path, parse_path


@pytest.mark.parametrize(
    ("path", "steps"),
    [
        ("title", ("title",)),
        ("logline.en", ("logline", "en")),
        ("credits[2].names[0]", ("credits", 2, "names", 0)),
        ("quotes[1].text.fr", ("quotes", 1, "text", "fr")),
        ("x-agency.note", ("x-agency", "note")),
        ("specs[0][1]", ("specs", 0, 1)),
        ("logline.pt-BR", ("logline", "pt-BR")),
    ],
)
def test_a_path_reads_into_steps_and_back(path: str, steps: tuple[str | int, ...]) -> None:
    assert parse_path(path) == steps
    assert format_path(steps) == path


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("", "the field path is empty"),
        (".title", "a key is missing at character 1"),
        ("title.", "a key is missing at character 7"),
        ("a..b", "a key is missing at character 3"),
        ("[0]", "a key is missing at character 1"),
        ("credits[", "expected a list index like [0] at character 8, got ''"),
        ("credits[x]", "expected a list index like [0] at character 8, got 'x'"),
        ("credits[-1]", "expected a list index like [0] at character 8, got '-1'"),
        ("credits[٣]", "expected a list index like [0] at character 8, got '٣'"),
        ("credits]", "unexpected ']' at character 8"),
        ("credits[0]names", "unexpected 'n' at character 11"),
    ],
)
def test_a_bad_path_says_what_is_wrong_and_where(path: str, said: str) -> None:
    with pytest.raises(FieldPathError) as bad:
        parse_path(path)
    assert str(bad.value.message) == said
    assert str(bad.value) == f"{path!r}: {said}"
