"""Random sequences of edits on ROPED's manifest and on the odd kit: the text read
back holds exactly the data the same edits give on plain Python lists and
dicts, and no line outside the top-level entries edited has changed."""

from __future__ import annotations

import difflib
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediakit.kit.authoring.document import DocumentError, KitDocument
from mediakit.kit.authoring.fieldpath import format_path
from mediakit.kit.authoring.spans import MapSpan, read_spans
from mediakit.kit.authoring.textlines import Lines
from tests.kit.authoring.helpers import odd_text, roped_text

KITS = {"roped": roped_text(), "odd": odd_text(), "odd-crlf": odd_text("\r\n")}

TRICKY = [
    "no", "2:05", "1.0", "", " lead", "trail ", "a: b", "x #y", "#c", "- a", "[x]", "{y}",
    "multi\nline", "ends\n", "two\n\n", "'q'", '"dq"', "null", "~", "true", "0x1F", "é€😀",
    "a,b", "tab\there", "\ttab", "?", "|", ">", "*a", "&b", "!t", "%", "@", "`", "2025-09-02",
    "\n lead", "back\\slash",
]  # fmt: skip
SCALARS = st.one_of(
    st.sampled_from(TRICKY),
    st.text(max_size=12),
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=3),
    st.dictionaries(st.sampled_from(["a", "x-b", "fr", "no"]), SCALARS, max_size=2),
)
KINDS = ["set-scalar", "set-value", "set-new", "insert", "move", "delete"]
NEW_KEYS = ["x-new", "en", "de", "pt-BR", "zz z"]
Path = tuple[str | int, ...]


def all_paths(data: object, steps: Path = ()) -> list[Path]:
    found = [steps]
    if isinstance(data, dict):
        for key, value in data.items():
            found += all_paths(value, (*steps, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += all_paths(value, (*steps, index))
    return found


def at(data: object, steps: Path) -> object:
    for step in steps:
        data = data[step]  # type: ignore[index]
    return data


def new_paths(model: object, paths: list[Path]) -> list[Path]:
    """Keys a mapping lacks, and languages a plain text could be given."""
    found = []
    for path in [(), *paths]:
        value = at(model, path)
        if isinstance(value, dict):
            found += [(*path, key) for key in NEW_KEYS if key not in value]
        elif isinstance(value, str) and path[-1] != "languages":  # a text: a second language
            found += [(*path, "en"), (*path, "de")]
    return found


def first_language(model: object) -> str:
    """The format's rule: the first of ``languages``, else English."""
    languages = model.get("languages") if isinstance(model, dict) else None
    if isinstance(languages, list) and languages and isinstance(languages[0], str):
        return languages[0]
    return "en"


def same(a: object, b: object) -> bool:
    """Equal, types included (1, 1.0 and True differ), whatever the order of keys."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isinf(a):
        return a == b
    return a == b


def top_level_lines(text: str) -> dict[str, range]:
    """Each top-level key's lines in ``text``: its comment, itself, its value, a blank after."""
    root = read_spans(text)
    assert isinstance(root, MapSpan)
    lines = Lines(text)
    found = {}
    for key, value in zip(root.keys, root.values, strict=True):
        first = text.count("\n", 0, lines.with_comment(key.start))
        last = text.count("\n", 0, value.end)
        found[getattr(key, "value", "")] = range(first, last + 2)
    return found


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(kit=st.sampled_from(sorted(KITS)), data=st.data())
def test_random_edits_mean_what_they_say_and_touch_nothing_else(kit: str, data) -> None:
    original = KITS[kit]
    document = KitDocument.parse(original)
    model = document.data
    touched: set[str] = set()
    for _ in range(data.draw(st.integers(1, 6), label="edits")):
        kind = data.draw(st.sampled_from(KINDS), label="kind")
        paths = [p for p in all_paths(model) if p]
        lists = [p for p in paths if isinstance(at(model, p), list)]
        if kind == "set-scalar":
            paths = [p for p in paths if not isinstance(at(model, p), dict | list)]
        if kind == "set-new":
            paths = new_paths(model, paths)
        if kind == "move":
            lists = [p for p in lists if len(at(model, p)) >= 2]  # type: ignore[arg-type]
        candidates = lists if kind in ("insert", "move") else paths
        if not candidates:
            continue
        path = data.draw(st.sampled_from(candidates), label="path")
        field = format_path(path)
        try:
            if kind in ("set-scalar", "set-value", "set-new"):
                value = data.draw(SCALARS if kind == "set-scalar" else VALUES, label="value")
                edited = document.set(field, value)
                parent = at(model, path[:-1])
                if isinstance(parent, str):  # a plain text is in the kit's first language
                    first = first_language(model)
                    text = {first: parent, path[-1]: value} if first != path[-1] else value
                    at(model, path[:-2])[path[-2]] = text  # type: ignore[index]
                else:
                    parent[path[-1]] = value  # type: ignore[index]
            elif kind == "delete":
                edited = document.delete(field)
                del at(model, path[:-1])[path[-1]]  # type: ignore[attr-defined]
            elif kind == "insert":
                items = at(model, path)
                assert isinstance(items, list)
                index = data.draw(st.integers(0, len(items)), label="index")
                value = data.draw(VALUES, label="value")
                edited = document.insert(field, index, value)
                items.insert(index, value)
            else:
                items = at(model, path)
                assert isinstance(items, list)
                source = data.draw(st.integers(0, len(items) - 1), label="source")
                target = data.draw(st.integers(0, len(items) - 1), label="target")
                edited = document.move(field, source, target)
                items.insert(target, items.pop(source))
        except DocumentError:
            # Only a value tied to others by an anchor, an alias or a merge may be refused.
            assert document.shared(field), field
            continue
        document = edited
        touched.add(str(path[0]))
    assert same(KitDocument.parse(document.text).data, model)
    assert same(document.data, model)
    regions = top_level_lines(original)
    before, after = original.splitlines(), document.text.splitlines()
    allowed = {line for key in touched for line in regions.get(key, ())}
    if touched - regions.keys():  # a new top-level key goes after the last one left
        allowed |= {line for r in regions.values() for line in (r.stop - 1, r.stop)}
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            changed = [i for i in range(i1, i2) if before[i].strip() and i not in allowed]
            assert changed == [], (tag, [before[i] for i in changed])
        elif tag == "insert":
            assert {i1 - 1, i1} & allowed, (tag, i1)
