"""The press sheet's design as numbers, in points (1/72 inch) and without Qt:
the type scale, the styles, the page's grid. :mod:`.render` turns them into
device units for whatever it draws on (a PDF, a printer).

The grid: 15 mm margins (inside what office printers can print), a header
across the page (kind · year · runtime, the title, the logline), then two
columns — the wider one reads (synopsis, quotes, AI use), the narrower one
looks up (the poster or first still, credits, specs, contacts) — and a foot
with the content hash, the date and "made with mediakit".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from mediakit.publish.sheet.paper import Paper

# The window's type scale in pixels (mediakit.gui.theme.FONT_SIZES, copied: the
# publishing side knows no gui), printed at 0.6 pt a pixel — the window's
# proportions, sized for paper at arm's length (16 px reading text: 9.6 pt).
WINDOW_PX: Mapping[str, int] = MappingProxyType(
    {"caption": 12, "label": 13, "body": 14, "reading": 16, "name": 17, "quote": 18,
     "heading": 24, "title": 34, "display": 44}
)  # fmt: skip
PT_PER_PX = 0.6

SERIF = "DejaVu Serif"  # mediakit.gui.theme.SERIF_FAMILY: installed with fonts-dejavu-core,
SANS = "DejaVu Sans"  # real TrueType files, so the PDF embeds them (never a Type 3 font)
MONO = "DejaVu Sans Mono"

PAGE_PT: Mapping[Paper, tuple[float, float]] = MappingProxyType(
    {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
)
MARGIN_PT = 42.52  # 15 mm
GUTTER_PT = 22.0
READING_SHARE = 0.6  # of the width between the margins, for the reading column
IMAGE_SHARE = 0.36  # at most this much of a column's height for the picture
PRINT_DPI = 300  # the picture is decoded for this, not at its full size


@dataclass(frozen=True)
class Style:
    family: str
    size: str  # a name of WINDOW_PX
    colour: str  # a name of mediakit.colours.PAPER
    bold: bool = False
    italic: bool = False
    caps: bool = False  # small labels: capitals, spaced out
    leading: float = 1.35  # line distance, times the size
    before: float = 0.0  # space above, in points
    after: float = 0.0  # space below, in points
    max_lines: int = 0  # 0: as many as it takes

    @property
    def points(self) -> float:
        return WINDOW_PX[self.size] * PT_PER_PX


META = Style(SANS, "label", "accent", caps=True, after=4)
TITLE = Style(SERIF, "display", "ink", bold=True, leading=1.12, max_lines=3, after=4)
LOGLINE = Style(SERIF, "quote", "ink", italic=True, leading=1.3, max_lines=5, after=2)
HEADING = Style(SANS, "caption", "accent", bold=True, caps=True, before=12, after=5)
BODY = Style(SERIF, "reading", "ink", leading=1.45, after=5)
QUOTE = Style(SERIF, "name", "ink", italic=True, leading=1.4, before=2, after=2)
ATTRIBUTION = Style(SANS, "caption", "muted", after=8)
LABEL = Style(SANS, "caption", "muted", leading=1.3, before=4)
VALUE = Style(SANS, "body", "ink", leading=1.35, after=1)
NAME = Style(SANS, "body", "ink", bold=True, leading=1.35, after=1)
NOTE = Style(SANS, "caption", "muted", italic=True, before=4)
CREDIT_LINE = Style(SANS, "caption", "muted", italic=True, before=3, after=2)
FOOT = Style(SANS, "caption", "muted", leading=1.3, max_lines=2)
HASH = Style(MONO, "caption", "muted", leading=1.3)

HAIRLINE_PT = 0.5
QUOTE_BAR_PT = 1.5  # the accent rule beside a quote
QUOTE_INDENT_PT = 9.0


@dataclass(frozen=True)
class Grid:
    """A page's boxes, in points from its top-left corner."""

    width: float
    height: float
    left: float
    top: float
    right: float
    bottom: float  # where the columns end: the foot is below
    foot_top: float
    reading_width: float
    side_left: float
    side_width: float


def grid(paper: Paper) -> Grid:
    width, height = PAGE_PT[paper]
    foot_height = 3 * FOOT.points * FOOT.leading + 10  # the hash (two lines at most), the date
    inner = width - 2 * MARGIN_PT
    reading = inner * READING_SHARE - GUTTER_PT / 2
    side_left = MARGIN_PT + inner * READING_SHARE + GUTTER_PT / 2
    return Grid(
        width=width,
        height=height,
        left=MARGIN_PT,
        top=MARGIN_PT,
        right=width - MARGIN_PT,
        bottom=height - MARGIN_PT - foot_height,
        foot_top=height - MARGIN_PT - foot_height + 10,
        reading_width=reading,
        side_left=side_left,
        side_width=width - MARGIN_PT - side_left,
    )


def image_box_pixels(paper: Paper) -> tuple[int, int]:
    """The largest box the picture is drawn in, in pixels at :data:`PRINT_DPI`: what
    to decode it to (a 100-megapixel original never reaches the PDF whole)."""
    page = grid(paper)
    scale = PRINT_DPI / 72
    height = (page.bottom - page.top) * IMAGE_SHARE
    return round(page.side_width * scale), round(height * scale)
