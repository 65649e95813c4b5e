"""``mediakit search QUERY``: hits with their kit, field and marked snippet; exit
0 with hits, 1 without, 2 for a wrong command line; hostile queries are words."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROPED, run_mediakit
from tests.library.helpers import rene_kit


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    kit = rene_kit(tmp_path / "rene")
    assert run_mediakit("library", "add", str(ROPED), str(kit), env=env).returncode == 0
    return env


def search(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_mediakit("search", *args, env=env)


def test_hits_are_lines_with_the_match_marked(env: dict[str, str]) -> None:
    done = search(env, "smad")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0] == "ROPED · credits[1].names[0]: Fabrice «Smadja» (AOC)"
    assert lines[1] == f"  {ROPED}"


def test_json_shape(env: dict[str, str], tmp_path: Path) -> None:
    done = search(env, "rene", "--json")
    assert done.returncode == 0
    hits = json.loads(done.stdout)
    assert hits[0] == {
        "title": "La Nuit de René",
        "path": str(tmp_path / "rene"),
        "field": "title",
        "section": "",
        "language": "fr",
        "snippet": "La Nuit de «René»",
        "missing": False,
    }
    assert {hit["section"] for hit in hits} <= {"", "synopsis", "credits", "quotes", "stills"}


def test_folded_and_prefix(env: dict[str, str]) -> None:
    assert "«COKAU»" in search(env, "cokau").stdout
    assert search(env, "ZOE", "ANG").returncode == 0


def test_no_hit_exits_1(env: dict[str, str]) -> None:
    done = search(env, "xylophone")
    assert done.returncode == 1 and done.stdout == "" and done.stderr == ""


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "-", "AND", "a OR", "x:y"])
def test_hostile_queries_never_fail(env: dict[str, str], query: str) -> None:
    done = search(env, "--", query)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr and done.stderr == ""


def test_usage_errors_exit_2(env: dict[str, str]) -> None:
    assert search(env).returncode == 2
    assert search(env, "rene", "--limit", "0").returncode == 2


def test_limit(env: dict[str, str]) -> None:
    assert len(json.loads(search(env, "a", "--json", "--limit", "3").stdout)) <= 3


def test_a_tty_gets_bold(env: dict[str, str]) -> None:
    from mediakit.cli.search import BOLD, PLAIN, _line
    from mediakit.library.store import Hit

    hit = Hit(Path("/k"), "T\x1b[31m", "title", "", "", "\ue000Abc\ue001 \x1b]0;x\x07")
    line = _line(hit, tty=True)
    assert f"{BOLD}Abc{PLAIN}" in line
    assert "\x1b[31m" not in line and "\x07" not in line  # the kit's own escapes are shown
