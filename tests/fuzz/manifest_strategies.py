"""Strategies for kit.yaml: valid kits mutated field by field, random YAML
documents, random text and bytes.

Documents are plain Python trees dumped with ``yaml.safe_dump``: a subtree
that appears twice becomes an anchor and its aliases; ``Raw`` scalars are
written unquoted as given (numbers with thousands of digits, ``0x``, ``.inf``,
``2:05``), which Python's own dumping cannot do for huge integers.
"""

from __future__ import annotations

import copy
from typing import Any

import yaml
from hypothesis import strategies as st

from mediakit.kit.manifest.yamlread import Map, Node, Scalar, Seq, read_yaml

Tree = Any
MIB = 1024 * 1024


class Raw(str):
    """A scalar written plain, exactly as given."""


class _Dumper(yaml.SafeDumper):
    """The pure-Python dumper: it can write lone surrogates (as escapes)."""


class _FastDumper(yaml.CSafeDumper):
    """libyaml's emitter: megabytes of text in milliseconds."""


def _raw(dumper: yaml.SafeDumper, value: Raw) -> yaml.ScalarNode:
    tag = dumper.resolve(yaml.ScalarNode, str(value), (True, False))
    return dumper.represent_scalar(tag, str(value))


_Dumper.add_representer(Raw, _raw)
_FastDumper.add_representer(Raw, _raw)  # type: ignore[arg-type]

ODD_CHARS = [
    "\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\x85", "\t", "\r", "\n", "\r\n",
    "\u2028", "\u2029", "\u202e", "\u200f", "\u2066", "\ufeff", "\u200b",
    "\ud800", "\udfff", "\uffff", "\ufffe", "\U0010ffff", "\U0001f600",
    "é", "日本", "ß", "İ", "'", '"', ":", ": ", "#", " #", "&a", "*a", "!", "!!str", "%",
    "@", "`", "{", "}", "[", "]", ",", "- ", "? ", "<<", "|", ">", "\\", "/", "..", "~",
]  # fmt: skip
TOKENS = [
    "2:05", "12:05", "1:32:00", "no", "yes", "on", "off", "y", "n", "true", "False",
    "null", "~", "", "0x1F", "0o17", "017", "1_000", "+12", "-0", ".inf", "-.inf",
    ".nan", "1e400", "-1e-400", "5.10", "2.39:1", "2025-09-02", "2025-13-45",
    "2025-02-30", "0000-00-00", "fr", "en", "pt-BR", "x-klingon", "zh-Hant-TW", "FR",
    "roped", "Roped-1", "a" * 65, "title", "logline", "still:1", "still:0", "quote:1",
    "still:99999999999999999999", "still:" + "9" * 5000, "trailer", "film",
    "stills/01.jpg", "stills/01-desert.jpg", "film/roped.mp4", "synopsis.fr.md",
    "kit.yaml", ".", "./", "stills", "stills/", "../kit.yaml", "../../etc/passwd",
    "/etc/passwd", "C:\\evil", "stills\\01.jpg", "Stills/01.JPG", "a\x00b",
    "file:///etc/passwd", "https://example.org", "javascript:alert(1)",
    "mailto:a@b", "x-", "<<", "9" * 4301, "-" + "9" * 5000, "1" + "0" * 400,
]  # fmt: skip
KEYS = [
    "mediakit", "id", "title", "kind", "year", "runtime", "languages", "logline",
    "synopsis", "statement", "credits", "quotes", "articles", "stills", "film",
    "specs", "contacts", "links", "ai_disclosure", "presentation", "file", "fr",
    "en", "role", "names", "text", "by", "show", "notes", "x-own", "synopis", "<<",
]  # fmt: skip


def odd_text(max_size: int = 40) -> st.SearchStrategy[str]:
    pieces = st.one_of(st.sampled_from(ODD_CHARS), st.text(max_size=4))
    return st.lists(pieces, max_size=max_size).map("".join)


