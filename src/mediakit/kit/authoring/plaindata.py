"""The edits on plain Python data: what the text must mean once edited.

:class:`~.document.KitDocument` applies each edit here first — this decides
whether the edit makes sense (the path, the index) and what the whole kit
then holds — and then to the text, which it re-reads and compares with this.
Every function returns new data; the input is never changed.
"""

from __future__ import annotations

import copy
import math

from mediakit.kit.authoring.errors import DocumentError
from mediakit.kit.authoring.fieldpath import Step, Steps, format_path
from mediakit.kit.manifest.rules.text import is_language
from mediakit.kit.manifest.yamlread import Map, Node, Scalar, Seq
from mediakit.kit.problems import authoring as say

DEFAULT_LANGUAGE = "en"  # the format's default for `languages:`


def to_plain(node: Node | None) -> object:
    """The value the kit's YAML 1.2 reader built, as str/int/float/bool/None/list/dict;
    a value reached through several aliases becomes as many separate copies."""
    if node is None or isinstance(node, Scalar):
        return None if node is None else node.value
    if isinstance(node, Seq):
        return [to_plain(item) for item in node.items]
    assert isinstance(node, Map)
    return {key: to_plain(value) for key, (_, value) in node.entries.items()}


def first_language(data: object) -> str:
    """The kit's first language: the first of ``languages:``, else the format's default."""
    languages = data.get("languages") if isinstance(data, dict) else None
    if isinstance(languages, list) and languages and isinstance(languages[0], str):
        return languages[0]
    return DEFAULT_LANGUAGE


def is_text_scalar(value: object) -> bool:
    """A value a text can be as a plain string (a number is the text written)."""
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def promotes(container: object, step: Step, last: bool) -> bool:
    """Whether setting ``step`` in ``container`` turns a one-language text into a
    mapping of languages: ``logline: …`` given ``logline.en``."""
    return last and is_text_scalar(container) and isinstance(step, str) and is_language(step)


def lookup(data: object, steps: Steps) -> object:
    """The value at ``steps``; KeyError when a step is missing."""
    current = data
    for step in steps:
        if isinstance(step, int):
            if not isinstance(current, list) or not 0 <= step < len(current):
                raise KeyError(format_path(steps))
        elif not isinstance(current, dict) or step not in current:
            raise KeyError(format_path(steps))
        current = current[step]  # type: ignore[index]
    return current


def nest(steps: Steps, value: object, where: Steps) -> object:
    """``value`` under new mappings for ``steps``: ``("a", "b"), 1`` → ``{"a": {"b": 1}}``."""
    for at, step in reversed(list(enumerate(steps))):
        if isinstance(step, int):
            raise DocumentError(say.NEW_ITEM_NEEDS_INSERT(field=format_path(where + steps[:at])))
        value = {step: value}
    return value


def set_value(data: object, steps: Steps, value: object) -> object:
    """``data`` with ``value`` at ``steps``, missing mappings made on the way; an
    index one past a list's end (``quotes[2]`` of two quotes) appends to it."""
    value = writable(value, steps)
    language = first_language(data)
    root: list[object] = [copy.deepcopy(data)]
    holder: list[object] | dict[str, object] = root
    slot: Step = 0
    for at, step in enumerate(steps):
        current = holder[slot]  # type: ignore[index]
        last = at == len(steps) - 1
        if promotes(current, step, last):
            if step != language:  # the plain text is in the first language
                holder[slot] = {language: current, step: value}  # type: ignore[index]
            else:
                holder[slot] = value  # type: ignore[index]
            return root[0]
        if current is None and isinstance(step, str):
            holder[slot] = nest(steps[at:], value, steps[:at])  # type: ignore[index]
            return root[0]
        where = format_path(steps[:at]) or "kit.yaml"
        if isinstance(step, int):
            if not isinstance(current, list):
                raise DocumentError(say.NOT_A_LIST(field=where))
            if last and step == len(current):  # one past the end: a new last item
                current.append(value)
                return root[0]
            if not 0 <= step < len(current):
                raise DocumentError(
                    say.INDEX_OUT_OF_RANGE(field=where, count=len(current), index=step)
                )
        elif not isinstance(current, dict):
            raise DocumentError(say.NOT_A_MAPPING(field=where, key=step))
        elif step not in current:
            current[step] = nest(steps[at + 1 :], value, steps[: at + 1])
            return root[0]
        holder, slot = current, step
    holder[slot] = value  # type: ignore[index]
    return root[0]


