"""How a quote says it is a translation — "translated from French" — in the
language it is shown in, without Qt: the window's quotes page, the press sheet
and the web press page all say it with these words (one translation serves
the three).

One whole sentence a language, so that each translates as it reads ("traduit
du français", "traduit de l’anglais"); any other language is named by the
caller (the window asks QLocale, the publishing side has its own table).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from mediakit.catalog import QT_TRANSLATE_NOOP, translate_in
from mediakit.languages import primary

CONTEXT = "Quotes"
TRANSLATED_FROM: Mapping[str, str] = MappingProxyType(
    {
        "ar": QT_TRANSLATE_NOOP("Quotes", "translated from Arabic"),
        "de": QT_TRANSLATE_NOOP("Quotes", "translated from German"),
        "en": QT_TRANSLATE_NOOP("Quotes", "translated from English"),
        "es": QT_TRANSLATE_NOOP("Quotes", "translated from Spanish"),
        "fr": QT_TRANSLATE_NOOP("Quotes", "translated from French"),
        "it": QT_TRANSLATE_NOOP("Quotes", "translated from Italian"),
        "ja": QT_TRANSLATE_NOOP("Quotes", "translated from Japanese"),
        "ko": QT_TRANSLATE_NOOP("Quotes", "translated from Korean"),
        "nl": QT_TRANSLATE_NOOP("Quotes", "translated from Dutch"),
        "pl": QT_TRANSLATE_NOOP("Quotes", "translated from Polish"),
        "pt": QT_TRANSLATE_NOOP("Quotes", "translated from Portuguese"),
        "ru": QT_TRANSLATE_NOOP("Quotes", "translated from Russian"),
        "zh": QT_TRANSLATE_NOOP("Quotes", "translated from Chinese"),
    }
)
TRANSLATED_FROM_OTHER = QT_TRANSLATE_NOOP("Quotes", "translated from the original ({language})")

# (language, context, source) -> source translated into language.
Translate = Callable[[str, str, str], str]


def translated_from(
    said: str,
    shown: str,
    name: Callable[[str], str] = str,
    translate: Translate = translate_in,
) -> str:
    """ "translated from French" (``said``) in ``shown``; a language without a
    sentence of its own is named by ``name`` (its code by default)."""
    sentence = TRANSLATED_FROM.get(primary(said))
    if sentence is not None:
        return translate(shown, CONTEXT, sentence)
    return translate(shown, CONTEXT, TRANSLATED_FROM_OTHER).format(language=name(said))
