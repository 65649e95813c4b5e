"""The one theme: named colours, a type scale and spacing, and what is made of them.

``assets/mediakit.qss`` is a template whose ``${name}`` variables are the
names below; :func:`style_sheet` fills it once at start-up (``string.Template``,
nothing heavier), :func:`palette` gives the ``QPalette`` under it and
:func:`colour` gives painters (slides, the stills grid, the film poster) theirs.
Widgets set object names, never colours: a colour lives here, its use in the
template (after vimiv-qt's ``config/styles.py``). :data:`HIGH_CONTRAST` is a
second set of the same names; :func:`set_high_contrast` puts it in force
(``gui/contrast.py`` re-applies the style sheet and palette).
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
        "placeholder": "#8a847a",
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
        "tooltip": "#26241f",
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
        # Find in a kit: every match, and the one the reader is on (the selection's sand).
        "find_match": "#594a15",
        "find_match_text": "#f3eee4",
        "find_current": "#f0b35a",
        "find_current_text": "#131314",
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
        "lightbox_hint": "#7a756e",
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

# High contrast (View ▸ High contrast, or the platform's preference): the same
# names, near-white text on black, strong edges and focus; every text colour is
# at least 7:1 against the surface it sits on (tests/gui/test_contrast.py).
HIGH_CONTRAST: Mapping[str, str] = MappingProxyType(
    {
        **COLOURS,
        "ink": "#000000",
        "paper": "#ffffff",
        "muted": "#d4d4d4",
        "sand": "#ffc46b",
        "sand_light": "#ffd591",
        "sand_soft": "#ffd08a",
        "sand_pale": "#ffd591",
        "sand_deep": "#7a5200",
        "sand_shadow": "#3d2a00",
        "sand_dark": "#1f1600",
        "badge_text": "#ffd591",
        "bright": "#ffffff",
        "markdown_text": "#ffffff",
        "banner_details": "#f2f2f2",
        "tile_caption": "#f2f2f2",
        "logline": "#f2f2f2",
        "menu_text": "#ffffff",
        "section_item": "#ebebeb",
        "tile_meta": "#d4d4d4",
        "placeholder": "#c8c8c8",
        "disabled": "#c4c4c4",
        "screen": "#000000",
        "chrome": "#000000",
        "sections_bg": "#000000",
        "section_hover": "#1a1a1a",
        "card": "#0d0d0d",
        "base": "#000000",
        "section_selected": "#262626",
        "alternate_base": "#141414",
        "button": "#0d0d0d",
        "line": "#8c8c8c",
        "tooltip": "#000000",
        "menu_selected": "#333333",
        "menu_edge": "#bfbfbf",
        "button_hover": "#262626",
        "edge": "#bfbfbf",
        "tooltip_edge": "#ffffff",
        "button_hover_edge": "#ffffff",
        "tile_edge": "#d4d4d4",
        "problem": "#ffb08f",
        "error_bg": "#2b0000",
        "error_edge": "#ff7070",
        "warning_bg": "#241a00",
        "warning_edge": "#ffc46b",
        "warning_text": "#ffc46b",
        "verified_text": "#a8f0b4",
        "verified_edge": "#a8f0b4",
        "verified_bg": "#001a06",
        "damaged_text": "#ffb8b8",
        "damaged_edge": "#ff7070",
        "damaged_bg": "#1f0000",
        "find_match": "#4d4000",
        "find_match_text": "#ffffff",
        "find_current": "#ffc46b",
        "find_current_text": "#000000",
        "film_controls": "#000000",
        "film_controls_edge": "#bfbfbf",
        "film_label": "#ffffff",
        "film_hover": "#262626",
        "film_focus": "#333333",
        "film_combo_text": "#ffffff",
        "film_combo": "#0d0d0d",
        "film_edge": "#bfbfbf",
        "film_message": "#ffffff",
        "film_icon": "#ffffff",
        "lightbox_text": "#ffffff",
        "lightbox_caption": "#ffffff",
        "lightbox_meta": "#d4d4d4",
        "lightbox_hint": "#c8c8c8",
        "lightbox_alt": "#d4d4d4",
        "lightbox_close": "#ffffff",
        "presenter_bg": "#000000",
        "presenter_caption": "#d4d4d4",
        "help_bg": "#0d0d0d",
        "notes_bg": "#0d0d0d",
        "notes_text": "#ffffff",
        "slide_frame": "#0d0d0d",
        "slide_edge": "#bfbfbf",
    }
)

# The colours in force: COLOURS, or HIGH_CONTRAST after set_high_contrast(True).
_active: list[Mapping[str, str]] = [COLOURS]


def set_high_contrast(on: bool) -> bool:
    """Use the high-contrast colours (or the usual ones) from now on; True when
    that changed anything. Whoever calls it re-applies the style sheet and palette."""
    wanted = HIGH_CONTRAST if on else COLOURS
    if _active[0] is wanted:
        return False
    _active[0] = wanted
    clear = getattr(style_sheet, "cache_clear", None)
    if clear is not None:
        clear()
    return True


def high_contrast() -> bool:
    return _active[0] is HIGH_CONTRAST


def colours() -> Mapping[str, str]:
    """The named colours in force (usual or high contrast)."""
    return _active[0]


# The type scale, in pixels.
FONT_SIZES: Mapping[str, int] = MappingProxyType(
    {
        "caption": 12,
        "small": 13,
        "label": 13,  # the small labels that go with reading text: credit roles, spec names
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

# The sizes of the reading text (kit texts, quotes, credits, specs, article and
# contact names, and the labels and attributions beside them), scaled by the
# reader's text zoom; the rest of the window keeps its size.
READING_FONTS = frozenset({"reading", "quote", "name", "article", "label"})

# The text zoom's steps, in percent (Ctrl+plus / Ctrl+minus; Ctrl+0 is 100).
TEXT_ZOOM_STEPS = (80, 90, 100, 110, 120, 135, 150, 175, 200)
TEXT_ZOOM_DEFAULT = 100

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

# The families, for QFont; and as the style sheet names them, with a fallback.
SERIF_FAMILY = "DejaVu Serif"
SANS_FAMILY = "DejaVu Sans"
SERIF = f'"{SERIF_FAMILY}", serif'
MONO = '"DejaVu Sans Mono", monospace'


def colour(name: str, alpha: int = 255) -> QColor:
    """A named colour, for painters, with ``alpha`` (0–255) for a veil over a
    picture; a new QColor each time: callers may alter it."""
    result = QColor(_active[0][name])
    result.setAlpha(alpha)
    return result


def page_margins() -> QMargins:
    return QMargins(*PAGE_MARGINS)


def measure_width(font: QFont, chars: int = MEASURE_CHARS) -> int:
    """The width of ``chars`` characters of ordinary prose set in ``font``."""
    per_char = QFontMetricsF(font).horizontalAdvance(_MEASURE_SAMPLE) / len(_MEASURE_SAMPLE)
    return round(per_char * chars)


def text_zoom_step(percent: int, step: int) -> int:
    """The zoom ``step`` steps (+1 larger, -1 smaller) from ``percent``, within the steps."""
    if step == 0:
        return TEXT_ZOOM_DEFAULT
    if step > 0:
        return next((z for z in TEXT_ZOOM_STEPS if z > percent), TEXT_ZOOM_STEPS[-1])
    return next((z for z in reversed(TEXT_ZOOM_STEPS) if z < percent), TEXT_ZOOM_STEPS[0])


def clamp_text_zoom(percent: int) -> int:
    """A stored zoom brought within the steps' range (a hand-edited store may hold anything)."""
    return min(max(percent, TEXT_ZOOM_STEPS[0]), TEXT_ZOOM_STEPS[-1])


