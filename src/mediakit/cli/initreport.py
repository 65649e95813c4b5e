"""What ``mediakit init`` says once the draft is written: what it found, what it
guessed and what is left to fill — readable lines in the interface language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mediakit.catalog import counted, translate
from mediakit.kit.authoring.draft import Draft, describe_video
from mediakit.kit.authoring.findings import Findings

_SHOWN_UNUSED = 5  # names of unused files shown before "…"
_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class Guesses:
    id_from_name: bool
    title_from_name: bool
    languages_given: bool


def report(
    folder: Path,
    manifest: Path,
    backup: Path | None,
    findings: Findings,
    draft: Draft,
    guesses: Guesses,
) -> Iterator[str]:
    if backup is None:
        yield translate("cli", "{manifest}: drafted").format(manifest=manifest)
    else:
        yield translate("cli", "{manifest}: drafted; the previous one is kept as {backup}").format(
            manifest=manifest, backup=backup
        )
    yield _found(findings)
    yield from _film(draft)
    yield from _texts(findings, draft)
    yield from _guessed(draft, guesses)
    yield from _unused([*findings.unused, *draft.left_out])
    yield from _to_fill(folder, draft)


def _found(findings: Findings) -> str:
    counts = [
        counted(len(findings.stills), translate("cli", "{count} image"),
                translate("cli", "{count} images")),
        counted(len(findings.videos), translate("cli", "{count} video"),
                translate("cli", "{count} videos")),
        counted(len(findings.subtitles), translate("cli", "{count} subtitle file"),
                translate("cli", "{count} subtitle files")),
        counted(len(findings.texts), translate("cli", "{count} text"),
                translate("cli", "{count} texts")),
    ]  # fmt: skip
    return translate("cli", "Found: {counts}").format(counts=", ".join(counts))


def _film(draft: Draft) -> Iterator[str]:
    if draft.film is None:
        return
    about = describe_video(draft.film)
    if about:
        yield translate("cli", "Film: {file} ({about}), the longest video").format(
            file=draft.film.path, about=about
        )
    else:
        yield translate(
            "cli", "Film: {file}, the largest video (VLC could not read its length)"
        ).format(file=draft.film.path)
    if draft.trailers:
        names = ", ".join(
            f"{video.path} ({about})" if (about := describe_video(video)) else video.path
            for video in draft.trailers
        )
        yield translate("cli", "Trailer candidates, in comments: {files}").format(files=names)
    if draft.poster is not None:
        if draft.poster.named_poster:
            line = translate("cli", "Poster: {file} (by its name)")
        else:
            line = translate("cli", "Poster: {file} (guessed: the largest portrait image)")
        yield line.format(file=draft.poster.path)


def _texts(findings: Findings, draft: Draft) -> Iterator[str]:
    unknown = translate("cli", "language unknown")
    if findings.subtitles:
        listed = ", ".join(f"{s.path} ({s.language or unknown})" for s in findings.subtitles)
        yield translate("cli", "Subtitles: {files}").format(files=listed)
    if findings.texts:
        listed = ", ".join(
            f"{text.field} ← {text.path}" + (f" ({text.language})" if text.language else "")
            for text in findings.texts
        )
        yield translate("cli", "Texts: {files}").format(files=listed)
    captions = sum(1 for still in draft.stills if still.caption)
    credits = sum(1 for still in draft.stills if still.credit)
    if captions or credits:
        yield translate("cli", "From the images' metadata: {captions}, {credits}").format(
            captions=counted(captions, translate("cli", "{count} caption"),
                             translate("cli", "{count} captions")),
            credits=counted(credits, translate("cli", "{count} credit"),
                            translate("cli", "{count} credits")),
        )  # fmt: skip


def _guessed(draft: Draft, guesses: Guesses) -> Iterator[str]:
    named = [f"id {draft.kit_id}"] if guesses.id_from_name else []
    named += [f"title “{draft.title}”"] if guesses.title_from_name else []
    if named:
        yield translate(
            "cli", "Guessed from the folder's name: {fields} (--id, --title to choose)"
        ).format(fields=", ".join(named))
    if guesses.languages_given:
        return
    codes = ", ".join(draft.languages)
    if len(draft.languages) == 1:
        line = translate("cli", "Language: {codes}, the system's (--lang fr,en to choose)")
    else:
        line = translate(
            "cli",
            "Languages: {codes}: the first is the system's, the others come from file names "
            "(--lang fr,en to choose)",
        )
    yield line.format(codes=codes)


def _unused(unused: list[str]) -> Iterator[str]:
    if not unused:
        return
    names = unused[:_SHOWN_UNUSED] + (["…"] if len(unused) > _SHOWN_UNUSED else [])
    yield translate("cli", "Not used: {count}: {files}").format(
        count=counted(len(unused), translate("cli", "{count} file"),
                      translate("cli", "{count} files")),
        files=", ".join(names),
    )  # fmt: skip


def _to_fill(folder: Path, draft: Draft) -> Iterator[str]:
    groups: dict[str, int] = {}
    for where in draft.to_fill:
        key = _INDEX.sub("[…]", where)
        groups[key] = groups.get(key, 0) + 1
    fields = ", ".join(f"{key} ×{count}" if count > 1 else key for key, count in groups.items())
    yield translate("cli", "Left to fill: {count}: {fields}").format(
        count=counted(len(draft.to_fill), translate("cli", "{count} field"),
                      translate("cli", "{count} fields")),
        fields=fields,
    )  # fmt: skip
    yield translate("cli", "Then: mediakit validate {folder}").format(folder=folder)
