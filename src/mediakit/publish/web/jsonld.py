"""What machines read of the page: a schema.org ``Movie`` in JSON-LD.

``name``, ``director`` (the direction credits, as the library reads them),
``duration`` (ISO 8601, from the kit's ``M:SS`` or ``H:MM:SS``),
``dateCreated`` (the year), ``image`` (the poster, else the first still),
``description`` (the logline), ``inLanguage`` and ``genre`` (the kind). Written
inside ``<script type="application/ld+json">``: data the browser never runs,
with ``<``, ``>`` and ``&`` escaped so that no kit text can close the element.
"""

from __future__ import annotations

import json
import re
from typing import Any

from mediakit.kit.manifest.model import Kit
from mediakit.kit.manifest.roles import direction_names
from mediakit.publish.web.markup import Markup

_RUNTIME = re.compile(r"^(?:(\d+):)?([0-5]?\d):([0-5]\d)$")


def iso_duration(runtime: str | None) -> str | None:
    """``1:32:05`` → ``PT1H32M5S``; ``2:00`` → ``PT2M``; None for anything else."""
    found = _RUNTIME.match((runtime or "").strip())
    if found is None:
        return None
    hours, minutes, seconds = (int(part or 0) for part in found.groups())
    parts = [f"{value}{unit}" for value, unit in ((hours, "H"), (minutes, "M"), (seconds, "S"))]
    shown = "".join(part for part in parts if not part.startswith("0"))
    return f"PT{shown or '0S'}"


def movie(kit: Kit, language: str, image: str | None, url: str | None = None) -> dict[str, Any]:
    """The ``Movie`` for the page in ``language``; ``image`` a path relative to the page."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Movie",
        "name": kit.text(kit.title, language),
        "inLanguage": language,
    }
    directors = direction_names(kit)
    if directors:
        data["director"] = [{"@type": "Person", "name": name} for name in directors]
    duration = iso_duration(kit.runtime)
    if duration:
        data["duration"] = duration
    if kit.year is not None:
        data["dateCreated"] = str(kit.year)
    if image:
        data["image"] = image
    description = kit.text(kit.logline, language)
    if description:
        data["description"] = description
    genre = kit.text(kit.kind, language)
    if genre:
        data["genre"] = genre
    if url:
        data["url"] = url
    return data


def script_body(data: dict[str, Any]) -> Markup:
    """``data`` as JSON safe inside ``<script>``: ``</script>`` cannot appear in it."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escape)
    # U+2028/2029 are line ends to old JavaScript parsers.
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
