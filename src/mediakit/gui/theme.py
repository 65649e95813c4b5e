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

# Re-exported: painters and tests read the colours here.
from mediakit.colours import COLOURS as COLOURS
from mediakit.colours import HIGH_CONTRAST as HIGH_CONTRAST
from mediakit.gui.assets import asset_path

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
