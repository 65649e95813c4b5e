"""The kit as JSON for ``info --json``: the manifest's own key names.

Texts are language -> string maps (markdown read from a file appears as its
content), paths are as written, ``x-`` keys are gone (they were never
loaded), absent optional fields are left out.
"""

from __future__ import annotations

from typing import Any

from mediakit.kit.manifest.model import Award, Film, Kit, KitFile, Person, Text
from mediakit.kit.manifest.rules.kit import FORMAT_VERSION

Json = dict[str, Any]


def _text(value: Text) -> dict[str, str]:
    return dict(value.values)


def _put(out: Json, key: str, value: object) -> None:
    """Set ``key`` unless the value is absent (None or an empty list)."""
    if value is None or value == []:
        return
    if isinstance(value, Text):
        out[key] = _text(value)
    elif isinstance(value, KitFile):
        out[key] = value.written
    else:
        out[key] = value


def _record(**fields: object) -> Json:
    out: Json = {}
    for key, value in fields.items():
        _put(out, key, value)
    return out


def _film(film: Film) -> Json:
    subtitles = [{"language": s.language, "file": s.file.written} for s in film.subtitles]
    return _record(file=film.file, poster=film.poster, subtitles=subtitles, trailer=film.trailer)


def _person(person: Person) -> Json:
    works = [_record(title=w.title, year=w.year, kind=w.kind) for w in person.filmography]
    roles = [_text(role) for role in person.roles]
    return _record(
        name=person.name, roles=roles, bio=person.bio, photo=person.photo, filmography=works
    )


def _award(award: Award) -> Json:
    return _record(event=award.event, year=award.year, prize=award.prize, place=award.place)


def kit_to_json(kit: Kit) -> Json:
    """``kit`` as JSON-ready data, keys in the format's order."""
    out: Json = {"mediakit": FORMAT_VERSION, "id": kit.id, "title": _text(kit.title)}
    _put(out, "kind", kit.kind)
    _put(out, "year", kit.year)
    _put(out, "runtime", kit.runtime)
    out["languages"] = list(kit.languages)
    _put(out, "logline", kit.logline)
    _put(out, "synopsis", kit.synopsis)
    _put(out, "statement", kit.statement)
    _put(out, "credits", [_record(role=c.role, names=list(c.names)) for c in kit.credits])
    _put(out, "quotes", [
        _record(text=q.text, by=q.by, source=q.source, date=q.date, url=q.url,
                language=q.language)
        for q in kit.quotes
    ])  # fmt: skip
    _put(out, "articles", [
        _record(title=a.title, publication=a.publication, author=a.author, date=a.date,
                language=a.language, url=a.url, body=a.body)
        for a in kit.articles
    ])  # fmt: skip
    _put(out, "stills", [
        _record(file=s.file, caption=s.caption, credit=s.credit, alt=s.alt) for s in kit.stills
    ])  # fmt: skip
    _put(out, "film", _film(kit.film) if kit.film is not None else None)
    _put(out, "specs", [_record(label=s.label, value=s.value) for s in kit.specs])
    _put(out, "contacts", [
        _record(name=c.name, role=c.role, email=c.email, phone=c.phone) for c in kit.contacts
    ])  # fmt: skip
    _put(out, "links", [_record(label=link.label, url=link.url) for link in kit.links])
    _put(out, "ai_disclosure", kit.ai_disclosure)
    _put(out, "people", [_person(p) for p in kit.people])
    _put(out, "awards", [_award(a) for a in kit.awards])
    _put(out, "presentation", [_record(show=s.show, notes=s.notes) for s in kit.presentation])
    return out
