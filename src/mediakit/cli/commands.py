"""The command table: every sub-command declared once — its name, its one-line
summary, the function that adds its arguments, and the ``module:function``
that runs it. The summaries and help texts are in the interface language
(:mod:`mediakit.catalog`, no Qt), translated when the parser is built.

:mod:`mediakit.cli.main` builds argparse from this table and dispatches
through it. A command's module is imported only when that command runs, so
``mediakit --help`` and ``validate`` never load Qt; only the argument
functions below, which import nothing heavy, run for every command line.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mediakit.catalog import translate
from mediakit.cli.argtypes import SECTION_NAMES, positive, seconds, size

Runner = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    name: str
    summary: str  # one line, for `mediakit --help`: English, marked for lupdate
    add_arguments: Callable[[argparse.ArgumentParser], None]
    runs: str  # "module:function", imported when the command runs

    def runner(self) -> Runner:
        module, _, function = self.runs.partition(":")
        run: Runner = getattr(importlib.import_module(module), function)
        return run


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a summary for lupdate, as Qt's macro of this name does (lupdate finds
    the strings by this name); :mod:`mediakit.cli.main` translates it."""
    return source


def _kit_path(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        help=translate("cli", "a kit folder, its kit.yaml or a .mediakit archive"),
    )


def _language(parser: argparse.ArgumentParser, language: str) -> None:
    """``--lang``; ``language`` says what it is the language of, translated."""
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=translate(
            "cli",
            "{language}, one of the kit's (default: the interface language if the kit "
            "has it, else its first); another is an error (exit 2)",
        ).format(language=language),
    )


def _open_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="PATH",
        help=translate(
            "cli", "a kit folder, its kit.yaml or a .mediakit archive (default: the start page)"
        ),
    )


def _validate_arguments(parser: argparse.ArgumentParser) -> None:
    _kit_path(parser)
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=translate("cli", "also check that the kit has this language (exit 2 if not)"),
    )
    parser.add_argument(
        "--deep",
        action="store_true",
        help=translate(
            "cli", "also decode every still in full and play the film and trailer briefly with VLC"
        ),
    )
    parser.add_argument(
        "--probe-timeout",
        type=seconds,
        default=20.0,
        metavar="SECONDS",
        help=translate("cli", "with --deep: the most VLC may take over each film (default 20)"),
    )


def _info_arguments(parser: argparse.ArgumentParser) -> None:
    _kit_path(parser)
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print the loaded kit as JSON")
    )
    _language(parser, translate("cli", "the language of the summary's texts"))


def _provenance_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        help=translate(
            "cli", "a kit folder, its kit.yaml, a .mediakit archive, or one image or film"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "cli", "print the findings as JSON (its keys: see mediakit/cli/provenance.py)"
        ),
    )
    parser.epilog = translate(
        "cli",
        "Signatures are checked offline, against no trust list. Exit 1 when a file's "
        "Content Credentials are invalid (it changed after signing) or cannot be read; "
        "2 when PATH cannot be reached or the c2pa library cannot load.",
    )


def _present_arguments(parser: argparse.ArgumentParser) -> None:
    _kit_path(parser)
    parser.add_argument(
        "--screen",
        type=positive,
        metavar="N",
        help=translate("cli", "the audience screen, from 1 (default: auto)"),
    )
    parser.add_argument(
        "--start",
        type=positive,
        default=1,
        metavar="SLIDE",
        help=translate("cli", "the first slide, from 1"),
    )
    _language(parser, translate("cli", "the language of the slides"))