def _container(data: object, steps: Steps) -> tuple[object, Step]:
    """(the container holding ``steps``'s last step, that step), checked to exist."""
    try:
        parent = lookup(data, steps[:-1])
        lookup(parent, steps[-1:])
    except KeyError:
        raise DocumentError(say.FIELD_MISSING(field=format_path(steps))) from None
    return parent, steps[-1]


def delete_value(data: object, steps: Steps) -> object:
    result = copy.deepcopy(data)
    parent, step = _container(result, steps)
    del parent[step]  # type: ignore[attr-defined]
    return result


def list_at(data: object, steps: Steps) -> list[object] | None:
    """The list at ``steps``; None when absent or null; DocumentError when not a list."""
    try:
        found = lookup(data, steps)
    except KeyError:
        return None
    if found is None:
        return None
    if not isinstance(found, list):
        raise DocumentError(say.NOT_A_LIST(field=format_path(steps)))
    return found


def insert_value(data: object, steps: Steps, index: int, value: object) -> object:
    value = writable(value, steps)
    items = list_at(data, steps)
    count = 0 if items is None else len(items)
    if not 0 <= index <= count:
        raise DocumentError(
            say.INDEX_OUT_OF_RANGE(field=format_path(steps), count=count, index=index)
        )
    if items is None:
        return set_value(data, steps, [value])
    result = copy.deepcopy(data)
    target = lookup(result, steps)
    assert isinstance(target, list)
    target.insert(index, copy.deepcopy(value))
    return result


def move_value(data: object, steps: Steps, source: int, target: int) -> object:
    items = list_at(data, steps)
    count = 0 if items is None else len(items)
    for index in (source, target):
        if not 0 <= index < count:
            raise DocumentError(
                say.INDEX_OUT_OF_RANGE(field=format_path(steps), count=count, index=index)
            )
    result = copy.deepcopy(data)
    moved = lookup(result, steps)
    assert isinstance(moved, list)
    moved.insert(target, moved.pop(source))
    return result


def writable(value: object, where: Steps) -> object:
    """A copy of ``value`` in the types a kit.yaml reads back (a tuple as a list);
    DocumentError for anything else (a set, bytes, a date, a non-string key)."""
    if isinstance(value, dict):
        copied: dict[str, object] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                kind = type(key).__name__
                raise DocumentError(say.CANNOT_WRITE_VALUE(field=format_path(where), kind=kind))
            copied[key] = writable(item, (*where, key))
        return copied
    if isinstance(value, list | tuple):
        return [writable(item, (*where, index)) for index, item in enumerate(value)]
    if value is not None and not isinstance(value, str | int | float | bool):
        kind = type(value).__name__
        raise DocumentError(say.CANNOT_WRITE_VALUE(field=format_path(where), kind=kind))
    return value


def first_difference(a: object, b: object, steps: Steps = ()) -> Steps | None:
    """The first path where ``a`` and ``b`` differ (types compared too: ``1`` is not
    ``True`` nor ``1.0``; NaN equals NaN), None when they are the same."""
    if type(a) is not type(b):
        return steps
    if isinstance(a, dict):
        assert isinstance(b, dict)
        extra = next((k for k in (*a, *b) if k not in a or k not in b), None)
        if extra is not None:  # the order of keys means nothing to a kit
            return (*steps, extra)
        for key in a:
            found = first_difference(a[key], b[key], (*steps, key))
            if found is not None:
                return found
        return None
    if isinstance(a, list):
        assert isinstance(b, list)
        for index, (x, y) in enumerate(zip(a, b, strict=False)):
            found = first_difference(x, y, (*steps, index))
            if found is not None:
                return found
        return None if len(a) == len(b) else (*steps, min(len(a), len(b)))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return None
    return None if a == b else steps
