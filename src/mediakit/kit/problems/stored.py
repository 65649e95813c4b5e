"""Messages as JSON and back: the archive cache keeps a check's problems as
ids and parameters, so a cached report is shown in any interface language."""

from __future__ import annotations

from functools import cache
from typing import Any

from mediakit.kit.message import VERBATIM, Message, Param, Template
from mediakit.kit.problems import all_templates


def dump(message: Message) -> dict[str, Any]:
    """``{"id": …, "params": {…}}``, nested messages as such objects too."""
    params = {
        name: dump(value) if isinstance(value, Message) else value
        for name, value in message.params.items()
    }
    return {"id": message.template.id, "params": params}


def load(data: Any) -> Message:
    """The message :func:`dump` wrote; ValueError for anything else (an unknown id too)."""
    if not isinstance(data, dict) or not isinstance(data.get("params"), dict):
        raise ValueError("not a stored message")
    template = _by_id().get(data.get("id"))
    if template is None:
        raise ValueError(f"unknown message id {data.get('id')!r}")
    params: dict[str, Param] = {}
    for name, value in data["params"].items():
        if isinstance(value, dict):
            params[name] = load(value)
        elif isinstance(value, str | int) and not isinstance(value, bool):
            params[name] = value
        else:
            raise ValueError(f"bad parameter {name!r}")
    try:
        return template(**params)
    except TypeError:
        raise ValueError(f"wrong parameters for {template.id}") from None


@cache
def _by_id() -> dict[object, Template]:
    return {template.id: template for template in [VERBATIM, *all_templates()]}