def long_text() -> st.SearchStrategy[str]:
    sizes = st.sampled_from([1_000, 64 * 1024, MIB, 2 * MIB - 1, 2 * MIB + 1, 5 * MIB])
    return st.builds(lambda char, n: char * n, st.sampled_from(["a", "é", "\u202e", "日"]), sizes)


def scalars() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.integers(min_value=-(10**300), max_value=10**300),
        st.floats(allow_nan=True, allow_infinity=True),
        odd_text(),
        st.sampled_from(TOKENS).map(Raw),
        st.sampled_from(TOKENS),
    )


def documents() -> st.SearchStrategy[Tree]:
    """Random YAML values, nested a few levels, with keys that the format knows."""
    keys = st.one_of(st.sampled_from(KEYS), odd_text(8), st.integers(), st.booleans())
    return st.recursive(
        scalars(),
        lambda children: st.one_of(
            st.lists(children, max_size=6), st.dictionaries(keys, children, max_size=6)
        ),
        max_leaves=40,
    )


def to_tree(node: Node | None) -> Tree:
    """Our reader's nodes as plain Python (strings kept as written)."""
    if isinstance(node, Map):
        return {k: to_tree(v) for k, (_key, v) in node.entries.items()}
    if isinstance(node, Seq):
        return [to_tree(item) for item in node.items]
    if isinstance(node, Scalar):
        return node.value
    return None


def dump(tree: Tree, flow: bool | None, unicode: bool) -> str:
    options: dict[str, Any] = {
        "default_flow_style": flow,
        "allow_unicode": unicode,
        "sort_keys": False,
        "width": 10_000,
    }
    try:
        return str(yaml.dump(tree, Dumper=_FastDumper, **options))
    except (UnicodeError, yaml.YAMLError):  # lone surrogates: libyaml cannot encode them
        return str(yaml.dump(tree, Dumper=_Dumper, **options))


def _places(
    tree: Tree, path: tuple[Any, ...] = (), seen: set[int] | None = None
) -> list[tuple[Any, ...]]:
    """A path to every value inside ``tree`` (the root is ``()``); a shared subtree
    (an alias) is entered once, so a "billion laughs" tree stays cheap to walk."""
    seen = set() if seen is None else seen
    found = [path]
    if isinstance(tree, dict | list):
        if id(tree) in seen:
            return found
        seen.add(id(tree))
    if isinstance(tree, dict):
        for key, value in tree.items():
            found += _places(value, (*path, key), seen)
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            found += _places(value, (*path, index), seen)
    return found


def _get(tree: Tree, path: tuple[Any, ...]) -> Tree:
    for step in path:
        tree = tree[step]
    return tree


def _nest(value: Tree, depth: int, as_map: bool) -> Tree:
    for _ in range(depth):
        value = {"x-n": value} if as_map else [value]
    return value


def _shareable(value: Tree) -> Tree:
    """``value`` fit to repeat: PyYAML writes a string out again at every use (only
    lists and mappings become aliases), so a long one is shortened first."""
    if isinstance(value, str) and len(value) > 200:
        return value[:200]
    return value


def _laughs(value: Tree, width: int, depth: int) -> Tree:
    value = _shareable(value)
    for _ in range(depth):
        value = [value] * width  # the same list object: dumped as anchor + aliases
    return value


