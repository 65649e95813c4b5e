"""A kit whose files are not files: FIFOs, devices, links out of the kit, paths
that cannot be reached. Each gives a message naming the file, at once."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from mediakit.kit import LoadResult, load
from mediakit.kit.manifest.model import Problem
from tests.kit.helpers import MINIMAL, errors, image_bytes, make_kit

HANG_GUARD_S = 60  # only so that a regression fails instead of hanging the suite


def load_guarded(path: Path) -> LoadResult:
    """``load(path)``, failing the test if it never returns (a FIFO opened blocking)."""
    found: list[LoadResult] = []
    worker = threading.Thread(target=lambda: found.append(load(path)), daemon=True)
    worker.start()
    worker.join(HANG_GUARD_S)
    assert found, f"load({path}) did not return: it is blocked"
    return found[0]


def test_a_fifo_for_kit_yaml(tmp_path: Path) -> None:
    tmp_path.joinpath("kit").mkdir()
    os.mkfifo(tmp_path / "kit" / "kit.yaml")
    assert errors(load_guarded(tmp_path / "kit")) == [
        "kit.yaml: 'kit.yaml' is a named pipe (FIFO), not a regular file"
    ]
    assert errors(load_guarded(tmp_path / "kit" / "kit.yaml")) == [
        "kit.yaml: 'kit.yaml' is a named pipe (FIFO), not a regular file"
    ]


@pytest.mark.parametrize("name", ["stills/a.jpg", "synopsis.md"])
def test_a_fifo_for_a_file_the_manifest_names(tmp_path: Path, name: str) -> None:
    manifest = MINIMAL + "stills: [{file: stills/a.jpg, alt: A}]\nsynopsis: {file: synopsis.md}\n"
    files: dict[str, bytes | str] = {"stills/a.jpg": image_bytes(), "synopsis.md": "Text."}
    folder = make_kit(tmp_path, manifest, files)
    (folder / name).unlink()
    os.mkfifo(folder / name)
    (problem,) = errors(load_guarded(folder))
    assert problem.endswith(f"'{name}' is a named pipe (FIFO), not a regular file")


def test_kit_yaml_linking_out_of_the_kit_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "shadow"
    secret.write_text("root:*:19000:0:99999:7:::\n")
    (tmp_path / "kit").mkdir()
    (tmp_path / "kit" / "kit.yaml").symlink_to(secret)
    result = load_guarded(tmp_path / "kit")
    assert errors(result) == ["kit.yaml: 'kit.yaml' is a link that points outside the kit folder"]
    assert not any("root" in problem for problem in errors(result))


def test_kit_yaml_linking_inside_the_kit_is_followed(tmp_path: Path) -> None:
    folder = make_kit(tmp_path, MINIMAL)
    (folder / "kit.yaml").rename(folder / "manifest.yaml")
    (folder / "kit.yaml").symlink_to("manifest.yaml")
    assert load_guarded(folder).ok


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("/dev/null", "/dev/null: not a kit: it is a device; give a kit folder, its kit.yaml or "
         "a .mediakit archive"),
        ("notes.txt", "{tmp}/notes.txt: not a kit: it is a file; give a kit folder, its kit.yaml "
         "or a .mediakit archive"),
        ("missing", "{tmp}/missing: no such file or folder"),
        ("x" * 300, "{tmp}/" + "x" * 300 + ": cannot read it: File name too long"),
    ],
)  # fmt: skip
def test_what_is_not_a_kit_is_named_as_given(tmp_path: Path, given: str, message: str) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    path = Path(given) if given.startswith("/") else tmp_path / given
    result = load_guarded(path)
    assert [p.format() for p in result.problems] == [message.format(tmp=tmp_path)]
    assert result.problems[0] == Problem(str(path), result.problems[0].message)
