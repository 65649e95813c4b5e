"""The composed YAML reader (libyaml's C composer, then a walk) against the event
reader it stands in for: the same values, places and sizes for every text it
accepts, and, for every text either refuses, the event reader's own message and
place — checked over a table of awkward manifests, the test suite's kits, and
generated documents and YAML soup. Some refusals are also pinned as text, so
that both readers cannot drift together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.kit import load
from mediakit.kit.manifest import limits, yamlread
from mediakit.kit.manifest.yamlread import (
    Map,
    Node,
    Scalar,
    Seq,
    YamlError,
    read_yaml,
    read_yaml_events,
)
from tests.conftest import ROPED
from tests.fuzz import manifest_strategies as ms
from tests.kit.helpers import FULL, formatted, make_kit

pytestmark = pytest.mark.skipif(not yamlread._HAVE_LIBYAML, reason="PyYAML without libyaml")


def shape(node: Node | None, seen: dict[int, int] | None = None) -> Any:
    """Everything a rule can see of a node: values, text as written, places, sizes,
    flow style, key order; and which lists and mappings are one shared node."""
    seen = {} if seen is None else seen
    if node is None:
        return None
    if isinstance(node, Scalar):
        return ("S", node.line, node.column, node.size, repr(node.value), node.text, node.plain)
    if id(node) in seen:  # an alias: the very node the anchor made
        return ("same as", seen[id(node)])
    seen[id(node)] = len(seen)
    if isinstance(node, Seq):
        return ("L", node.line, node.column, node.size, [shape(i, seen) for i in node.items])
    assert isinstance(node, Map)
    entries = [(t, shape(k, seen), shape(v, seen)) for t, (k, v) in node.entries.items()]
    return ("M", node.line, node.column, node.size, node.flow, entries)


def outcome(read: Any, text: str) -> Any:
    try:
        return ("read", shape(read(text)))
    except YamlError as exc:
        return ("refused", exc.message, exc.line, exc.column, exc.field)
    except Exception as exc:  # what no decoded kit.yaml holds (a lone surrogate): the same
        return ("raised", type(exc).__name__, str(exc))


def composed_only(text: str) -> Any:
    """The composed reader alone: "fallback" when it leaves the text to the event reader."""
    try:
        with yamlread.no_cycle_collection():
            return ("read", shape(yamlread._read_composed(text)))
    except yamlread._FallbackError:
        return "fallback"


def assert_same(text: str) -> None:
    fast = outcome(read_yaml, text)
    assert fast == outcome(read_yaml_events, text)
    alone = composed_only(text)
    assert alone == "fallback" or alone == fast  # it never accepts what events refuse


DEEP = limits.NESTING_DEPTH
AWKWARD = {
    "empty": "",
    "comment only": "# nothing\n",
    "bare document marker": "---\n",
    "plain values": "a: 1\nb: 1.50\nc: no\nd: 2:05\ne: ~\nf: true\ng: 0x1F\nh: 0o17\ni: .inf\n",
    "quoted values": "a: '1'\nb: \"true\"\nc: 'no'\nd: \"\"\n",
    "block scalars": "a: |\n  one\n  two\nb: >-\n  folded\n  text\n",
    "flow and block": "a: {x: 1, y: [1, 2, {z: 3}]}\nb:\n  - 1\n  - [2, 3]\n",
    "unicode and BOM-free": "titre: « Été »\n\u00e9t\u00e9: 1\nzh: 漢字\n",
    "line separators": "a: x\u2028b\nc: \x85d\n",
    "key given twice": "a: 1\nb: 2\na: 3\n",
    "key given twice, nested": "credits:\n  - role: x\n    names: [a]\n    role: y\n",
    "key twice as 1 and '1'": "1: a\n'1': b\n",
    "key twice as 1 and 0x1": "1: a\n0x1: b\n",
    "null keys twice": "~: a\nnull: b\n",
    "bad indentation": "a:\n  b: 1\n c: 2\n",
    "tab indentation": "a:\n\tb: 1\n",
    "tab after value": "a: 1\t\nb:\t2\n",
    "unclosed flow": "a: {b: 1\nc: 2\n",
    "comma in flow value": "stills: [{file: a.jpg, caption: Rome, Italy: x}]\n",
    "anchor and alias": "a: &x [1, 2]\nb: *x\nc: &s hello\nd: *s\n",
    "anchor with comment then value": "a: &x # note\n  b: 1\nc: *x\n",
    "alias as key": "a: &k key\n*k : 1\n",
    "alias key to a mapping": "a: &m {x: 1}\n? *m\n: 2\n",
    "undefined alias": "a: *nothing\n",
    "recursive alias": "a: &x [1, *x]\n",
    "recursive alias in a mapping": "a: &x {b: *x}\n",
    "redefined anchor": "a: &x 1\nb: &x 2\nc: *x\n",
    "merge key": "base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\n",
    "merge list": "a: &a {x: 1}\nb: &b {x: 2, z: 3}\nc:\n  <<: [*a, *b]\n",
    "merge then the same key twice": "a: &a {x: 1}\nc:\n  <<: *a\n  x: 2\n  x: 3\n",
    "merge of a scalar": "a: &s 1\nb:\n  <<: *s\n",
    "merge key quoted": "a: {x: 1}\nb:\n  '<<': 2\n",
    "explicit tag": "a: !!str 1\n",
    "local tag": "a: !thing x\n",
    "bare tag": "a: ! x\n",
    "bare tag on a mapping": "a: !\n  b: 1\n",
    "tag after an anchor": "a: &x !!int 3\n",
    "tag after an anchor and a line break": "a: &x\n  !!map\n  b: 1\n",
    "python tag": "a: !!python/object:os.system x\n",
    "tag directive": "%TAG ! tag:x,2000:\n---\na: !y 1\n",
    "exclamation in text": "a: Wow!\nb: 'x ! y'\nc: « Génial ! »\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "document end then more": "a: 1\n...\n---\nb: 2\n",
    "yaml directive": "%YAML 1.2\n---\na: 1\n",
    "complex key": "? [a, b]\n: 1\n",
    "mapping key": "{a: 1}: 2\n",
    "control character": "a: \x07\n",
    "nested at the limit": "a: " + "[" * (DEEP - 1) + "]" * (DEEP - 1) + "\n",
    "nested past the limit": "a: " + "[" * (DEEP + 1) + "]" * (DEEP + 1) + "\n",
    "nested past the limit, block": "".join(f"{'  ' * i}k{i}:\n" for i in range(DEEP + 2))
    + "  " * (DEEP + 2)
    + "end: 1\n",
    "huge nesting": "[" * 5000 + "]" * 5000,
    "list past the limit": "a: [" + ", ".join(["1"] * (limits.LIST_ITEMS + 1)) + "]\n",
    "list at the limit": "a: [" + ", ".join(["1"] * limits.LIST_ITEMS) + "]\n",
    "billion laughs": "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(8)
    ),
    "aliases below the limit": "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
    "merge past the alias limit": "a: &a {"
    + ", ".join(f"k{i}: [x, x, x, x, x, x, x, x, x, x]" for i in range(100))
    + "}\n"
    + "".join(f"m{i}: {{<<: *a}}\n" for i in range(1000)),
    "long integer": "a: " + "9" * 5000 + "\n",
    "NaN keys": ".nan: 1\n.NaN: 2\n",
    "nul byte": "a: b\x00c\n",
    "surrogate escape": 'a: "\\ud800"\n',
}


@pytest.mark.parametrize("text", AWKWARD.values(), ids=AWKWARD.keys())
def test_awkward_texts_read_as_the_event_reader_reads_them(text: str) -> None:
    assert_same(text)


# Pinned: the message and place of each refusal, as the format's users see them.
PINNED = {
    "key given twice": "kit.yaml:3:1: a: given twice (first at line 1)",
    "key given twice, nested": "kit.yaml:4:5: credits[0].role: given twice (first at line 2)",
    "tab indentation": (
        "kit.yaml:2:1: this is not valid YAML: found character that cannot start any token"
    ),
    "undefined alias": (
        "kit.yaml:1:4: alias '*nothing' is not defined (an anchor '&nothing' must come before it)"
    ),
    "recursive alias": "kit.yaml:1:11: alias '*x' refers to the very value that holds it",
    "bare tag": "kit.yaml:1:4: tags like '!' are not allowed in a kit",
    "tag after an anchor": (
        "kit.yaml:1:4: tags like 'tag:yaml.org,2002:int' are not allowed in a kit"
    ),
    "two documents": "kit.yaml:2:1: the file holds more than one YAML document",
    "nested past the limit": (
        f"kit.yaml:1:{DEEP + 3}: the manifest is nested more than {DEEP} levels deep "
        "(the nesting limit)"
    ),
    "list past the limit": (
        f"kit.yaml:1:4: a: a list holds more than {limits.LIST_ITEMS:,} items (the list limit)"
    ),
    "merge of a scalar": "kit.yaml:3:3: '<<' merges a mapping or a list of mappings",
}


@pytest.mark.parametrize("name", PINNED)
def test_refusals_keep_their_message_and_place(tmp_path: Path, name: str) -> None:
    result = load(make_kit(tmp_path / "kit", AWKWARD[name].encode("utf-8")))
    assert formatted(result)[0] == PINNED[name]


def test_non_utf8_names_its_place(tmp_path: Path) -> None:
    result = load(make_kit(tmp_path / "kit", b"a: 1\nb: caf\xe9\n"))
    assert formatted(result) == [
        "kit.yaml:2:7: this is not UTF-8 text (byte 0xe9): save the file as UTF-8"
    ]


@pytest.mark.parametrize(
    "text",
    [FULL, (ROPED / "kit.yaml").read_text(encoding="utf-8"), AWKWARD["merge key"]],
    ids=["full", "roped", "merge"],
)
def test_real_kits_take_the_composed_path(text: str) -> None:
    """Else every comparison above could pass with the composed reader never used."""
    assert composed_only(text) != "fallback"
    assert_same(text)


def test_the_composed_path_gives_the_same_kit(tmp_path: Path, monkeypatch) -> None:
    kit = make_kit(tmp_path / "kit", FULL, None, dedent=False)
    composed = load(kit)
    monkeypatch.setattr(yamlread, "_HAVE_LIBYAML", False)  # events only
    assert load(kit) == composed


def test_a_manifest_too_busy_for_a_kit_is_never_composed(monkeypatch) -> None:
    """A hostile text with hundreds of thousands of values goes to the event reader,
    which refuses it after a few events, instead of being composed whole first."""

    def never(text: str) -> None:
        raise AssertionError("composed")

    monkeypatch.setattr(yamlread, "_read_composed", never)
    text = "a: [" + "x," * (yamlread._FAST_SEPARATORS + 1) + "]\n"
    with pytest.raises(YamlError, match="the list limit"):
        read_yaml(text)


def test_reading_leaves_the_cycle_collector_as_it_was() -> None:
    import gc

    assert gc.isenabled()
    read_yaml(FULL)
    assert gc.isenabled()
    with pytest.raises(YamlError):
        read_yaml("a: 1\na: 2\n")
    assert gc.isenabled()
    gc.disable()
    try:
        read_yaml(FULL)
        assert not gc.isenabled()
    finally:
        gc.enable()


SOME = settings(max_examples=150, deadline=None, derandomize=True, database=None)


@SOME
@given(text=ms.yaml_soup())
def test_yaml_soup_reads_the_same(text: str) -> None:
    assert_same(text)


@SOME
@given(data=ms.random_document())
def test_generated_documents_read_the_same(data: bytes) -> None:
    try:
        text = yamlread.decode_utf8(data)
    except YamlError:
        return
    assert_same(text)


@SOME
@given(data=ms.mutated_manifest([FULL]), flow=st.booleans())
def test_mutated_kits_read_the_same(data: bytes, flow: bool) -> None:
    try:
        text = yamlread.decode_utf8(data)
    except YamlError:
        return
    assert_same(text)
