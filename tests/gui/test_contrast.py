"""High contrast: a second set of the theme's colours whose every text meets
WCAG AAA (7:1) on its surface; the usual theme's reading text meets AA (4.5:1);
View ▸ High contrast switches at once and is remembered."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mediakit.gui import settings as conf
from mediakit.gui import theme
from mediakit.gui.assets import asset_path
from mediakit.gui.settings import Settings
from mediakit.gui.window import MainWindow

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
VAR = re.compile(r"^@(\w+)$")
PSEUDO = re.compile(r"(::?[\w-]+(\([^)]*\))?)+$")


@pytest.fixture(autouse=True)
def usual_colours() -> Iterator[None]:
    yield
    theme.set_high_contrast(False)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(theme.palette())
        app.setStyleSheet(theme.style_sheet())


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _rules() -> list[tuple[list[str], dict[str, str]]]:
    """The template's rules: selectors, and the colour properties that name a
    theme colour (``color``, ``background``, ``background-color``)."""
    template = re.sub(r"/\*.*?\*/", "", asset_path("mediakit.qss").read_text("utf-8"), flags=re.S)
    template = re.sub(r"\$\{(\w+)\}", r"@\1", template)  # the braces would end a rule
    rules = []
    for selectors, body in RULE.findall(template):
        props: dict[str, str] = {}
        for declaration in body.split(";"):
            if ":" not in declaration:
                continue
            prop, value = (part.strip() for part in declaration.split(":", 1))
            match = VAR.match(value)
            if prop in ("color", "background", "background-color") and match:
                props["background" if prop != "color" else "color"] = match.group(1)
        rules.append(([s.strip() for s in selectors.split(",")], props))
    return rules


def text_pairs() -> set[tuple[str, str]]:
    """(text, surface) name pairs the style sheet and palette put together: a
    rule's own colour on its own background; a state's background (``:hover``)
    under its widget's text; a text with no background of its own on every dark
    surface the template names (a light surface always sets its text's colour)."""
    rules = _rules()
    colours = theme.colours()
    text_of: dict[str, str] = {}
    for selectors, props in rules:
        for selector in selectors:
            if "color" in props:
                text_of.setdefault(selector, props["color"])
    surfaces = {props["background"] for _, props in rules if "background" in props}
    dark = {name for name in surfaces if luminance(colours[name]) < 0.2}
    pairs: set[tuple[str, str]] = set()
    for selectors, props in rules:
        text, surface = props.get("color"), props.get("background")
        if text and surface:
            pairs.add((text, surface))
        elif text:
            pairs.update((text, under) for under in dark)
        elif surface:
            for selector in selectors:
                if "::handle" in selector:
                    continue  # a scroll bar's or splitter's handle: no text on it
                base = PSEUDO.sub("", selector)
                pairs.add((text_of.get(base, text_of.get(selector, "paper")), surface))
    roles = QPalette.ColorRole
    palette = theme.palette()
    names = {value: key for key, value in colours.items()}
    for text_role, under_role in (
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.Text, roles.AlternateBase),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.ToolTipText, roles.ToolTipBase),
        (roles.PlaceholderText, roles.Base),
        (roles.Link, roles.Base),
    ):
        text_name = names[palette.color(text_role).name()]
        pairs.add((text_name, names[palette.color(under_role).name()]))
    # Painted, not styled: the film bar's icons, the lightbox's words on black,
    # the stills grid's captions, the presenter's notes.
    pairs.update(
        {
            ("film_icon", "film_controls"),
            ("film_icon", "film_hover"),
            ("lightbox_alt", "black"),
            ("tile_caption", "ink"),
            ("tile_meta", "ink"),
            ("notes_text", "notes_bg"),
        }
    )
    return pairs


def failing(colours: Mapping[str, str], pairs: set[tuple[str, str]], least: float) -> list[str]:
    return sorted(
        f"{text} on {under}: {ratio(colours[text], colours[under]):.2f}"
        for text, under in pairs
        if ratio(colours[text], colours[under]) < least
    )


def test_high_contrast_names_the_same_colours() -> None:
    assert set(theme.HIGH_CONTRAST) == set(theme.COLOURS)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", value) for value in theme.HIGH_CONTRAST.values())


def test_every_text_in_high_contrast_meets_7_to_1() -> None:
    theme.set_high_contrast(True)
    pairs = text_pairs()
    assert len(pairs) > 60  # the parse found the template's rules
    assert ("paper", "ink") in pairs and ("ink", "sand") in pairs
    assert failing(theme.HIGH_CONTRAST, pairs, 7.0) == []


def test_the_usual_themes_reading_text_meets_4_5_to_1() -> None:
    body = {
        ("paper", "ink"),
        ("markdown_text", "ink"),
        ("bright", "ink"),
        ("muted", "ink"),
        ("logline", "chrome"),
        ("paper", "base"),
        ("paper", "button"),
        ("bright", "card"),
        ("section_item", "sections_bg"),
        ("film_label", "film_controls"),
        # Hints are read too: the lightbox's keys, an empty field's placeholder.
        ("lightbox_hint", "black"),
        ("placeholder", "base"),
    }
    assert failing(theme.COLOURS, body, 4.5) == []


def test_high_contrast_fills_the_style_sheet_and_palette() -> None:
    usual = theme.style_sheet()
    assert theme.set_high_contrast(True)
    assert not theme.set_high_contrast(True)  # already on: nothing to do
    assert theme.high_contrast()
    sheet = theme.style_sheet()
    assert sheet != usual and "$" not in sheet
    assert theme.palette().color(QPalette.ColorRole.Window).name() == theme.HIGH_CONTRAST["ink"]
    assert theme.colour("paper").name() == theme.HIGH_CONTRAST["paper"]
    theme.set_high_contrast(False)
    assert theme.style_sheet() == usual


def test_the_menu_switches_at_once_and_remembers(window: MainWindow, settings: Settings) -> None:
    action = window.high_contrast.action
    assert action.isCheckable() and not action.isChecked()
    assert settings.get(conf.HIGH_CONTRAST) == "auto"
    action.trigger()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert theme.high_contrast()
    assert app.styleSheet() == theme.style_sheet()
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.HIGH_CONTRAST["ink"]
    assert settings.get(conf.HIGH_CONTRAST) == "on"
    again = MainWindow(settings)  # the next start
    try:
        assert again.high_contrast.action.isChecked()
        again.high_contrast.action.trigger()
        assert not theme.high_contrast()
        assert settings.get(conf.HIGH_CONTRAST) == "off"
        assert app.palette().color(QPalette.ColorRole.Window).name() == theme.COLOURS["ink"]
    finally:
        again.shutdown()
        again.deleteLater()
