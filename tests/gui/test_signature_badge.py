"""The signature badge (issue 14): who signed the archive on screen, in words a
journalist reads — trusted, unknown with its fingerprint, revoked, expired,
not signed, broken and refused — with the kit's content hash; and "Trust this
publisher…", which writes the reader's real allowed_signers.

Real keys (``cryptography``), real signatures (mediakit's signing, checked by
ssh-keygen in tests/archive/test_signing.py), real trust files in a config
folder of each test's own."""

from __future__ import annotations

import base64
import hashlib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mediakit.gui import signature, signature_text, theme
from mediakit.gui.contrast import apply_theme
from mediakit.gui.trustdialog import TrustDialog, principal_problem
from mediakit.gui.window import MainWindow
from mediakit.kit.archive.rules import SIGNATURE
from mediakit.kit.archive.sign import sign
from mediakit.kit.signing import keys
from mediakit.kit.signing.trust import TrustStore
from tests.archive import helpers as h
from tests.archive.signing_helpers import PRINCIPAL, packed
from tests.gui.conftest import open_and_wait
from tests.gui.test_contrast import ratio


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TrustStore:
    """The reader's trust list, in a config folder of this test's own (as the CLI tests)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    trusts = TrustStore.default()
    assert trusts.folder.is_relative_to(tmp_path)
    return trusts


@pytest.fixture
def key() -> keys.PrivateKey:
    return keys.PrivateKey(Ed25519PrivateKey.generate())


def public_line(key: keys.PrivateKey) -> str:
    line = key.key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    return line.decode()


def fingerprint(key: keys.PrivateKey) -> str:
    blob = base64.b64decode(public_line(key).split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


def content_hash(archive: Path) -> str:
    with zipfile.ZipFile(archive) as zipped:
        return hashlib.sha256(zipped.read("checksums.sha256")).hexdigest()


@pytest.fixture
def signed(tmp_path: Path, key: keys.PrivateKey) -> Path:
    archive = packed(tmp_path)
    sign(archive, key.sign)
    return archive


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def opened(qtbot: QtBot, window: MainWindow, archive: Path) -> signature.SignatureBadge:
    """``archive`` on screen, its badge once the trust list has been read."""
    open_and_wait(qtbot, window, archive)
    badge = window.header.signature
    qtbot.waitUntil(lambda: not badge.busy, timeout=5000)
    assert badge.isVisible()
    return badge


@pytest.fixture
def no_dialog_left() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, TrustDialog):
            widget.close()


def test_not_signed(qtbot: QtBot, window: MainWindow, store: TrustStore, tmp_path: Path) -> None:
    archive = packed(tmp_path)
    badge = opened(qtbot, window, archive)
    digest = content_hash(archive)
    assert badge.state == "unsigned"
    assert badge.text() == f"Not signed · {digest[:12]}"
    assert digest in badge.toolTip()
    assert window.header.integrity.text().startswith("Verified — ")
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == digest


def test_unknown_shows_the_fingerprint_and_asks_nothing_by_itself(
    qtbot: QtBot, window: MainWindow, store: TrustStore, signed: Path, key: keys.PrivateKey
) -> None:
    badge = opened(qtbot, window, signed)
    print_ = fingerprint(key)
    assert badge.state == "unknown"
    assert badge.text() == (
        f"Signed by an unknown publisher ({print_[:15]}…) — trust… · {content_hash(signed)[:12]}"
    )
    assert print_ in badge.toolTip() and print_ in badge.accessibleDescription()
    assert badge.accessibleName() == "Signature"
    assert badge.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert badge.dialog is None and QApplication.activeModalWidget() is None
    assert not store.allowed_path.exists()  # reading the list wrote nothing


def test_trusted_as_its_principal(
    qtbot: QtBot, window: MainWindow, store: TrustStore, signed: Path, key: keys.PrivateKey
) -> None:
    write(store.allowed_path, f'{PRINCIPAL} namespaces="mediakit" {public_line(key)}\n')
    badge = opened(qtbot, window, signed)
    assert badge.state == "trusted"
    assert badge.text() == f"Signed by {PRINCIPAL} — trusted · {content_hash(signed)[:12]}"
    assert fingerprint(key) in badge.toolTip()
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)  # nothing to ask: copies the hash
    assert badge.dialog is None
    assert QGuiApplication.clipboard().text() == content_hash(signed)


def test_a_revoked_key(
    qtbot: QtBot, window: MainWindow, store: TrustStore, signed: Path, key: keys.PrivateKey
) -> None:
    write(store.allowed_path, f"{PRINCIPAL} {public_line(key)}\n")  # trusted once, then revoked
    write(store.revoked_path, public_line(key) + "\n")
    badge = opened(qtbot, window, signed)
    assert badge.state == "revoked"
    assert badge.text().startswith("Signed by a revoked key — do not trust · ")
    qtbot.keyClick(badge, Qt.Key.Key_Return)
    assert badge.dialog is None  # a revoked key is never offered for trust


def test_an_expired_key(
    qtbot: QtBot, window: MainWindow, store: TrustStore, signed: Path, key: keys.PrivateKey
) -> None:
    write(store.allowed_path, f'{PRINCIPAL} valid-before="20200101" {public_line(key)}\n')
    badge = opened(qtbot, window, signed)
    assert badge.state == "expired"
    assert badge.text().startswith(f"Signed by {PRINCIPAL} — key expired · ")
    assert badge.dialog is None


@pytest.mark.expected_errors  # the message route logs the refusal it shows
def test_a_broken_signature_is_refused_then_said_read_only(
    qtbot: QtBot, window: MainWindow, store: TrustStore, tmp_path: Path, key: keys.PrivateKey
) -> None:
    # A real signature by a real key, but of other bytes than this archive's checksums.
    archive = h.build(tmp_path / "broken.mediakit", extra=[(SIGNATURE, key.sign(b"other\n"))])
    with qtbot.waitSignal(window.kit_failed, timeout=10_000):
        window.open_kit(archive)
    summary = window.banner.summary.text()
    assert summary.startswith("Signature broken — refused: ") and SIGNATURE in summary
    assert f"{SIGNATURE}: the signature does not match" in window.banner.details.text()
    action = window.banner.action
    assert action.text() == "Open anyway, read-only"
    with qtbot.waitSignal(window.kit_opened, timeout=10_000):
        qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    badge = window.header.signature
    assert badge.state == "broken" and badge.text() == "Signature broken — refused"
    assert SIGNATURE in badge.toolTip() and "does not match" in badge.toolTip()
    assert window.header.integrity.text() == "Damaged — signature broken · read-only"


def test_a_folder_has_no_signature_line(qtbot: QtBot, window: MainWindow, roped: Path) -> None:
    open_and_wait(qtbot, window, roped)
    assert window.header.integrity.text() == "Folder — not packed"
    assert not window.header.signature.isVisible()


def test_trusting_writes_the_list_and_the_badge_says_trusted(
    qtbot: QtBot,
    window: MainWindow,
    store: TrustStore,
    signed: Path,
    key: keys.PrivateKey,
    no_dialog_left: None,
) -> None:
    badge = opened(qtbot, window, signed)
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    dialog = badge.dialog
    assert isinstance(dialog, TrustDialog) and dialog.isVisible()
    assert dialog.fingerprint.text() == fingerprint(key)
    assert dialog.kind.text() == "Ed25519"
    qtbot.mouseClick(dialog.trust, Qt.MouseButton.LeftButton)  # no name yet: says so
    assert dialog.isVisible() and "Type the publisher's name" in dialog.problem.text()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "press agency")
    assert "one word" in dialog.problem.text()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # refused: still asking
    assert dialog.isVisible() and not store.allowed_path.exists()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, PRINCIPAL)
    assert dialog.problem.isHidden()
    qtbot.mouseClick(dialog.trust, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: badge.state == "trusted", timeout=5000)
    assert badge.text() == f"Signed by {PRINCIPAL} — trusted · {content_hash(signed)[:12]}"
    assert (
        store.allowed_path.read_text() == f'{PRINCIPAL} namespaces="mediakit" {public_line(key)}\n'
    )
    assert window.statusBar().currentMessage() == f"Trusted: {PRINCIPAL} ({fingerprint(key)})"
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)  # asked once: never again for this key
    assert badge.dialog is None
    window.close_kit()
    badge = opened(qtbot, window, signed)  # and the list is the one read when a kit opens
    assert badge.state == "trusted"


def test_cancel_writes_nothing_and_is_remembered_here(
    qtbot: QtBot,
    window: MainWindow,
    store: TrustStore,
    signed: Path,
    key: keys.PrivateKey,
    no_dialog_left: None,
) -> None:
    badge = opened(qtbot, window, signed)
    badge.setFocus()
    qtbot.keyClick(badge, Qt.Key.Key_Return)  # the keyboard asks as a click does
    dialog = badge.dialog
    assert isinstance(dialog, TrustDialog)
    qtbot.keyClicks(dialog.name, PRINCIPAL)
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert badge.dialog is None
    assert not store.allowed_path.exists() and not store.folder.exists()
    assert badge.state == "unknown" and "— not trusted · " in badge.text()
    window.close_kit()
    badge = opened(qtbot, window, signed)  # the same kit again in this window: no nagging
    assert "— not trusted · " in badge.text() and badge.dialog is None
    qtbot.keyClick(badge, Qt.Key.Key_Space)  # the reader may still choose to
    assert isinstance(badge.dialog, TrustDialog)


@pytest.mark.expected_errors  # the message route logs the error it shows
def test_a_list_that_cannot_be_written_is_said_in_the_window(
    qtbot: QtBot,
    window: MainWindow,
    store: TrustStore,
    signed: Path,
    key: keys.PrivateKey,
    no_dialog_left: None,
) -> None:
    store.folder.mkdir(parents=True)
    store.allowed_path.symlink_to(store.folder / "elsewhere")  # read as empty, never replaced
    badge = opened(qtbot, window, signed)
    assert badge.state == "unknown"
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    assert badge.dialog is not None
    qtbot.keyClicks(badge.dialog.name, PRINCIPAL)
    qtbot.mouseClick(badge.dialog.trust, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not badge.busy, timeout=5000)
    assert window.banner.isVisible()
    summary = window.banner.summary.text()
    assert summary.startswith(f"Could not add {PRINCIPAL} to your trusted publishers: ")
    assert "allowed_signers: it is a link, not a regular file" in summary
    assert badge.state == "unknown" and store.allowed_path.is_symlink()


@pytest.mark.parametrize(
    ("name", "accepted"),
    [
        (PRINCIPAL, True),
        ("Agence_X", True),
        ("", False),
        ("press agency", False),
        ('a"b', False),
        ("a,b", False),
        ("#a", False),
        ("-a", False),
        ("*", False),
        ("a\x00b", False),
        ("x" * 201, False),
    ],
)
def test_a_publishers_name_is_one_token_of_allowed_signers(name: str, accepted: bool) -> None:
    assert (principal_problem(name) is None) is accepted


def test_the_entry_name_is_the_archives() -> None:
    assert signature_text.SIGNATURE == SIGNATURE


@pytest.mark.parametrize("high", [False, True])
def test_the_badge_colours_are_the_themes_and_readable(qtbot: QtBot, high: bool) -> None:
    badge = signature.SignatureBadge()
    qtbot.addWidget(badge)
    theme.set_high_contrast(high)
    try:
        apply_theme()
        colours = theme.colours()
        # The looks are the application style sheet's, filled from the theme in force.
        sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
        assert 'QPushButton#signatureBadge[state="unknown"]' in sheet
        assert colours["warning_text"] in sheet
        for text, surface in (
            ("verified_text", "verified_bg"),
            ("warning_text", "warning_bg"),
            ("damaged_text", "damaged_bg"),
            ("muted", "chrome"),
        ):
            assert ratio(colours[text], colours[surface]) >= (7 if high else 4.5), text
    finally:
        theme.set_high_contrast(False)
        apply_theme()


def test_a_key_not_valid_yet(
    qtbot: QtBot, window: MainWindow, store: TrustStore, signed: Path, key: keys.PrivateKey
) -> None:
    write(store.allowed_path, f'{PRINCIPAL} valid-after="29991231Z" {public_line(key)}\n')
    badge = opened(qtbot, window, signed)
    assert badge.state == "expired"  # not trusted, for a reason of dates: the same look
    assert badge.text().startswith(f"Signed by {PRINCIPAL} — key not valid yet · ")


def test_a_list_that_cannot_be_read_is_said_and_not_offered(
    qtbot: QtBot, window: MainWindow, store: TrustStore, signed: Path, key: keys.PrivateKey
) -> None:
    store.allowed_path.mkdir(parents=True)  # a folder where the list should be
    badge = opened(qtbot, window, signed)
    assert badge.state == "unknown" and not badge.can_trust
    assert badge.text().startswith(f"Signed by an unknown publisher ({fingerprint(key)[:15]}…) · ")
    assert "could not be read" in badge.toolTip()
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    assert window.banner.summary.text().startswith("Your trusted publishers could not be read: ")
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    assert badge.dialog is None
