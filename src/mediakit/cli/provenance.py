"""``mediakit provenance PATH [--json]``: the Content Credentials (C2PA) of a kit's
stills, poster, film and trailer — or of one image or film — as a journalist
would ask: who made it with what, is the signature sound, was AI used.

Signatures are checked offline: no trust list is fetched, so a sound signature
reads as valid but its signer on no trust list. The words are the window's
(:mod:`mediakit.media.credentials_words`); the IPTC names and C2PA codes follow
in brackets, for a reader who looks them up.

Exit status: 0 when every file was read (with or without credentials); 1 when a
file's credentials are INVALID (changed after signing) or cannot be read, or the
kit has errors; 2 when PATH cannot be reached or the c2pa library cannot load.

``--json`` prints one object, stable (``format`` changes if a key is removed or
changes meaning; keys may be added)::

    {"format": 1, "path": PATH as given, "kind": "kit" or "file",
     "files": [{"file": as the kit writes it (or PATH), "role": "still", "poster",
                "film", "trailer" or "file", "presence": "present", "none",
                "unreadable" or "unavailable", "problem": English text or null,
                "credentials": null or {
                    "title", "generator", "signer", "issuer", "signed_at": str or null,
                    "signature": "valid", "untrusted", "invalid" or "unchecked",
                    "failures": [validation codes], "ai_generated": bool,
                    "synthetic": bool,
                    "actions": [{"action", "source_type", "software_agent", "when",
                                 "ai_generated"}],
                    "ingredients": [{"title", "relationship", "has_credentials"}]}}],
     "stills": null (a single file) or {"files", "with_credentials", "ai_generated",
                "synthetic", "invalid", "unreadable"}}
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from mediakit.catalog import counted, translate
from mediakit.cli.exitstatus import ExitStatus, UsageError
from mediakit.cli.kits import open_and_report, reach
from mediakit.cli.output import safe
from mediakit.kit.manifest.model import MANIFEST, KitFile, Problem
from mediakit.kit.message import Message
from mediakit.media import credentials_words as words
from mediakit.media.credentials import (
    Action,
    Credentials,
    Presence,
    Reading,
    SignatureState,
    Summary,
    library_problem,
    summarise,
)
from mediakit.media.credentials_kit import Medium, MediumReading, kit_media, read_media

FORMAT = 1


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    reach(path)
    missing = library_problem()
    if missing is not None:
        raise UsageError(missing.render(translate))
    if _is_one_file(path):
        found = read_media([Medium("file", KitFile(str(path), path))])
        prefix, kind = "", "file"
    else:
        source = open_and_report(path)
        kit = source.result.kit
        if kit is None:
            return ExitStatus.PROBLEMS
        found = read_media(kit_media(kit))
        prefix, kind = source.problem_prefix(Problem(MANIFEST, Message.verbatim(""))), "kit"
    stills = summarise(f.reading for f in found if f.medium.role == "still")
    if args.json:
        print(json.dumps(_as_json(path, kind, found, stills), indent=2, ensure_ascii=False))
    else:
        lines = [line for one in found for line in _described(prefix, one)]
        if stills.files:
            lines.append(_summary_line(stills))
        print("\n".join(safe(line) for line in lines))
    failed = any(_failed(f.reading) for f in found)
    return ExitStatus.PROBLEMS if failed else ExitStatus.OK


def _is_one_file(path: Path) -> bool:
    """An image or a film rather than a kit (folder, kit.yaml or archive)."""
    from mediakit.kit.recognise import is_archive

    return not path.is_dir() and path.name != MANIFEST and not is_archive(path)


def _failed(reading: Reading) -> bool:
    credentials = reading.credentials
    invalid = credentials is not None and credentials.signature is SignatureState.INVALID
    return invalid or reading.presence in (Presence.UNREADABLE, Presence.UNAVAILABLE)


# -- text ---------------------------------------------------------------------


def _described(prefix: str, found: MediumReading) -> list[str]:
    reading, medium = found.reading, found.medium
    name = prefix + medium.file.written
    if medium.role != "file":
        name = translate("cli", "{file} ({role})").format(file=name, role=_role(medium.role))
    problem = reading.problem.render(translate) if reading.problem is not None else None
    credentials = reading.credentials
    if credentials is None:
        if reading.presence is Presence.NONE:
            none = translate("cli", "{file}: no Content Credentials").format(file=name)
            return [none + (f" ({problem})" if problem else "")]
        return [
            translate("cli", "{file}: unreadable: {problem}").format(file=name, problem=problem)
        ]
    return [
        translate("cli", "{file}: Content Credentials").format(file=name),
        *_details(credentials),
    ]


def _role(role: str) -> str:
    words = {
        "still": translate("cli", "still"),
        "poster": translate("cli", "poster"),
        "film": translate("cli", "film"),
        "trailer": translate("cli", "trailer"),
    }
    return words.get(role, role)


def _details(credentials: Credentials) -> list[str]:
    lines = []
    if credentials.title:
        lines.append(translate("cli", "title: {title}").format(title=credentials.title))
    if credentials.generator:
        made = translate("cli", "made with: {generator}")
        lines.append(made.format(generator=credentials.generator))
    if credentials.signer or credentials.issuer:
        signer = credentials.signer or "?"
        by = f"{signer} ({credentials.issuer})" if credentials.issuer else signer
        lines.append(translate("cli", "signed by: {signer}").format(signer=by))
    if credentials.signed_at:
        lines.append(translate("cli", "signed at: {time}").format(time=credentials.signed_at))
    state = words.SIGNATURES[credentials.signature]().render(translate)
    if credentials.failures:  # the validation codes, as C2PA names them
        state += f" ({', '.join(credentials.failures)})"
    lines.append(translate("cli", "signature: {state}").format(state=state))
    for action in credentials.actions:
        lines.append(translate("cli", "action: {action}").format(action=_action(action)))
    for ingredient in credentials.ingredients:
        if ingredient.has_credentials:
            text = translate(
                "cli", "ingredient: {title} ({relationship}, with Content Credentials)"
            )
        else:
            text = translate("cli", "ingredient: {title} ({relationship})")
        lines.append(text.format(title=ingredient.title, relationship=ingredient.relationship))
    return ["  " + line for line in lines]


def _action(action: Action) -> str:
    """ "Created — generated by AI (trainedAlgorithmicMedia)": the window's words, then
    the IPTC name a reader can look up (a name we have no words for is shown as is)."""
    text = words.action(action).render(translate)
    if action.source_type in words.SOURCE_TYPES:
        text += f" ({action.source_type})"
    if action.when:
        text += f", {action.when}"
    return text


def _summary_line(stills: Summary) -> str:
    """ "4 of 6 stills carry Content Credentials; 2 say they were generated by AI"."""
    total = counted(
        stills.files, translate("cli", "{count} still"), translate("cli", "{count} stills")
    )
    line = _of(
        stills.with_credentials,
        total,
        translate("cli", "{count} of {stills} carries Content Credentials"),
        translate("cli", "{count} of {stills} carry Content Credentials"),
    )
    if stills.with_credentials:
        ai = counted(
            stills.ai_generated,
            translate("cli", "{count} says it was generated by AI"),
            translate("cli", "{count} say they were generated by AI"),
        )
        line += f"; {ai}"
    return line


def _of(count: int, stills: str, one: str, many: str) -> str:
    """``counted`` (the verb agrees with ``count``) for a sentence naming the stills
    too, already counted: "1 of 6 stills carries", "4 of 6 stills carry"."""
    try:
        one, many = (text.format(count="{count}", stills=stills) for text in (one, many))
    except (ValueError, KeyError, IndexError):  # a translator's typo: plain figures
        return f"{count:,} / {stills}"
    return counted(count, one, many)


# -- JSON ---------------------------------------------------------------------


def _as_json(path: Path, kind: str, found: list[MediumReading], stills: Summary) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "path": str(path),
        "kind": kind,
        "files": [_file_json(one) for one in found],
        "stills": _summary_json(stills) if kind == "kit" else None,
    }


def _file_json(found: MediumReading) -> dict[str, Any]:
    reading = found.reading
    return {
        "file": found.medium.file.written,
        "role": found.medium.role,
        "presence": reading.presence.value,
        "problem": reading.problem.render() if reading.problem is not None else None,
        "credentials": _credentials_json(reading.credentials) if reading.credentials else None,
    }


def _credentials_json(credentials: Credentials) -> dict[str, Any]:
    return {
        "title": credentials.title,
        "generator": credentials.generator,
        "signer": credentials.signer,
        "issuer": credentials.issuer,
        "signed_at": credentials.signed_at,
        "signature": credentials.signature.value,
        "failures": list(credentials.failures),
        "ai_generated": credentials.ai_generated,
        "synthetic": credentials.synthetic,
        "actions": [{**asdict(a), "ai_generated": a.ai_generated} for a in credentials.actions],
        "ingredients": [asdict(i) for i in credentials.ingredients],
    }


def _summary_json(stills: Summary) -> dict[str, int]:
    counts = asdict(stills)
    del counts["paths_ai"]  # the files say which
    return counts
