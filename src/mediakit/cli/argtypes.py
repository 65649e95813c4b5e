"""The values options take, checked by argparse: a wrong one is a usage error
with a message saying what was expected."""

from __future__ import annotations

import argparse

from mediakit.catalog import translate

# The window's sections, kept here without importing the GUI so that `--help`
# stays fast (tests/cli checks them against mediakit.gui.sections).
SECTION_NAMES = (
    "film", "synopsis", "statement", "ai", "credits", "people", "awards",
    "quotes", "articles", "stills", "specs", "contacts", "links",
)  # fmt: skip


def size(text: str) -> tuple[int, int]:
    """``1280x800`` as (1280, 800); each side from 100 to 10,000."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "expected a size like 1280x800, got {text}").format(text=repr(text))
        ) from None
    if not (100 <= width <= 10000 and 100 <= height <= 10000):
        raise argparse.ArgumentTypeError(
            translate("cli", "width and height must be between 100 and 10000")
        )
    return width, height


def seconds(text: str) -> float:
    """A timeout from 0.5 to 600 seconds."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "expected a number of seconds, got {text}").format(text=repr(text))
        ) from None
    if not 0.5 <= value <= 600:
        raise argparse.ArgumentTypeError(
            translate("cli", "the timeout must be between 0.5 and 600 seconds")
        )
    return value


def positive(text: str) -> int:
    """A count from 1: a slide, a screen."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "expected a number from 1, got {text}").format(text=repr(text))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("cli", "expected a number from 1, got {text}").format(text=value)
        )
    return value