def _snapshot_arguments(parser: argparse.ArgumentParser) -> None:
    _kit_path(parser)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.png",
        help=translate("cli", "the PNG to write"),
    )
    parser.add_argument(
        "--size",
        type=size,
        default=(1280, 800),
        metavar="WxH",
        help=translate(
            "cli",
            "the window's size in logical pixels (default 1280x800); the PNG has the "
            "device pixels: twice as many each way under QT_SCALE_FACTOR=2",
        ),
    )
    _language(parser, translate("cli", "the language of the texts shown"))
    parser.add_argument(
        "--section",
        metavar="NAME",
        help=translate("cli", "the section to show: {sections}").format(
            sections=", ".join(SECTION_NAMES)
        ),
    )
    parser.add_argument(
        "--present",
        type=positive,
        metavar="SLIDE",
        help=translate("cli", "render presentation slide SLIDE (from 1) as the audience sees it"),
    )
    parser.add_argument(
        "--presenter-view",
        action="store_true",
        help=translate("cli", "with --present: render the presenter view on that slide instead"),
    )
    parser.add_argument(
        "--edit",
        action="store_true",
        help=translate(
            "cli", "render the editor on the kit instead (--section: one of the editor's)"
        ),
    )


def _edit_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        help=translate("cli", "a kit folder or its kit.yaml (an archive opens read-only, to copy)"),
    )


def _set_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        help=translate("cli", "a kit folder or its kit.yaml (archives are read-only)"),
    )
    parser.add_argument(
        "field",
        metavar="FIELD",
        help=translate(
            "cli", "the field, as problems name it: title, logline.en, credits[0].names[0]"
        ),
    )
    parser.add_argument(
        "value",
        nargs="?",
        metavar="VALUE",
        help=translate("cli", "the new value: a string, or YAML with --yaml"),
    )
    parser.add_argument(
        "--yaml",
        action="store_true",
        help=translate(
            "cli", "read VALUE as YAML: a number, a list, a mapping like {fr: …, en: …}"
        ),
    )
    parser.add_argument(
        "--delete", action="store_true", help=translate("cli", "remove FIELD (then no VALUE)")
    )
    parser.add_argument(
        "--draft",
        action="store_true",
        help=translate("cli", "save even if the kit then has errors (printed as warnings)"),
    )


def _pack_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        metavar="FOLDER",
        help=translate("cli", "the kit folder (or its kit.yaml)"),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.mediakit",
        help=translate("cli", "the archive to write (default: ID.mediakit here)"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "replace OUT.mediakit if it exists already"),
    )
    parser.add_argument(
        "--sign",
        type=Path,
        metavar="KEYFILE",
        help=translate(
            "cli", "sign the archive with this OpenSSH key (a public key: the ssh-agent's)"
        ),
    )


def _verify_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        metavar="ARCHIVE",
        help=translate("cli", "the .mediakit archive to check"),
    )
    parser.add_argument(
        "--require-trusted",
        action="store_true",
        help=translate("cli", "exit 1 unless a trusted publisher signed it (mediakit trust)"),
    )


def _sign_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        metavar="ARCHIVE",
        help=translate("cli", "the .mediakit archive to sign (replaced, whole or not at all)"),
    )
    parser.add_argument(
        "--key",
        type=Path,
        required=True,
        metavar="KEYFILE",
        help=translate(
            "cli",
            "an OpenSSH private key (Ed25519 or RSA; a passphrase is asked on the terminal), "
            "or a public key that the ssh-agent holds",
        ),
    )


def _trust_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(
        dest="action",
        metavar="ACTION",
        required=True,
        help=translate("cli", "add, list, remove or revoke"),
    )
    add = actions.add_parser("add", help=translate("cli", "trust a publisher's public key"))
    add.add_argument(
        "principal",
        metavar="PRINCIPAL",
        help=translate("cli", "the publisher's name, like press@agency.example"),
    )
    add.add_argument(
        "key", type=Path, metavar="PUBKEYFILE", help=translate("cli", "their public key file")
    )
    actions.add_parser("list", help=translate("cli", "list the trusted and revoked keys"))
    remove = actions.add_parser("remove", help=translate("cli", "stop trusting a publisher"))
    remove.add_argument(
        "principal", metavar="PRINCIPAL", help=translate("cli", "the publisher's name")
    )
    revoke = actions.add_parser(
        "revoke", help=translate("cli", "refuse a key from now on, whoever it was trusted as")
    )
    revoke.add_argument(
        "key", type=Path, metavar="PUBKEYFILE", help=translate("cli", "the public key file")
    )


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    what = parser.add_subparsers(
        dest="what",
        metavar="WHAT",
        required=True,
        help=translate("cli", "what to export: stills, html, pdf"),
    )
    stills = what.add_parser(
        "stills",
        help=translate(
            "cli",
            "every still with its caption, credit, copyright and alt text in the file's own "
            "metadata, plus CREDITS.txt and credits.csv",
        ),
    )
    _kit_path(stills)
    stills.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FOLDER",
        help=translate("cli", "the folder to write into (made if missing; nothing is replaced)"),
    )
    _language(stills, translate("cli", "the language of the captions and CREDITS.txt"))
    _export_html_arguments(what)
    _export_pdf_arguments(what)


