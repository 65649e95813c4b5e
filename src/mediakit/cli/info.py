"""``mediakit info PATH [--json] [--lang CODE]``: a readable summary of a kit, or
the kit as loaded in JSON."""

from __future__ import annotations

import argparse
import json

from mediakit.cli.exitstatus import ExitStatus
from mediakit.cli.kits import check_language, kit_language, open_and_report, reach
from mediakit.cli.output import safe
from mediakit.kit.manifest.model import Kit
from mediakit.kit.manifest.presentation import build_sequence
from mediakit.units import plural


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


def summary(kit: Kit, language: str | None) -> list[str]:
    """A readable description of the kit; slides counted as the show counts them."""

    def t(value: object) -> str:
        return kit.text(value, language) if value is not None else ""  # type: ignore[arg-type]

    facts = [t(kit.kind), str(kit.year or ""), kit.runtime or ""]
    lines = [f"{t(kit.title)}" + (f" — {' · '.join(f for f in facts if f)}" if any(facts) else "")]
    lines.append(f"id {kit.id} · languages {', '.join(kit.languages)}")
    if kit.logline:
        lines.append(t(kit.logline))
    if kit.film:
        extras = []
        if kit.film.poster:
            extras.append(f"poster {kit.film.poster.written}")
        if kit.film.subtitles:
            extras.append("subtitles " + ", ".join(s.language for s in kit.film.subtitles))
        if kit.film.trailer:
            extras.append(f"trailer {kit.film.trailer.written}")
        lines.append(
            f"Film: {kit.film.file.written}" + (f" ({'; '.join(extras)})" if extras else "")
        )
    if kit.credits:
        lines.append("Credits:")
        lines += [f"  {t(c.role)} — {', '.join(c.names)}" for c in kit.credits]
    counts = [
        (len(kit.quotes), "quote"),
        (len(kit.articles), "article"),
        (len(kit.stills), "still"),
        (len(kit.specs), "spec"),
        (len(kit.contacts), "contact"),
        (len(kit.links), "link"),
        # `stills` and `quotes` are one slide per item, a kit without `presentation`
        # gets the default sequence: the number `present` shows, not the list's length.
        (len(build_sequence(kit)), "slide"),
    ]
    shown = [plural(n, word) for n, word in counts if n]
    if shown:
        lines.append(", ".join(shown))
    texts = [
        name
        for name, value in (
            ("synopsis", kit.synopsis),
            ("statement", kit.statement),
            ("AI disclosure", kit.ai_disclosure),
        )
        if value
    ]
    if texts:
        lines.append("Texts: " + ", ".join(texts))
    return lines
