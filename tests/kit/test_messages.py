"""The kit's messages are ids with parameters: every template is well formed, a
message renders in English by default and in the translator's language when
given one, and a translator's typo falls back to English instead of failing."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from mediakit.kit import load
from mediakit.kit.message import VERBATIM, Message, Template
from mediakit.kit.problems import all_templates, manifest, reading, stored, words
from mediakit.media import credentials_words

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def every_template() -> list[Template]:
    """The kit's templates and the media's words about Content Credentials."""
    return [*all_templates(), *credentials_words.templates()]


def test_every_template_id_is_unique_and_kebab_case() -> None:
    ids = [template.id for template in every_template()]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not KEBAB.fullmatch(i)] == []
    assert VERBATIM.id not in ids  # not ours: never offered for translation


@pytest.mark.parametrize("template", every_template(), ids=lambda t: t.id)
def test_every_template_parses(template: Template) -> None:
    parsed = list(string.Formatter().parse(template.text))
    assert all(name is None or name.isidentifier() for _, name, _, _ in parsed)


def test_calling_a_template_checks_its_parameters() -> None:
    assert str(manifest.UNKNOWN_KEY(key="titel")) == (
        "unknown key 'titel' (keys starting with x- are allowed for your own data)"
    )
    with pytest.raises(TypeError):
        manifest.UNKNOWN_KEY()
    with pytest.raises(TypeError):
        manifest.UNKNOWN_KEY(key="a", extra="b")


def test_nested_messages_and_numbers_render_in_one_language() -> None:
    message = manifest.EXPECTED_LIST(what=words.NAMES(), got=words.A_NUMBER(text="5"))
    french = {"expected a list of {what}, got {got}": "liste de {what} ; {got}", "names": "noms"}
    assert message.render() == "expected a list of names, got the number 5"
    assert message.render(lambda _, text: french.get(text, text)) == "liste de noms ; the number 5"
    assert str(reading.YAML_LIST_LIMIT(count=10_000)) == (
        "a list holds more than 10,000 items (the list limit)"
    )
    assert str(reading.YAML_GIVEN_TWICE(line=1234)) == "given twice (first at line 1234)"


@pytest.mark.parametrize("broken", ["{key", "{nom}", "{key!z}", "{0}"])
def test_a_broken_translation_falls_back_to_english(broken: str) -> None:
    message = manifest.UNKNOWN_KEY_CLOSE(key="titel", close="title")
    assert message.render(lambda _, __: broken) == ("unknown key 'titel'; did you mean 'title'?")


def test_verbatim_text_is_never_translated() -> None:
    message = Message.verbatim("{not a field}")
    assert message.render(lambda _, __: "traduit") == "{not a field}"


def test_a_problem_renders_in_the_translators_language(tmp_path: Path) -> None:
    (tmp_path / "kit.yaml").write_text("mediakit: 1\nid: a\ntitle: A\ntitel: x\n")
    (problem,) = load(tmp_path).problems
    assert problem.id == "unknown-key-close"
    assert problem.text() == "unknown key 'titel'; did you mean 'title'?"
    assert problem.format("kit/") == (
        "kit/kit.yaml:4:1: titel: unknown key 'titel'; did you mean 'title'?"
    )
    marked = problem.format("kit/", translate=lambda _, text: "» " + text)
    assert marked == "kit/kit.yaml:4:1: titel: » unknown key 'titel'; did you mean 'title'?"


def test_a_stored_message_reads_back_the_same() -> None:
    message = reading.PATH_NOT_REGULAR(path="a\nb.jpg", kind=words.KIND_FIFO())
    assert stored.load(stored.dump(message)) == message
    refused: list[object] = [
        {"id": "no-such-id", "params": {}},
        {"id": "unknown-key", "params": {}},  # its {key} is missing
        [],
    ]
    for bad in refused:
        with pytest.raises(ValueError):
            stored.load(bad)