def _export_html_arguments(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    html = what.add_parser(
        "html",
        help=translate(
            "cli",
            "the web press page: a static site, one page per language, that works from disk "
            "and on any host",
        ),
    )
    _kit_path(html)
    html.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FOLDER",
        help=translate(
            "cli",
            "the folder of the site: new, empty, or an earlier export of it (replaced whole); "
            "a folder holding other files is refused",
        ),
    )
    html.add_argument(
        "--lang",
        action="append",
        metavar="CODE",
        help=translate(
            "cli",
            "a language of the kit to make a page in (repeat it, or fr,en; default: all of "
            "them); the kit's first is index.html",
        ),
    )
    html.add_argument(
        "--archive",
        type=Path,
        metavar="FILE",
        help=translate(
            "cli", "a .mediakit archive of the kit, copied beside and linked with its SHA-256"
        ),
    )


def _export_pdf_arguments(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pdf = what.add_parser(
        "pdf",
        help=translate(
            "cli", "the press sheet (one or two pages for paper), or with --slides the slides"
        ),
    )
    _kit_path(pdf)
    pdf.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help=translate("cli", "the PDF to write (an existing file is replaced only with --force)"),
    )
    pdf.add_argument(
        "--force", action="store_true", help=translate("cli", "replace the output if it exists")
    )
    _language(pdf, translate("cli", "the language of the sheet or the slides"))
    pdf.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=translate(
            "cli", "the sheet's paper (default: letter where the locale prints on it, else a4)"
        ),
    )
    pdf.add_argument(
        "--slides",
        action="store_true",
        help=translate("cli", "one page per audience slide instead of the press sheet"),
    )
    pdf.add_argument(
        "--size",
        type=size,
        metavar="WxH",
        help=translate("cli", "with --slides: the page size in pixels (default: 1920x1080)"),
    )
    pdf.add_argument(
        "--notes",
        action="store_true",
        help=translate("cli", "with --slides: the presenter's notes under each slide"),
    )


def _library_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(
        dest="action",
        metavar="ACTION",
        required=True,
        help=translate("cli", "add, list or remove"),
    )
    add = actions.add_parser(
        "add", help=translate("cli", "add folders of kits, or kits, and index them now")
    )
    add.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help=translate(
            "cli", "a folder searched for kits (and kept, to search again), or a kit itself"
        ),
    )
    listing = actions.add_parser("list", help=translate("cli", "list the kits of the library"))
    listing.add_argument(
        "--json", action="store_true", help=translate("cli", "print the kits as JSON")
    )
    listing.add_argument(
        "--sort",
        choices=("title", "year", "added", "opened", "path"),
        default="title",
        help=translate("cli", "the order (default: title)"),
    )
    remove = actions.add_parser(
        "remove", help=translate("cli", "forget a folder of kits, or a kit (nothing is deleted)")
    )
    remove.add_argument(
        "path", type=Path, metavar="PATH", help=translate("cli", "the folder or kit to forget")
    )


def _search_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help=translate(
            "cli", "words to find; case and accents do not matter, a word's start is enough"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("cli", "print the hits as JSON (kit, path, field, section, snippet)"),
    )
    parser.add_argument(
        "--limit",
        type=positive,
        default=20,
        metavar="N",
        help=translate("cli", "at most N hits (default 20)"),
    )


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def _desktop_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--uninstall",
        action="store_true",
        help=translate("cli", "remove what it installed"),
    )


