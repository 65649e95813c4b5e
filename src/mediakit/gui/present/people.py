"""The makers and their laurels as slide paragraphs: a person's page of reading
(name, roles, biography, filmography) beside their photo, and the awards as an
end card. The renderer (:mod:`mediakit.gui.present.slides`) lays them out and
paints them like any text slide; its own helpers come in as callables: the
kit's text in the room's language, a heading in it, a markdown text as
paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt

from mediakit.gui.pages.awards import event_text, prize_text
from mediakit.gui.present.layout import MUTED, PAPER, SAND, SANS, SERIF, Para, caps, font
from mediakit.gui.present.plain import SLIDE_TEXT_CHARS
from mediakit.gui.textclip import clipped
from mediakit.kit.manifest.model import Kit, Person, Text

CENTER = Qt.AlignmentFlag.AlignHCenter

KitText = Callable[[Text | None], str]  # a kit text as the slide shows it
Heading = Callable[[str], str]  # a slide heading (LABELS' key) in the room's language
Markdown = Callable[[str, float, float], list[Para]]  # text, unit, body size


def photo_box(rect: QRectF, unit: float) -> QRectF:
    """Where a person's photo goes on their slide: the left third, under the corner title."""
    side = max(rect.width() * 0.08, 6 * unit)
    return QRectF(rect.left() + side, rect.top() + 11 * unit, rect.width() * 0.3 - side,
                  rect.height() - 20 * unit)  # fmt: skip


def person_paras(
    person: Person, u: float, text: KitText, heading: Heading, markdown: Markdown
) -> list[Para]:
    """Name, roles, biography, filmography: a page of reading about one maker."""
    paras = [Para(clipped(person.name, SLIDE_TEXT_CHARS), font(SERIF, 7 * u, bold=True),
                  PAPER, leading=1.1, keep=True, keep_with_next=True)]  # fmt: skip
    roles = " · ".join(role for role in (text(r) for r in person.roles) if role)
    if roles:
        paras.append(Para(roles, caps(font(SANS, 2.3 * u)), SAND, space_before=2 * u,
                          leading=1.3, keep=True))  # fmt: skip
    bio = markdown(text(person.bio), u, 3.3 * u)
    if bio:
        bio[0].space_before = 4.5 * u
    paras += bio
    if person.filmography:
        paras.append(Para(heading("filmography"), caps(font(SANS, 2.3 * u)), SAND,
                          space_before=4.5 * u, leading=1.2, keep=True,
                          keep_with_next=True))  # fmt: skip
    for work in person.filmography:
        line = text(work.title)
        line += f", {work.year}" if work.year is not None else ""
        kind = text(work.kind)
        line += f" — {kind}" if kind else ""
        paras.append(Para(line, font(SANS, 3.0 * u), PAPER, space_before=1.2 * u,
                          leading=1.3, keep=True))  # fmt: skip
    return paras


def award_paras(kit: Kit, language: str, u: float, text: KitText, heading: Heading) -> list[Para]:
    """An end card of laurels: what was won, then where and when."""
    paras = [Para(heading("awards"), caps(font(SANS, 2.4 * u), 118), SAND, CENTER,
                  keep=True, keep_with_next=True, leading=1.2)]  # fmt: skip
    for award in kit.awards:
        prize = clipped(prize_text(kit, award, language), SLIDE_TEXT_CHARS)
        paras.append(Para(prize, font(SERIF, 4.6 * u), PAPER, CENTER, 5 * u, 1.2, keep=True,
                          keep_with_next=True))  # fmt: skip
        where = event_text(kit, award, language)
        place = text(award.place)
        where += f", {place}" if place else ""
        paras.append(Para(clipped(where, SLIDE_TEXT_CHARS), font(SANS, 2.6 * u), MUTED,
                          CENTER, 1.2 * u, 1.3, keep=True))  # fmt: skip
    return paras
