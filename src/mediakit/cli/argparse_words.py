"""argparse's own words — "usage: ", "options", "error: " … — in the interface
language, from the same catalogue as our messages (:mod:`mediakit.catalog`).

argparse says them through ``_`` and ``ngettext``, which it binds from
:mod:`gettext` at import and looks up in its module globals at every call.
Python's supported way in would be a gettext ``.mo`` catalogue bound to the
process-wide ``messages`` domain: a second compiled format beside the JSON
one, and every gettext user of the process would read it. Subclassing
ArgumentParser would not do either: most messages are built deep inside
``parse_known_args``. So :func:`speaking_the_interface_language` swaps those
two globals for lookups in our catalogue (context ``argparse``, keyed by
argparse's English text, which stays the answer for any text we do not list),
only while our parser is built and reads the command line, then puts
gettext's back. No Qt is loaded: the catalogue is a small JSON read once.

:data:`WORDS` lists the texts of Python 3.11's argparse that a command line
can bring out, marked for ``pyside6-lupdate``; tests/cli checks them against
the running argparse.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from mediakit.catalog import counted, translate

CONTEXT = "argparse"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for lupdate, as Qt's macro of this name does (lupdate
    finds the strings by this name); looked up when argparse says it."""
    return source


WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    # A heading: argparse adds its ":" itself, so French's ends in a no-break space.
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),  # ngettext: singular …
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),  # … and plural
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def gettext(message: str | None) -> str | None:
    """argparse's ``_``: ``message`` in the interface language, else as argparse wrote it
    (argparse also passes on what its caller gave, a subparsers' title or None)."""
    return None if message is None else translate(CONTEXT, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """argparse's ``ngettext``: singular or plural as the interface language counts
    (French: 0 and 1 are singular), translated; the ``%s`` is argparse's to fill."""

    def literal(text: str) -> str:  # counted() fills {count}: argparse's text has none
        return translate(CONTEXT, text).replace("{", "{{").replace("}", "}}")

    return counted(count, literal(singular), literal(plural))


@contextmanager
def speaking_the_interface_language() -> Iterator[None]:
    """argparse's words translated inside the block (build the parser in it:
    the group titles and ``--help``'s help are fixed when it is made)."""
    saved = {name: getattr(argparse, name) for name in ("_", "ngettext")}
    setattr(argparse, "_", gettext)  # noqa: B010 (a name mypy's argparse stub lacks)
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
    try:
        yield
    finally:
        for name, original in saved.items():
            setattr(argparse, name, original)