def _init_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        type=Path,
        metavar="FOLDER",
        help=translate("cli", "the folder of the kit's files, where kit.yaml is written"),
    )
    parser.add_argument(
        "--id",
        metavar="ID",
        help=translate("cli", "the kit's id (default: the folder's name, as an id)"),
    )
    parser.add_argument(
        "--title",
        metavar="TEXT",
        help=translate("cli", "the title of the work (default: the folder's name)"),
    )
    parser.add_argument(
        "--lang",
        metavar="CODES",
        help=translate(
            "cli",
            "the kit's languages, the original first, like fr,en (default: the system's "
            "language, then those the texts' file names give)",
        ),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "replace kit.yaml if it exists; the old one is kept as kit.yaml.bak"),
    )


COMMANDS = (
    Command("open",
        QT_TRANSLATE_NOOP("cli", "open the window (the default)"),
        _open_arguments, "mediakit.cli.window:run"),
    Command("init",
        QT_TRANSLATE_NOOP("cli", "draft a kit.yaml from the files in a folder"),
        _init_arguments, "mediakit.cli.init:run"),
    Command("validate",
        QT_TRANSLATE_NOOP("cli", "check a kit (folder or .mediakit); exit 1 if it has problems"),
        _validate_arguments, "mediakit.cli.validate:run"),
    Command("info",
        QT_TRANSLATE_NOOP("cli", "describe a kit (folder or .mediakit)"),
        _info_arguments, "mediakit.cli.info:run"),
    Command("provenance",
        QT_TRANSLATE_NOOP("cli", "show the Content Credentials (C2PA) of a kit's media or a file"),
        _provenance_arguments, "mediakit.cli.provenance:run"),
    Command("present",
        QT_TRANSLATE_NOOP("cli", "present a kit full screen (Esc leaves)"),
        _present_arguments, "mediakit.cli.present:run"),
    Command("edit",
        QT_TRANSLATE_NOOP("cli", "edit a kit in the editor's window"),
        _edit_arguments, "mediakit.cli.edit:run"),
    Command("set",
        QT_TRANSLATE_NOOP("cli", "change one field of a kit's kit.yaml; the rest stays as written"),
        _set_arguments, "mediakit.cli.set:run"),
    Command("snapshot",
        QT_TRANSLATE_NOOP("cli", "render the window (or a slide) offscreen to a PNG"),
        _snapshot_arguments, "mediakit.cli.snapshot:run"),
    Command("pack",
        QT_TRANSLATE_NOOP("cli", "pack a kit folder into one .mediakit archive"),
        _pack_arguments, "mediakit.cli.pack:run"),
    Command("export",
        QT_TRANSLATE_NOOP("cli", "export a kit's stills for publication, credited in the files"),
        _export_arguments, "mediakit.cli.export:run"),
    Command("verify",
        QT_TRANSLATE_NOOP("cli", "check an archive's integrity; exit 1 if damaged"),
        _verify_arguments, "mediakit.cli.verify:run"),
    Command("sign",
        QT_TRANSLATE_NOOP("cli", "sign an archive with an OpenSSH key"),
        _sign_arguments, "mediakit.cli.sign:run"),
    Command("trust",
        QT_TRANSLATE_NOOP("cli", "manage the publishers whose signatures you trust"),
        _trust_arguments, "mediakit.cli.trust:run"),
    Command("library",
        QT_TRANSLATE_NOOP("cli", "add, list or remove the kits of your library"),
        _library_arguments, "mediakit.cli.library:run"),
    Command("search",
        QT_TRANSLATE_NOOP("cli", "search every kit of your library; exit 1 if nothing is found"),
        _search_arguments, "mediakit.cli.search:run"),
    Command("schema",
        QT_TRANSLATE_NOOP("cli", "print the JSON Schema of kit.yaml"),
        _no_arguments, "mediakit.cli.schema:run"),
    Command("install-desktop",
        QT_TRANSLATE_NOOP("cli", "register mediakit and .mediakit files with your desktop"),
        _desktop_arguments, "mediakit.cli.desktop:run"),
)  # fmt: skip
BY_NAME = {command.name: command for command in COMMANDS}
