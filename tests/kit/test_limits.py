"""Every limit of the loader, each refused with a message that names it, and
the defaults that never refuse a real kit (kit-format.md, "Limits")."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.kit import load
from mediakit.kit.manifest import limits
from tests.kit.helpers import MINIMAL, errors, image_bytes, make_kit

MIB = limits.MIB


def only_error(folder: Path) -> str:
    result = load(folder)
    assert result.kit is None
    assert len(result.problems) == 1, [p.format() for p in result.problems]
    return result.problems[0].format()


def test_manifest_size_limit(tmp_path: Path) -> None:
    filler = "x-pad: '" + "a" * limits.MANIFEST_BYTES + "'\n"
    assert only_error(make_kit(tmp_path, MINIMAL + filler)) == (
        "kit.yaml: kit.yaml is larger than 4 MiB (the manifest size limit)"
    )


def test_a_manifest_at_the_size_limit_loads(tmp_path: Path) -> None:
    head = MINIMAL + "x-pad: '"
    filler = "a" * (limits.MANIFEST_BYTES - len(head) - 2)
    folder = make_kit(tmp_path, head + filler + "'\n")
    assert (folder / "kit.yaml").stat().st_size == limits.MANIFEST_BYTES
    assert errors(load(folder)) == []


def test_nesting_limit(tmp_path: Path) -> None:
    manifest = MINIMAL + "x-deep: " + "[" * 100 + "\n"
    assert only_error(make_kit(tmp_path, manifest)) == (
        "kit.yaml:4:72: the manifest is nested more than 64 levels deep (the nesting limit)"
    )


def test_nesting_limit_in_block_style(tmp_path: Path) -> None:
    body = "".join("  " * depth + f"k{depth}:\n" for depth in range(1, 100))
    assert only_error(make_kit(tmp_path, MINIMAL + "x-deep:\n" + body, dedent=False)) == (
        "kit.yaml:68:129: the manifest is nested more than 64 levels deep (the nesting limit)"
    )


def test_nesting_32_deep_in_block_style_loads(tmp_path: Path) -> None:
    body = "".join("  " * depth + f"k{depth}:\n" for depth in range(1, 32)) + "  " * 32 + "v: 1\n"
    assert errors(load(make_kit(tmp_path, MINIMAL + "x-deep:\n" + body, dedent=False))) == []


def _laughs(levels: int, width: int = 10) -> str:
    lines = ["x-0: &a0 lol"]
    for level in range(1, levels + 1):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"x-{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_alias_expansion_limit_refuses_a_billion_laughs_at_once(tmp_path: Path) -> None:
    # 10**30 values once expanded. The YAML error on the last line is never
    # reached: the reader stops at the first value over the limit, so a bomb
    # costs the reading of a few hundred events, never its expansion.
    manifest = MINIMAL + _laughs(30) + "x-after: [unclosed\n"
    assert only_error(make_kit(tmp_path, manifest)) == (
        "kit.yaml:10:56: the manifest holds more than 1,000,000 values once aliases are "
        "expanded (the alias expansion limit)"
    )


def test_alias_expansion_limit_in_merge_keys(tmp_path: Path) -> None:
    # Merge keys copy mappings: counted the same way as aliases.
    lines = ["x-m0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10}"]
    for level in range(1, 8):
        keys = ", ".join(f"k{n}: *m{level - 1}" for n in range(10))
        lines.append(f"x-m{level}: &m{level} {{<<: *m{level - 1}, {keys}}}")
    message = only_error(make_kit(tmp_path, MINIMAL + "\n".join(lines) + "\n"))
    assert message.endswith(
        "the manifest holds more than 1,000,000 values once aliases are expanded "
        "(the alias expansion limit)"
    )


@pytest.mark.parametrize(
    ("key", "anchor"),
    [
        ("stills", "{file: s.jpg, alt: A still}"),
        ("credits", "{role: Director, names: [Jane Doe]}"),
        ("quotes", "{text: A marvel., by: Le Monde}"),
        ("presentation", "{show: title}"),
    ],
)
def test_list_limit_names_the_list(tmp_path: Path, key: str, anchor: str) -> None:
    items = ", ".join(["*item"] * (limits.LIST_ITEMS + 1))
    manifest = MINIMAL + f"x-item: &item {anchor}\n{key}: [{items}]\n"
    column = len(key) + 3
    assert only_error(make_kit(tmp_path, manifest, {"s.jpg": image_bytes()})) == (
        f"kit.yaml:5:{column}: {key}: a list holds more than 10,000 items (the list limit)"
    )


def test_list_limit_inside_an_item_names_its_place(tmp_path: Path) -> None:
    names = ", ".join(["N"] * (limits.LIST_ITEMS + 1))
    manifest = MINIMAL + f"credits:\n  - role: R\n    names: [{names}]\n"
    assert only_error(make_kit(tmp_path, manifest)) == (
        "kit.yaml:6:12: credits[0].names: a list holds more than 10,000 items (the list limit)"
    )


def test_inline_text_limit(tmp_path: Path) -> None:
    manifest = MINIMAL + "logline: " + "a" * (limits.TEXT_BYTES + 1) + "\n"
    assert errors(load(make_kit(tmp_path, manifest))) == [
        "kit.yaml:4:10: logline: the text is larger than 2 MiB (the text limit)"
    ]


def test_inline_text_limit_counts_utf8_bytes(tmp_path: Path) -> None:
    # 1.25 M characters, 2.5 MiB of UTF-8: over the limit though under it in characters.
    manifest = MINIMAL + "synopsis:\n  en: " + "é" * (MIB + MIB // 4) + "\n"
    assert errors(load(make_kit(tmp_path, manifest))) == [
        "kit.yaml:5:7: synopsis.en: the text is larger than 2 MiB (the text limit)"
    ]


def test_inline_text_limit_applies_to_plain_strings_too(tmp_path: Path) -> None:
    manifest = MINIMAL + "credits:\n  - role: R\n    names: ['" + "n" * (3 * MIB) + "']\n"
    assert errors(load(make_kit(tmp_path, manifest))) == [
        "kit.yaml:6:13: credits[0].names[0]: the text is larger than 2 MiB (the text limit)"
    ]


def test_text_file_limit(tmp_path: Path) -> None:
    big = "a" * (limits.TEXT_BYTES + 1)
    folder = make_kit(tmp_path, MINIMAL + "synopsis: {file: s.md}\n", {"s.md": big})
    assert errors(load(folder)) == [
        "kit.yaml:4:18: synopsis.file: 's.md' is larger than 2 MiB (the text limit)"
    ]


def test_texts_of_one_mib_load_inline_and_from_a_file(tmp_path: Path) -> None:
    text = "é" * (MIB // 2)  # 1 MiB of UTF-8
    manifest = MINIMAL + f"logline: {text}\nsynopsis: {{file: s.md}}\n"
    result = load(make_kit(tmp_path, manifest, {"s.md": text}))
    assert errors(result) == []
    assert result.kit is not None and result.kit.logline is not None
    assert result.kit.logline.pick("en") == text


def _feature_film(folder: Path) -> Path:
    """A large but real kit: 300 stills, 1,000 credits and quotes, 1 MiB texts
    (inline and from a file), and 100,000 values reached through aliases."""
    still = image_bytes("JPEG", (32, 24))
    files: dict[str, bytes | str] = {f"stills/{n:03}.jpg": still for n in range(300)}
    files["synopsis.en.md"] = "# Synopsis\n\n" + "word " * (MIB // 5 - 3)
    lines = [
        "mediakit: 1",
        "id: feature",
        "title: A Feature Film",
        "languages: [en, fr]",
        "synopsis:",
        "  en: {file: synopsis.en.md}",
        "  fr: " + "mot " * (MIB // 4 - 2),
        "x-keywords: &k0 [a, b, c, d, e, f, g, h, i, j]",
        *(f"x-k{n}: &k{n} [{', '.join([f'*k{n - 1}'] * 10)}]" for n in range(1, 5)),
        "x-wide: [" + ", ".join(["*k4"] * 1) + "]",
        "stills:",
        *(f"  - {{file: stills/{n:03}.jpg, alt: {{en: Still {n}, fr: Photo {n}}}}}"
          for n in range(300)),
        "credits:",
        *(f"  - {{role: {{en: Role {n}, fr: Rôle {n}}}, names: [Person {n}]}}"
          for n in range(1000)),
        "quotes:",
        *(f"  - {{text: Quote {n}, by: Paper {n}, date: 2025-09-02}}" for n in range(1000)),
    ]  # fmt: skip
    return make_kit(folder, "\n".join(lines) + "\n", files, dedent=False)


def test_the_defaults_never_refuse_a_feature_films_kit(tmp_path: Path) -> None:
    folder = _feature_film(tmp_path)
    result = load(folder)
    assert errors(result) == []
    kit = result.kit
    assert kit is not None
    assert (len(kit.stills), len(kit.credits), len(kit.quotes)) == (300, 1000, 1000)
    assert kit.synopsis is not None
    assert len(kit.synopsis.pick("en").encode()) >= MIB - 16
    assert len(kit.synopsis.pick("fr").encode()) >= MIB - 16