@st.composite
def _mutate(draw: st.DrawFn, tree: Tree) -> Tree:
    places = _places(tree)
    path = draw(st.sampled_from(places))
    op = draw(
        st.sampled_from(
            ["replace", "garble", "delete", "add", "alias", "nest", "laughs", "long", "list"]
        )
    )
    target = _get(tree, path)
    if op == "replace":
        new: Tree = draw(documents())
    elif op == "delete":
        if not path:
            return tree
        del _get(tree, path[:-1])[path[-1]]
        return tree
    elif op == "add":
        if isinstance(target, dict):
            target[draw(st.one_of(st.sampled_from(KEYS), odd_text(10)))] = draw(documents())
        elif isinstance(target, list):
            target.insert(draw(st.integers(0, len(target))), draw(documents()))
        return tree
    elif op == "garble":  # the same value with an odd character in it
        text = str(target) if not isinstance(target, dict | list) else ""
        at = draw(st.integers(0, len(text)))
        new = text[:at] + draw(st.sampled_from(ODD_CHARS)) + text[at:]
    elif op == "alias":
        new = _get(tree, draw(st.sampled_from(places)))
        if any(new is _get(tree, path[:i]) for i in range(len(path) + 1)):
            return tree  # a value cannot hold itself
    elif op == "nest":
        new = _nest(target, draw(st.integers(1, 80)), draw(st.booleans()))
    elif op == "laughs":
        new = _laughs(target, draw(st.integers(2, 12)), draw(st.integers(1, 9)))
    elif op == "long":
        new = draw(long_text())
    else:  # many items: a section with thousands of copies of one item
        new = [_shareable(target)] * draw(st.sampled_from([2, 999, 1_000, 1_001, 10_000, 10_001]))
    if not path:
        return new
    _get(tree, path[:-1])[path[-1]] = new
    return tree


HOSTILE_LINES = [
    "<<: *id001", "x-evil: !!python/object/apply:os.system [echo pwned]", "%YAML 1.1",
    "---", "...", "x-loop: &loop [*loop]", "? [a]\n: b", "title: &t [*t]", "x-a: *nowhere",
    "\t- tab", "  - ", "id: roped", "mediakit: 2", "mediakit: 1", "x-bom: \ufeff",
]  # fmt: skip


@st.composite
def _edit_lines(draw: st.DrawFn, text: str) -> str:
    """Line edits a tree cannot express: duplicated keys, stray lines, cuts."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        op = draw(st.sampled_from(["duplicate", "delete", "insert", "cut"]))
        if op == "duplicate" and lines:
            lines.insert(at, lines[at])
        elif op == "delete" and lines:
            del lines[at]
        elif op == "insert":
            lines.insert(at, draw(st.sampled_from(HOSTILE_LINES)))
        elif op == "cut" and lines:
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
    return "\n".join(lines)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # lone surrogates: invalid UTF-8 on purpose


@st.composite
def mutated_manifest(draw: st.DrawFn, bases: list[str]) -> bytes:
    """A valid kit.yaml (one of ``bases``) with 1-3 mutations, dumped in any style."""
    tree = copy.deepcopy(to_tree(read_yaml(draw(st.sampled_from(bases)))))
    for _ in range(draw(st.integers(1, 3))):
        tree = draw(_mutate(tree))
    text = dump(tree, draw(st.sampled_from([False, True, None])), draw(st.booleans()))
    return _encode(draw(_edit_lines(text)))


@st.composite
def random_document(draw: st.DrawFn) -> bytes:
    tree = draw(documents())
    text = dump(tree, draw(st.sampled_from([False, True, None])), draw(st.booleans()))
    return _encode(text)


YAML_TOKENS = [
    "- ", "[", "]", "{", "}", ", ", ": ", "? ", "&a ", "*a", "&b ", "*b", "<<: ", "!!str ",
    "!x ", "'", '"', "|", ">-", "#", "\n", "\n  ", "\n    ", "\t", "---\n", "...\n",
    "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "mediakit: 1\n", "id: a\n", "title: T\n", "\\",
    "\\x00", "\\u202e", "\\ud800", "x-", "a", "1", "\ufeff", "\x00", "\x85", "\u2028",
]  # fmt: skip


def yaml_soup() -> st.SearchStrategy[str]:
    """Text made of YAML's own punctuation: reaches the parser's corners fast."""
    tokens = st.one_of(st.sampled_from(YAML_TOKENS), odd_text(3))
    return st.lists(tokens, max_size=60).map("".join)


def random_text() -> st.SearchStrategy[bytes]:
    return st.one_of(st.text(max_size=400), yaml_soup(), odd_text(100)).map(_encode)


def random_bytes() -> st.SearchStrategy[bytes]:
    prefixes = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"mediakit: 1\n"])
    return st.builds(lambda p, b: p + b, prefixes, st.binary(max_size=2000))
