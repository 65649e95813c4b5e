"""Every message of the kit domain, as templates: an id and an English text.

The texts are marked for ``pyside6-lupdate`` (context ``problems``); the front
ends translate them when they show a problem. Grouped by area:
:mod:`.words` (nested words), :mod:`.manifest` (the field rules),
:mod:`.reading` (paths, kit.yaml, YAML, subtitles), :mod:`.archive`, :mod:`.media`,
:mod:`.authoring` (editing kit.yaml), :mod:`.credentials` (Content Credentials),
:mod:`.library` (the index of the reader's kits).
"""

from __future__ import annotations

from types import ModuleType

from mediakit.kit.message import Template
from mediakit.kit.problems import (
    archive,
    authoring,
    credentials,
    library,
    manifest,
    media,
    reading,
    words,
)


def all_templates() -> list[Template]:
    """Every template of the kit domain (the tests check ids and translations)."""
    modules: tuple[ModuleType, ...] = (
        words,
        manifest,
        reading,
        archive,
        media,
        authoring,
        credentials,
        library,
    )
    found = [value for module in modules for value in vars(module).values()]
    # dict: each template once, though a module may name another's (archive's CANNOT_READ_IT).
    return list(dict.fromkeys(value for value in found if isinstance(value, Template)))
