"""The one theme: named colours, a type scale and spacing, and what is made of them.

``assets/mediakit.qss`` is a template whose ``${name}`` variables are the
names below; :func:`style_sheet` fills it once at start-up (``string.Template``,
nothing heavier), :func:`palette` gives the ``QPalette`` under it and
:func:`colour` gives painters (slides, the stills grid, the film poster) theirs.
Widgets set object names, never colours: a colour lives here, its use in the
template (after vimiv-qt's ``config/styles.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from string import Template
from types import MappingProxyType

from PySide6.QtCore import QMargins
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from mediakit.gui.assets import asset_path

COLOURS: Mapping[str, str] = MappingProxyType(
    {
        # The four of the look: ink, paper, muted and the sand accent.
        "ink": "#131314",
        "paper": "#e9e4da",
        "muted": "#9c968c",
        "sand": "#d9a05b",
        "sand_light": "#e6b273",
        "sand_soft": "#c9a877",
        "sand_pale": "#e0b27a",
        "sand_deep": "#6b4c26",
        "sand_shadow": "#3a2c1c",
        "sand_dark": "#2b2116",
        "badge_text": "#f0c68a",
        "black": "#000000",
        "white": "#ffffff",
        # Text shades, brightest first.
        "bright": "#f3eee4",
        "markdown_text": "#e2ddd3",
        "banner_details": "#e0d4c4",
        "tile_caption": "#d6d0c6",
        "logline": "#cfc9be",
        "menu_text": "#c9c3b8",
        "section_item": "#b9b3a8",
        "tile_meta": "#8a847a",
        "placeholder": "#7a756c",
        "disabled": "#6a655d",
        # Surfaces, darkest first, and their edges.
        "screen": "#0b0b0d",
        "chrome": "#0d0d0e",
        "sections_bg": "#0f0f10",
        "section_hover": "#191816",
        "card": "#1a1917",
        "base": "#1b1b1d",
        "section_selected": "#1d1b18",
        "alternate_base": "#201f1d",
        "button": "#24221f",
        "line": "#26241f",
        "menu_selected": "#2a2825",
        "menu_edge": "#2c2c2e",
        "button_hover": "#2e2b27",
        "edge": "#3a3630",
        "tooltip_edge": "#4a443a",
        "button_hover_edge": "#5a5246",
        "tile_edge": "#5a554f",
        # States: problems, warnings, verified, damaged.
        "problem": "#d08a6a",
        "error_bg": "#3a1c1c",
        "error_edge": "#6b2c2c",
        "warning_bg": "#33291a",
        "warning_edge": "#6b5226",
        "warning_text": "#ffb35c",
        "verified_text": "#9fd3a8",
        "verified_edge": "#2f5a3a",
        "verified_bg": "#16241a",
        "damaged_text": "#f0a0a0",
        "damaged_edge": "#7a2c2c",
        "damaged_bg": "#2a1414",
        # The film pane: cooler greys around the picture.
        "film_controls": "#18181c",
        "film_controls_edge": "#2a2a30",
        "film_label": "#d8d8de",
        "film_hover": "#2c2c34",
        "film_focus": "#34343e",
        "film_combo_text": "#e8e8ee",
        "film_combo": "#24242a",
        "film_edge": "#3a3a44",
        "film_message": "#f2f2f5",
        "film_icon": "#ececf1",
        # The lightbox, on black.
        "lightbox_text": "#d8d2ca",
        "lightbox_caption": "#f2eee8",
        "lightbox_meta": "#8c857d",
        "lightbox_hint": "#5f5a53",
        "lightbox_alt": "#a39c92",
        "lightbox_close": "#b0a8a0",
        # The presenter view and the slides.
        "presenter_bg": "#101012",
        "presenter_caption": "#8d877c",
        "help_bg": "#16161a",
        "notes_bg": "#18181b",
        "notes_text": "#f2efe8",
        "slide_frame": "#1c1c20",
        "slide_edge": "#4a4a55",
    }
)

# The type scale, in pixels.
FONT_SIZES: Mapping[str, int] = MappingProxyType(
    {
        "caption": 12,
        "small": 13,
        "body": 14,
        "control": 15,
        "reading": 16,
        "name": 17,
        "quote": 18,
        "article": 20,
        "notes": 22,
        "heading": 24,
        "close": 26,
        "clock": 30,
        "title": 34,
        "display": 44,
    }
)

# Spacing steps, in pixels.
SPACING: Mapping[str, int] = MappingProxyType(
    {"xxs": 2, "xs": 4, "s": 8, "m": 12, "l": 16, "xl": 18, "xxl": 22}
)

# A page's margins (left, top, right, bottom): one left edge for every page's
# heading, meta lines and body, 40 px in from the section list.
PAGE_MARGINS = (40, 28, 40, 40)

# The reading measure: body text wraps at about this many characters a line
# (typographers' 45–75; longer lines tire the eye, shorter ones hop).
MEASURE_CHARS = 70

# What :func:`measure_width` averages over: ordinary prose, spaces included.
_MEASURE_SAMPLE = "the quick brown fox jumps over the lazy dog, and then it rests"

SERIF = '"DejaVu Serif", serif'
MONO = '"DejaVu Sans Mono", monospace'


def colour(name: str, alpha: int = 255) -> QColor:
    """A named colour, for painters, with ``alpha`` (0–255) for a veil over a
    picture; a new QColor each time: callers may alter it."""
    result = QColor(COLOURS[name])
    result.setAlpha(alpha)
    return result


def page_margins() -> QMargins:
    return QMargins(*PAGE_MARGINS)


def measure_width(font: QFont, chars: int = MEASURE_CHARS) -> int:
    """The width of ``chars`` characters of ordinary prose set in ``font``."""
    per_char = QFontMetricsF(font).horizontalAdvance(_MEASURE_SAMPLE) / len(_MEASURE_SAMPLE)
    return round(per_char * chars)


def variables() -> dict[str, str]:
    """What the template may name: ``${sand}``, ``${font_small}``, ``${space_s}``,
    ``${serif}``, ``${assets}`` (the folder of the app's assets, for ``url()``)."""
    names = dict(COLOURS)
    names.update({f"font_{name}": f"{size}px" for name, size in FONT_SIZES.items()})
    names.update({f"space_{name}": f"{size}px" for name, size in SPACING.items()})
    names.update(serif=SERIF, mono=MONO, assets=asset_path("").as_posix().rstrip("/"))
    return names


def fill(template: str) -> str:
    """The template with its variables filled; an unknown name raises KeyError."""
    return Template(template).substitute(variables())


@cache
def style_sheet() -> str:
    """The application's style sheet: ``assets/mediakit.qss`` filled in."""
    return fill(asset_path("mediakit.qss").read_text(encoding="utf-8"))


def palette() -> QPalette:
    """The palette under the style sheet: what it does not name (sliders, focus,
    selections in plain widgets) still matches the dark, sand-accented look."""
    result = QPalette()
    roles = QPalette.ColorRole
    for role, name in (
        (roles.Window, "ink"),
        (roles.WindowText, "paper"),
        (roles.Base, "base"),
        (roles.AlternateBase, "alternate_base"),
        (roles.Text, "paper"),
        (roles.Button, "button"),
        (roles.ButtonText, "paper"),
        (roles.Highlight, "sand"),
        (roles.HighlightedText, "ink"),
        (roles.ToolTipBase, "line"),
        (roles.ToolTipText, "paper"),
        (roles.Link, "sand_light"),
        (roles.PlaceholderText, "placeholder"),
    ):
        result.setColor(role, colour(name))
    return result
