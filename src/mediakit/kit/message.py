"""Messages as an id and parameters, translated by the front end that shows them.

The kit domain has no Qt, so it cannot translate; it says *which* message and
*with what*, and the command line (:mod:`mediakit.catalog`) or the window
(:mod:`mediakit.gui.translation`) renders it in the interface language. The
English text is the source text of Qt's translation files: ``pyside6-lupdate``
collects every ``QT_TRANSLATE_NOOP("problems", …)`` below ``mediakit.kit``.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Union

CONTEXT = "problems"  # the translation context of every kit message

Translate = Callable[[str, str], str]
Param = Union[str, int, "Message"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for translation in ``context``; translated when shown, not here."""
    return text


def fields(text: str) -> frozenset[str]:
    """The ``{named}`` fields of a template (ValueError when it does not parse)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


@dataclass(frozen=True)
class Template:
    """One message of ours: a stable kebab-case id and its English text."""

    id: str
    text: str
    names: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", fields(self.text))

    def __call__(self, **params: Param) -> Message:
        if params.keys() != self.names:
            raise TypeError(f"{self.id} takes {sorted(self.names)}, got {sorted(params)}")
        return Message(self, params)


# Text that is not ours (PyYAML's parser message, an OS error, a path): never translated.
VERBATIM = Template("verbatim", "{text}")


@dataclass(frozen=True)
class Message:
    """A template and its parameters; nested messages are rendered in the same language."""

    template: Template
    params: Mapping[str, Param] = field(default_factory=dict)

    @staticmethod
    def verbatim(text: str) -> Message:
        return VERBATIM(text=text)

    def render(self, translate: Translate | None = None) -> str:
        values = {name: _value(value, translate) for name, value in self.params.items()}
        english = self.template.text
        if translate is None or self.template is VERBATIM:
            return english.format(**values)
        try:
            return translate(CONTEXT, english).format(**values)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError):
            return english.format(**values)  # a translator's typo must never crash a front end

    def __str__(self) -> str:
        return self.render()

    def __hash__(self) -> int:  # problems are kept in sets: hash the parameters' items
        return hash((self.template, tuple(sorted(self.params.items()))))


def _value(value: Param, translate: Translate | None) -> str | int:
    if isinstance(value, Message):
        return value.render(translate)
    return value  # an int formats as its field asks: {count} plainly, {count:,} grouped
