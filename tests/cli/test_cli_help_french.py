"""The command line's help and argparse's own words — "usage: ", "error: ",
"the following arguments are required" — speak the interface language too,
from the same catalogue as its messages, still without loading Qt."""

from __future__ import annotations

import argparse
import ast
import gettext
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mediakit import catalog
from mediakit.cli import argparse_words
from mediakit.cli.main import build_parser, main
from tests.cli.test_command_table import subparsers
from tests.conftest import ROPED, run_mediakit

FRENCH = {"LANGUAGE": "fr", "LANG": "fr_FR.UTF-8", "LC_ALL": ""}
C = {"LC_ALL": "C"}
NB = "\u00a0"  # French puts a no-break space before ":"


def mediakit(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_mediakit(*args, env={**os.environ, **env})


def test_help_in_french() -> None:
    run = mediakit("--help", env=FRENCH)
    assert run.returncode == 0
    assert run.stdout.startswith(f"utilisation{NB}: mediakit ")
    assert f"arguments positionnels{NB}:" in run.stdout
    assert "afficher ce message d’aide et quitter" in run.stdout
    assert "vérifier un dossier de presse (dossier ou .mediakit)" in run.stdout  # a summary
    assert "Sans commande, ouvre la fenêtre" in run.stdout  # the epilog


def test_a_command_s_help_in_french() -> None:
    run = mediakit("validate", "--help", env=FRENCH)
    assert run.returncode == 0
    assert run.stdout.startswith(f"utilisation{NB}: mediakit validate ")
    assert "décoder aussi chaque photo en entier" in run.stdout  # --deep's help
    assert "also" not in run.stdout and "the kit" not in run.stdout


def test_a_missing_path_in_french() -> None:
    run = mediakit("validate", env=FRENCH)
    assert run.returncode == 2
    assert run.stderr.startswith(f"utilisation{NB}: mediakit validate ")
    assert run.stderr.endswith(
        f"mediakit validate{NB}: erreur{NB}: les arguments suivants sont obligatoires{NB}: PATH\n"
    )


def test_an_unknown_option_in_french() -> None:
    run = mediakit("validate", str(ROPED), "--bogus", env=FRENCH)
    assert run.returncode == 2
    assert run.stderr.endswith(f"mediakit{NB}: erreur{NB}: arguments non reconnus{NB}: --bogus\n")


def test_a_wrong_value_in_french() -> None:
    run = mediakit("present", str(ROPED), "--start", env=FRENCH)
    assert run.returncode == 2
    assert f"erreur{NB}: argument --start{NB}: un argument est attendu\n" in run.stderr


def test_the_c_locale_keeps_english() -> None:
    help_ = mediakit("validate", "--help", env=C)
    assert help_.returncode == 0
    assert help_.stdout.startswith("usage: mediakit validate ")
    assert "show this help message and exit" in help_.stdout
    assert "also decode every still in full" in help_.stdout
    missing = mediakit("validate", env=C)
    assert missing.returncode == 2
    assert missing.stderr.endswith(
        "mediakit validate: error: the following arguments are required: PATH\n"
    )
    unknown = mediakit("validate", str(ROPED), "--bogus", env=C)
    assert unknown.returncode == 2
    assert unknown.stderr.endswith("mediakit: error: unrecognized arguments: --bogus\n")


def test_french_help_without_qt() -> None:
    code = (
        "import sys; from mediakit.cli.main import main\n"
        "status = main(['validate', '--help'])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'\n"
        "sys.exit(status)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **FRENCH},
        timeout=60,
        check=False,
    )
    assert (run.returncode, run.stderr) == (0, "")
    assert "décoder aussi chaque photo" in run.stdout


def test_every_help_text_is_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each help text built in French differs from its English: none was left unmarked."""

    def helps() -> dict[tuple[str, str], str]:
        with argparse_words.speaking_the_interface_language():
            parser = build_parser()
        found = {("", a.dest): str(a.help) for a in parser._actions}
        found[("", "description")] = str(parser.description)
        found[("", "epilog")] = str(parser.epilog)
        (table,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        found.update({("summary", a.dest): str(a.help) for a in table._choices_actions})
        for name, sub in subparsers(parser).items():
            found.update({(name, a.dest): str(a.help) for a in sub._actions})
        return found

    monkeypatch.setattr(catalog, "_language", lambda: "en")
    english = helps()
    monkeypatch.setattr(catalog, "_language", lambda: "fr")
    french = helps()
    assert english.keys() == french.keys()
    same = [key for key in english if english[key] == french[key] and english[key] != "None"]
    assert same == []


def test_argparse_gets_its_words_back(capsys: pytest.CaptureFixture[str]) -> None:
    """The words are ours only while our parser is built and reads the command line."""
    assert main(["--help"]) == 0
    capsys.readouterr()
    assert vars(argparse)["_"] is gettext.gettext
    assert vars(argparse)["ngettext"] is gettext.ngettext


@pytest.mark.parametrize(("count", "form"), [(0, "singular"), (1, "singular"), (2, "plural")])
def test_argparse_counts_in_french(monkeypatch: pytest.MonkeyPatch, count: int, form: str) -> None:
    monkeypatch.setattr(catalog, "_language", lambda: "fr")
    said = argparse_words.ngettext("expected %s argument", "expected %s arguments", count)
    expected = {"singular": "%s argument est attendu", "plural": "%s arguments sont attendus"}
    assert said == expected[form]


# What argparse says only to the programmer who built a wrong parser (or through
# features mediakit does not use: FileType, titled subparsers), never to a reader.
NEVER_SAID = {
    ".__call__() not defined",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    'argument "-" with mode %r',
    "can't open '%(filename)s': %(error)s",
    "cannot merge actions - two groups are named %r",
    "'required' is an invalid argument for positionals",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "conflicting option string: %s",
    "conflicting option strings: %s",
    "mutually exclusive arguments must be optional",
    "cannot have multiple subparser arguments",
    "unexpected option string: %s",
    "%r is not callable",
}


def argparse_texts() -> set[str]:
    """Every literal the running argparse passes to ``_`` or ``ngettext``."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    return {
        arg.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "ngettext")
        for arg in node.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="argparse's words of Python 3.11")
def test_the_words_are_argparse_s() -> None:
    """Every text a reader may get from argparse is listed, and each listed one is
    argparse's: another Python's argparse fails here (update argparse_words.WORDS)."""
    texts = argparse_texts()
    assert sorted(set(argparse_words.WORDS) - texts) == []
    assert sorted(texts - set(argparse_words.WORDS) - NEVER_SAID) == []