_text_zoom = TEXT_ZOOM_DEFAULT  # the zoom of the style sheet in force


def set_text_zoom(percent: int) -> bool:
    """Scale the reading text to ``percent`` from now on (:func:`style_sheet`,
    :func:`reading_px`); True when that changed anything. Whoever calls it
    re-applies the style sheet."""
    global _text_zoom
    if percent == _text_zoom:
        return False
    _text_zoom = percent
    style_sheet.cache_clear()
    return True


def text_zoom() -> int:
    return _text_zoom


def reading_px(name: str = "reading") -> int:
    """The pixel size of ``name`` at the zoom in force (for fonts made in code)."""
    return font_px(name, _text_zoom)


def font_px(name: str, zoom: int = TEXT_ZOOM_DEFAULT) -> int:
    """The pixel size of ``name`` of the type scale; reading sizes scaled by ``zoom`` percent."""
    size = FONT_SIZES[name]
    return round(size * zoom / 100) if name in READING_FONTS else size


def variables(zoom: int = TEXT_ZOOM_DEFAULT) -> dict[str, str]:
    """What the template may name: ``${sand}``, ``${font_small}``, ``${space_s}``,
    ``${serif}``, ``${assets}`` (the folder of the app's assets, for ``url()``);
    the reading sizes scaled by ``zoom`` percent."""
    names = dict(_active[0])
    names.update({f"font_{name}": f"{font_px(name, zoom)}px" for name in FONT_SIZES})
    names.update({f"space_{name}": f"{size}px" for name, size in SPACING.items()})
    names.update(serif=SERIF, mono=MONO, assets=asset_path("").as_posix().rstrip("/"))
    return names


def fill(template: str, zoom: int = TEXT_ZOOM_DEFAULT) -> str:
    """The template with its variables filled; an unknown name raises KeyError."""
    return Template(template).substitute(variables(zoom))


@cache
def style_sheet(zoom: int | None = None) -> str:
    """The application's style sheet: ``assets/mediakit.qss`` filled in, the
    reading text at ``zoom`` percent (default: the zoom in force, :func:`set_text_zoom`)."""
    return fill(
        asset_path("mediakit.qss").read_text(encoding="utf-8"),
        _text_zoom if zoom is None else zoom,
    )


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
        (roles.ToolTipBase, "tooltip"),
        (roles.ToolTipText, "paper"),
        (roles.Link, "sand_light"),
        (roles.PlaceholderText, "placeholder"),
    ):
        result.setColor(role, colour(name))
    return result
