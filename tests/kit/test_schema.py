"""The JSON Schema agrees with the loader: both refuse the same bad manifests
and accept the same good kit, with the `jsonschema` package and with the real
`check-jsonschema` command (which reads YAML with ruamel, as YAML 1.2)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from mediakit.kit import load
from mediakit.kit.manifest.schema import json_schema
from mediakit.kit.manifest.yamlread import Map, Node, Scalar, Seq, read_yaml
from tests.conftest import ROPED
from tests.kit.helpers import FULL, MINIMAL, errors, full_files, make_kit

CHECK = Path(sys.executable).parent / "check-jsonschema"
BAD: list[tuple[str, str]] = [
    ("no-version", "id: a\ntitle: T\n"),
    ("version-2", "mediakit: 2\nid: a\ntitle: T\n"),
    ("version-string", "mediakit: '1'\nid: a\ntitle: T\n"),
    ("no-id", "mediakit: 1\ntitle: T\n"),
    ("bad-id", "mediakit: 1\nid: Roped\ntitle: T\n"),
    ("no-title", "mediakit: 1\nid: a\n"),
    ("title-bool", "mediakit: 1\nid: a\ntitle: true\n"),
    ("unknown-key", MINIMAL + "synopis: x\n"),
    ("unknown-nested", MINIMAL + "credits: [{role: R, names: [A], nmes: [B]}]\n"),
    ("bad-language-key", MINIMAL + "logline: {f: x}\n"),
    ("text-only-x", MINIMAL + "logline: {x-draft: x}\n"),
    ("file-in-label", MINIMAL + "kind: {file: k.md}\n"),
    ("year-string", MINIMAL + "year: '2025'\n"),
    ("year-bool", MINIMAL + "year: true\n"),
    ("runtime-60", MINIMAL + "runtime: '2:60'\n"),
    ("languages-empty", MINIMAL + "languages: []\n"),
    ("languages-bad", MINIMAL + "languages: [en_GB]\n"),
    ("languages-dup", MINIMAL + "languages: [fr, fr]\n"),
    ("date-month-13", MINIMAL + "quotes: [{text: a, by: b, date: '2025-13-01'}]\n"),
    ("date-slashes", MINIMAL + "quotes: [{text: a, by: b, date: 2/9/2025}]\n"),
    ("credit-no-names", MINIMAL + "credits: [{role: R}]\n"),
    ("credit-empty-names", MINIMAL + "credits: [{role: R, names: []}]\n"),
    ("credits-string", MINIMAL + "credits: Jane\n"),
    ("quote-no-by", MINIMAL + "quotes: [{text: a}]\n"),
    ("article-no-body", MINIMAL + "articles: [{title: a, publication: b}]\n"),
    ("still-no-file", MINIMAL + "stills: [{alt: a}]\n"),
    ("path-backslash", MINIMAL + "stills: [{file: 'a\\b.jpg'}]\n"),
    ("path-absolute", MINIMAL + "stills: [{file: /a.jpg}]\n"),
    ("film-no-file", MINIMAL + "film: {poster: p.jpg}\n"),
    ("subtitle-no-language", MINIMAL + "film: {file: f.mp4, subtitles: [{file: s.srt}]}\n"),
    ("contact-no-name", MINIMAL + "contacts: [{email: a@b.c}]\n"),
    ("link-no-url", MINIMAL + "links: [{label: a}]\n"),
    ("spec-no-value", MINIMAL + "specs: [{label: a}]\n"),
    ("slide-unknown", MINIMAL + "presentation: [{show: cast}]\n"),
    ("slide-zero", MINIMAL + "presentation: [{show: 'still:0'}]\n"),
    ("slide-no-show", MINIMAL + "presentation: [{notes: n}]\n"),
]


def plain(node: Node | None) -> Any:
    """Our positioned tree as the plain data a JSON Schema validator sees."""
    if isinstance(node, Map):
        return {key: plain(value) for key, (_k, value) in node.entries.items()}
    if isinstance(node, Seq):
        return [plain(item) for item in node.items]
    assert isinstance(node, Scalar)
    return node.value


def validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    return jsonschema.Draft202012Validator(schema, format_checker=checker)


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    json.dumps(schema)


@pytest.mark.parametrize("manifest", [pytest.param(m, id=name) for name, m in BAD])
def test_schema_and_loader_both_refuse(tmp_path: Path, manifest: str) -> None:
    assert errors(load(make_kit(tmp_path, manifest))), "the loader accepted it"
    assert not validator().is_valid(plain(read_yaml(manifest))), "the schema accepted it"


def test_schema_and_loader_both_accept_the_full_kit(tmp_path: Path) -> None:
    folder = make_kit(tmp_path, FULL, full_files())
    assert [p.format() for p in load(folder).problems] == []
    instance = plain(read_yaml(FULL))
    assert list(validator().iter_errors(instance)) == []


def test_schema_allows_x_keys_everywhere() -> None:
    manifest = MINIMAL + (
        "x-top: 1\ncredits: [{role: {en: R, x-n: 1}, names: [A], x-c: 2}]\n"
        "synopsis: {en: {file: s.md, x-f: 3}}\nfilm: {file: f.mp4, x-film: 4}\n"
    )
    assert list(validator().iter_errors(plain(read_yaml(manifest)))) == []


def _check_jsonschema(tmp_path: Path, files: list[Path]) -> subprocess.CompletedProcess[str]:
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(json_schema()), "utf-8")
    command = [str(CHECK), "--schemafile", str(schema), *map(str, files)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.mark.skipif(
    not CHECK.exists() and not shutil.which("check-jsonschema"),
    reason="check-jsonschema is not installed",
)
def test_check_jsonschema_accepts_the_full_kit(tmp_path: Path) -> None:
    folder = make_kit(tmp_path / "kit", FULL, full_files())
    done = _check_jsonschema(tmp_path, [folder / "kit.yaml"])
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(not CHECK.exists(), reason="check-jsonschema is not installed")
def test_check_jsonschema_refuses_every_bad_manifest(tmp_path: Path) -> None:
    files = []
    for name, manifest in BAD:
        file = tmp_path / f"{name}.yaml"
        file.write_text(manifest, "utf-8")
        files.append(file)
    done = _check_jsonschema(tmp_path, files)
    assert done.returncode == 1
    output = done.stdout + done.stderr
    accepted = [name for name, _m in BAD if f"{name}.yaml::" not in output]
    assert accepted == [], output


def test_schema_and_loader_both_accept_roped() -> None:
    manifest = (ROPED / "kit.yaml").read_text("utf-8")
    assert [p.format() for p in load(ROPED).problems] == []
    assert list(validator().iter_errors(plain(read_yaml(manifest)))) == []


@pytest.mark.skipif(not CHECK.exists(), reason="check-jsonschema is not installed")
def test_check_jsonschema_accepts_roped(tmp_path: Path) -> None:
    done = _check_jsonschema(tmp_path, [ROPED / "kit.yaml"])
    assert done.returncode == 0, done.stdout + done.stderr
