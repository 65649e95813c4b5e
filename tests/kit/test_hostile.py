"""Hostile and broken input: always a LoadResult with a clear problem, never a raise."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from mediakit.kit import load
from mediakit.kit.manifest import limits
from tests.kit.helpers import MINIMAL, errors, make_kit

BILLION_LAUGHS = """\
mediakit: 1
id: lol
title: &a0 lol
x-1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
x-2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
x-3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
x-4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
x-5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
x-6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
x-7: &a7 [*a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6, *a6]
x-8: &a8 [*a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7, *a7]
x-9: &a9 [*a8, *a8, *a8, *a8, *a8, *a8, *a8, *a8, *a8, *a8]
"""


def only_error(folder: Path) -> str:
    result = load(folder)
    assert result.kit is None
    assert len(result.problems) == 1
    return result.problems[0].format()


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    message = only_error(make_kit(tmp_path, BILLION_LAUGHS))
    assert message.startswith("kit.yaml:9:")  # a6 = &a6 expands to 1,111,111 values
    assert "more than 1,000,000 values once aliases are expanded" in message


def test_aliases_below_the_limit_are_fine(tmp_path: Path) -> None:
    # 10**5 expanded values: the format's minimum that every reader must accept.
    manifest = "\n".join(BILLION_LAUGHS.splitlines()[:8]) + "\n"
    result = load(make_kit(tmp_path, manifest))
    assert errors(result) == []


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    message = only_error(make_kit(tmp_path, MINIMAL + "x-loop: &loop [1, *loop]\n"))
    assert message == "kit.yaml:4:19: alias '*loop' refers to the very value that holds it"


@pytest.mark.parametrize("opener", ["[", "{a: ", "- "])
def test_deep_nesting_is_refused(tmp_path: Path, opener: str) -> None:
    depth = 10_000
    if opener == "- ":  # block nesting grows by its indentation: 1,000 levels is 1 MB
        body = "\n" + "".join("  " * (i + 1) + "-\n" for i in range(1_000))
    else:
        body = opener * depth
    message = only_error(make_kit(tmp_path, MINIMAL + "x-deep: " + body, dedent=False))
    assert f"nested more than {limits.NESTING_DEPTH} levels deep" in message


def test_nesting_at_the_format_minimum_is_fine(tmp_path: Path) -> None:
    result = load(make_kit(tmp_path, MINIMAL + "x-deep: " + "[" * 31 + "]" * 31 + "\n"))
    assert errors(result) == []


def test_binary_garbage(tmp_path: Path) -> None:
    noise = random.Random(7).randbytes(4096)
    message = only_error(make_kit(tmp_path, noise))
    assert message.startswith("kit.yaml:1:")
    assert "not UTF-8" in message


def test_control_characters(tmp_path: Path) -> None:
    message = only_error(make_kit(tmp_path, MINIMAL.encode() + b"kind: a\x00b\n"))
    assert message.startswith("kit.yaml:")
    assert "not valid YAML" in message


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    message = only_error(make_kit(tmp_path, MINIMAL.encode() + b"kind: caf\xe9\n"))
    assert message == "kit.yaml:4:10: this is not UTF-8 text (byte 0xe9): save the file as UTF-8"


def test_python_object_tag_is_refused(tmp_path: Path) -> None:
    manifest = MINIMAL + "x-evil: !!python/object/new:os.system [echo pwned]\n"
    message = only_error(make_kit(tmp_path, manifest))
    assert message == ("kit.yaml:4:9: tags like 'tag:yaml.org,2002:python/object/new:os.system' "
                       "are not allowed in a kit")  # fmt: skip


def test_manifest_size_limit(tmp_path: Path) -> None:
    filler = "x-pad: '" + "a" * limits.MANIFEST_BYTES + "'\n"
    message = only_error(make_kit(tmp_path, MINIMAL + filler))
    assert message == "kit.yaml: kit.yaml is larger than 4 MiB (the manifest size limit)"


def test_list_limit(tmp_path: Path) -> None:
    items = ", ".join(["1"] * (limits.LIST_ITEMS + 1))
    message = only_error(make_kit(tmp_path, MINIMAL + f"x-many: [{items}]\n"))
    assert message == "kit.yaml:4:9: x-many: a list holds more than 10,000 items (the list limit)"


def test_text_file_limit(tmp_path: Path) -> None:
    big = "a" * (limits.TEXT_FILE_BYTES + 1)
    folder = make_kit(tmp_path, MINIMAL + "synopsis: {file: s.md}\n", {"s.md": big})
    assert errors(load(folder)) == [
        "kit.yaml:4:18: synopsis.file: 's.md' is larger than 2 MiB (the text limit)"
    ]


def test_missing_folder(tmp_path: Path) -> None:
    result = load(tmp_path / "nowhere")
    assert result.kit is None
    assert [p.format() for p in result.problems] == [
        f"{tmp_path / 'nowhere'}: no such file or folder"
    ]


def test_folder_without_manifest(tmp_path: Path) -> None:
    result = load(tmp_path)
    assert [p.format() for p in result.problems] == [
        "kit.yaml: this folder has no kit.yaml: a kit holds its manifest, kit.yaml, at the top "
        "of its folder"
    ]


def test_manifest_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "kit.yaml").mkdir()
    assert errors(load(tmp_path)) == ["kit.yaml: 'kit.yaml' is a folder, not a file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_manifest(tmp_path: Path) -> None:
    folder = make_kit(tmp_path, MINIMAL)
    (folder / "kit.yaml").chmod(0)
    try:
        assert errors(load(folder)) == ["kit.yaml: cannot read kit.yaml: Permission denied"]
    finally:
        (folder / "kit.yaml").chmod(0o644)


def test_link_leaving_the_kit(tmp_path: Path) -> None:
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(b"\xff\xd8\xff")
    folder = make_kit(tmp_path / "kit", MINIMAL + "stills: [{file: s.jpg, alt: a}]\n")
    (folder / "s.jpg").symlink_to(outside)
    assert errors(load(folder)) == [
        "kit.yaml:4:17: stills[0].file: 's.jpg' is a link that points outside the kit folder"
    ]


def test_folder_link_leaving_the_kit(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "s.jpg").write_bytes(b"\xff\xd8\xff")
    folder = make_kit(tmp_path / "kit", MINIMAL + "stills: [{file: media/s.jpg, alt: a}]\n")
    (folder / "media").symlink_to(tmp_path / "elsewhere")
    assert errors(load(folder)) == [
        "kit.yaml:4:17: stills[0].file: 'media/s.jpg' is a link that points outside the kit folder"
    ]


def test_link_loop(tmp_path: Path) -> None:
    folder = make_kit(tmp_path, MINIMAL + "stills: [{file: loop.jpg, alt: a}]\n")
    (folder / "loop.jpg").symlink_to("loop.jpg")
    result = load(folder)
    assert result.kit is None
    assert errors(result)[0].startswith("kit.yaml:4:17: stills[0].file: ")


def test_non_string_key(tmp_path: Path) -> None:
    message = only_error(make_kit(tmp_path, MINIMAL + "? [a, b]\n: c\n"))
    assert message == "kit.yaml:4:3: a key must be a plain name, not a list or mapping"


def test_load_never_raises_on_a_non_path_string(tmp_path: Path) -> None:
    result = load(Path("\0bad"))
    assert result.kit is None and result.problems
