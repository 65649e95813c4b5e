"""``style.css``: the window's look for the web — its colours, type and hierarchy.

Dark is the window's own set (:data:`mediakit.colours.COLOURS`), light is
:data:`~mediakit.colours.PAPER`; the reader's system chooses
(``prefers-color-scheme``). The type follows :mod:`mediakit.gui.theme` (not
imported: it is Qt): its families as a system font stack — no web font is
ever fetched — and its pixel scale in rem, so that a reader's own text size
still scales the page. One column on a phone; from 960 px the sections list
stands on the left, as in the window.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Template

from mediakit.colours import COLOURS, PAPER

# The window's type scale in pixels (mediakit.gui.theme.FONT_SIZES; a test keeps them equal).
FONT_SIZES: Mapping[str, int] = {
    "caption": 12,
    "small": 13,
    "label": 13,
    "body": 14,
    "reading": 16,
    "name": 17,
    "quote": 18,
    "article": 20,
    "heading": 24,
    "title": 34,
    "display": 44,
}
# The window's families (theme.SERIF_FAMILY, SANS_FAMILY) first, then each system's own.
SERIF = '"DejaVu Serif", Georgia, Cambria, "Times New Roman", serif'
SANS = '"DejaVu Sans", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", sans-serif'
MEASURE = "70ch"  # theme.MEASURE_CHARS: the reading measure

# The page's roles → the window's colour names, for each scheme.
_DARK = {
    "bg": COLOURS["ink"],
    "chrome": COLOURS["chrome"],
    "nav": COLOURS["sections_bg"],
    "nav_current": COLOURS["section_selected"],
    "text": COLOURS["paper"],
    "bright": COLOURS["bright"],
    "reading": COLOURS["markdown_text"],
    "logline": COLOURS["logline"],
    "muted": COLOURS["muted"],
    "accent": COLOURS["sand"],
    "link": COLOURS["sand_light"],
    "quote_by": COLOURS["sand_soft"],
    "card": COLOURS["card"],
    "line": COLOURS["line"],
    "edge": COLOURS["edge"],
    "button": COLOURS["button"],
    "button_hover": COLOURS["button_hover"],
    "badge": COLOURS["sand_dark"],
    "badge_text": COLOURS["badge_text"],
    "badge_edge": COLOURS["sand_deep"],
    "focus": COLOURS["sand"],
    "screen": COLOURS["screen"],
}
_LIGHT = {
    "bg": PAPER["paper"],
    "chrome": PAPER["card"],
    "nav": PAPER["paper"],
    "nav_current": PAPER["card"],
    "text": PAPER["ink"],
    "bright": PAPER["ink"],
    "reading": PAPER["ink"],
    "logline": PAPER["muted"],
    "muted": PAPER["muted"],
    "accent": PAPER["accent"],
    "link": PAPER["accent"],
    "quote_by": PAPER["accent"],
    "card": PAPER["card"],
    "line": PAPER["line"],
    "edge": PAPER["muted"],
    "button": PAPER["paper"],
    "button_hover": PAPER["accent_soft"],
    "badge": PAPER["accent_soft"],
    "badge_text": PAPER["ink"],
    "badge_edge": PAPER["accent"],
    "focus": PAPER["accent"],
    "screen": COLOURS["black"],
}


def _variables(colours: Mapping[str, str]) -> str:
    return "\n".join(f"  --{name.replace('_', '-')}: {value};" for name, value in colours.items())


def _rem(size: str) -> str:
    return f"{FONT_SIZES[size] / 16:g}rem"


_TEMPLATE = Template(
    """/* The web press page of mediakit: the window's look (the kit's words are in the HTML). */
:root {
  color-scheme: light dark;
$light
}
@media (prefers-color-scheme: dark) {
  :root {
$dark
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font-family: $sans;
  font-size: $reading; line-height: 1.5; overflow-wrap: break-word; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
img, video { max-width: 100%; }
.skip { position: absolute; left: 0.5rem; top: -4rem; z-index: 2; padding: 0.5rem 1rem;
  background: var(--bg); color: var(--bright); }
.skip:focus { top: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }

.kit-header { background: var(--chrome); border-bottom: 1px solid var(--line); }
.kit-header-inner { max-width: 100rem; margin: 0 auto; padding: 1.625rem 1.25rem 1.375rem;
  display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; justify-content: space-between; }
.kit-header-text { flex: 1 1 20rem; min-width: 0; }
.title { font-family: $serif; font-weight: bold; letter-spacing: 2px; color: var(--bright);
  font-size: clamp(1.75rem, 1.3rem + 2vw, $display); line-height: 1.15; margin: 0 0 0.375rem; }
.meta, .laurels { color: var(--accent); font-size: $small; letter-spacing: 1px; margin: 0.25rem 0; }
.logline { font-family: $serif; font-style: italic; color: var(--logline); font-size: $reading;
  margin: 0.5rem 0 0; max-width: $measure; }
.kit-header-side { display: flex; flex-direction: column; align-items: flex-end; gap: 0.625rem; }
.languages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: 0.375rem; }
.languages a { display: inline-block; padding: 0.375rem 0.875rem; border: 1px solid var(--edge);
  border-radius: 4px; background: var(--button); color: var(--text); text-decoration: none;
  font-size: $body; }
.languages a:hover { background: var(--button-hover); }
.languages a[aria-current="page"] { border-color: var(--accent); color: var(--bright);
  font-weight: bold; }
.ai-badge { display: inline-block; background: var(--badge); color: var(--badge-text);
  border: 1px solid var(--badge-edge); border-radius: 12px; padding: 0.3125rem 0.875rem;
  font-size: $caption; text-decoration: none; }

.layout { max-width: 100rem; margin: 0 auto; }
.sections { background: var(--nav); border-bottom: 1px solid var(--line); }
.sections ul { list-style: none; margin: 0; padding: 0.5rem 0.75rem; display: flex; flex-wrap: wrap;
  gap: 0.25rem; }
.sections a { display: block; padding: 0.5rem 0.75rem; color: var(--text); text-decoration: none;
  font-size: $body; border-left: 3px solid transparent; }
.sections a:hover { background: var(--nav-current); }
main { padding: 1.75rem 1.25rem 2.5rem; min-width: 0; }
main > section { max-width: 72rem; margin: 0 0 3rem; scroll-margin-top: 1rem; }
h2 { font-family: $serif; font-weight: normal; font-size: $heading; color: var(--bright);
  margin: 0 0 1rem; }
h3 { font-size: $name; color: var(--bright); margin: 0 0 0.25rem; }
.intro, .hint { color: var(--muted); max-width: $measure; }
.prose { font-family: $serif; color: var(--reading); line-height: 1.6; max-width: $measure; }
.prose h3, .prose h4, .prose h5, .prose h6 { font-family: $serif; }
.prose blockquote { margin: 1rem 0; padding: 0.25rem 0 0.25rem 1rem;
  border-left: 3px solid var(--accent); }
.prose table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; }
.prose th, .prose td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; }
.prose pre { overflow-x: auto; }

