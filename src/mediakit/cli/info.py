"""``mediakit info PATH [--json] [--lang CODE]``: a readable summary of a kit, or
the kit as loaded in JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from mediakit.catalog import counted, translate
from mediakit.cli.exitstatus import ExitStatus
from mediakit.cli.kits import check_language, kit_language, open_and_report, reach
from mediakit.cli.output import safe
from mediakit.kit.manifest.model import Award, Kit, Text
from mediakit.kit.manifest.presentation import build_sequence


def run(args: argparse.Namespace) -> int:
    reach(args.path)
    kit = open_and_report(args.path).result.kit
    if kit is None:
        return ExitStatus.PROBLEMS
    if args.json:  # every language: --lang is only checked
        check_language(kit, args.lang)
        from mediakit.kit.manifest.export import kit_to_json

        print(json.dumps(kit_to_json(kit), indent=2, ensure_ascii=False))
    else:
        language = kit_language(kit, args.lang)
        print("\n".join(safe(line) for line in summary(kit, language)))
    return ExitStatus.OK


def award_line(award: Award, t: Callable[[Text | None], str], selection: str) -> str:
    """``Best short — Annecy 2025 (France)``; a selection without a prize says ``selection``."""
    line = f"{t(award.prize) or selection} — {t(award.event)}"
    if award.year is not None:
        line += f" {award.year}"
    place = t(award.place)
    return f"{line} ({place})" if place else line


def summary(kit: Kit, language: str | None) -> list[str]:
    """A readable description of the kit; slides counted as the show counts them."""

    def t(value: object) -> str:
        return kit.text(value, language) if value is not None else ""  # type: ignore[arg-type]

    facts = [t(kit.kind), str(kit.year or ""), kit.runtime or ""]
    lines = [f"{t(kit.title)}" + (f" — {' · '.join(f for f in facts if f)}" if any(facts) else "")]
    lines.append(
        translate("cli", "id {id} · languages {codes}").format(
            id=kit.id, codes=", ".join(kit.languages)
        )
    )
    if kit.logline:
        lines.append(t(kit.logline))
    if kit.film:
        extras = []
        if kit.film.poster:
            extras.append(translate("cli", "poster {file}").format(file=kit.film.poster.written))
        if kit.film.subtitles:
            codes = ", ".join(s.language for s in kit.film.subtitles)
            extras.append(translate("cli", "subtitles {codes}").format(codes=codes))
        if kit.film.trailer:
            extras.append(translate("cli", "trailer {file}").format(file=kit.film.trailer.written))
        film = translate("cli", "Film: {file}").format(file=kit.film.file.written)
        lines.append(film + (f" ({'; '.join(extras)})" if extras else ""))
    if kit.credits:
        lines.append(translate("cli", "Credits:"))
        lines += [f"  {t(c.role)} — {', '.join(c.names)}" for c in kit.credits]
    if kit.people:
        lines.append(translate("cli", "People:"))
        for person in kit.people:
            roles = ", ".join(t(role) for role in person.roles)
            lines.append(f"  {person.name}" + (f" — {roles}" if roles else ""))
    if kit.awards:
        lines.append(translate("cli", "Awards:"))
        selection = translate("cli", "Official selection")
        lines += [f"  {award_line(award, t, selection)}" for award in kit.awards]
    counts = [
        (len(kit.quotes), translate("cli", "{count} quote"), translate("cli", "{count} quotes")),
        (
            len(kit.articles),
            translate("cli", "{count} article"),
            translate("cli", "{count} articles"),
        ),
        (len(kit.stills), translate("cli", "{count} still"), translate("cli", "{count} stills")),
        (len(kit.specs), translate("cli", "{count} spec"), translate("cli", "{count} specs")),
        (
            len(kit.contacts),
            translate("cli", "{count} contact"),
            translate("cli", "{count} contacts"),
        ),
        (len(kit.links), translate("cli", "{count} link"), translate("cli", "{count} links")),
        # `stills` and `quotes` are one slide per item, a kit without `presentation`
        # gets the default sequence: the number `present` shows, not the list's length.
        (
            len(build_sequence(kit)),
            translate("cli", "{count} slide"),
            translate("cli", "{count} slides"),
        ),
    ]
    shown = [counted(n, one, many) for n, one, many in counts if n]
    if shown:
        lines.append(", ".join(shown))
    texts = [
        name
        for name, value in (
            (translate("cli", "synopsis"), kit.synopsis),
            (translate("cli", "statement"), kit.statement),
            (translate("cli", "AI disclosure"), kit.ai_disclosure),
        )
        if value
    ]
    if texts:
        lines.append(translate("cli", "Texts: {names}").format(names=", ".join(texts)))
    return lines