#film video { display: block; width: 100%; max-height: 80vh; aspect-ratio: 16 / 9;
  background: var(--screen); }
.downloads { color: var(--muted); font-size: $body; margin: 0.75rem 0 0; padding: 0;
  list-style: none;
  display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }

.terms { display: grid; grid-template-columns: minmax(8rem, 16rem) minmax(0, 1fr);
  gap: 0.625rem 1.5rem; margin: 0; max-width: 60rem; }
.terms dt { color: var(--muted); font-size: $label; letter-spacing: 1px; padding-top: 0.15rem; }
.terms dd { margin: 0; color: var(--bright); }

.quote { background: var(--card); border-left: 3px solid var(--accent); border-radius: 4px;
  padding: 1.125rem 1.375rem 1rem; margin: 0 0 1rem; max-width: 60rem; }
.quote blockquote { font-family: $serif; font-size: $quote; color: var(--bright); margin: 0; }
.quote figcaption { color: var(--quote-by); font-size: $label; margin-top: 0.75rem;
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: 0.5rem; }

button { font: inherit; font-size: $body; background: var(--button); color: var(--text);
  border: 1px solid var(--edge); border-radius: 4px; padding: 0.375rem 0.875rem; cursor: pointer; }
button:hover { background: var(--button-hover); }

.card { background: var(--card); border-radius: 6px; padding: 1rem 1.375rem; margin: 0 0 1rem;
  max-width: 60rem; }
.card > p, .card > div > p { margin: 0.25rem 0; }
.prose p, .card .prose p { margin: 0 0 0.9em; }
.role, .byline { color: var(--muted); }
.article h3 { font-family: $serif; font-size: $article; font-weight: normal; }
.person { display: grid; grid-template-columns: 1fr; gap: 1rem; }
.person img { width: 150px; height: auto; border-radius: 4px; }
.person h4 { color: var(--muted); font-size: $caption; letter-spacing: 2px;
  text-transform: uppercase;
  margin: 1rem 0 0.25rem; font-weight: normal; }
.person ul { margin: 0; padding-left: 1.25rem; }

.gallery { list-style: none; margin: 0; padding: 0; display: grid; gap: 1.25rem;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr)); }
.gallery figure { margin: 0; }
.gallery a { display: block; }
.gallery img { display: block; width: 100%; height: auto; border: 1px solid var(--line); }
.gallery figcaption { font-size: $small; color: var(--text); margin-top: 0.375rem; }
.gallery .credit { color: var(--muted); font-size: $caption; }

.links { list-style: none; padding: 0; margin: 0; }
.links li { margin: 0 0 0.5rem; }
.checksum { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: $caption;
  overflow-wrap: anywhere; color: var(--text); }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: $small;
  padding: 1rem 1.25rem 2rem; max-width: 100rem; margin: 0 auto; }

@media (min-width: 600px) {
  .person.with-photo { grid-template-columns: 150px minmax(0, 1fr); gap: 1.5rem; }
}
@media (max-width: 599px) {
  .terms { grid-template-columns: minmax(0, 1fr); gap: 0.125rem; }
  .terms dd { margin-bottom: 0.625rem; }
  .kit-header-side { align-items: flex-start; }
}
@media (min-width: 960px) {
  .kit-header-inner { padding-left: 2.5rem; padding-right: 2rem; }
  .layout { display: grid; grid-template-columns: 13rem minmax(0, 1fr); }
  .sections { border-bottom: 0; border-right: 1px solid var(--line); position: sticky; top: 0;
    align-self: start; max-height: 100vh; overflow-y: auto; }
  .sections ul { display: block; padding: 1rem 0; }
  .sections a { padding: 0.5625rem 1.125rem; }
  main { padding: 1.75rem 2.5rem 2.5rem; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media print {
  .sections, .skip, .languages, button, video { display: none; }
}
"""
)


def stylesheet() -> str:
    """The whole ``style.css``."""
    fonts = {name: _rem(name) for name in FONT_SIZES}
    return _TEMPLATE.substitute(
        light=_variables(_LIGHT),
        dark="  " + _variables(_DARK).replace("\n", "\n  "),
        serif=SERIF,
        sans=SANS,
        measure=MEASURE,
        **fonts,
    )
