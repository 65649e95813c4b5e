""" "Trust this publisher…": the key that signed a kit, shown so that the reader
can compare its fingerprint with the one the publisher gave them by another
channel, and the name they will be trusted under.

The dialog only asks; writing the reader's ``allowed_signers`` is the badge's
(:mod:`mediakit.gui.signature`), in a worker, through
:meth:`mediakit.kit.signing.trust.TrustStore.add` as ``mediakit trust add`` does.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediakit.gui.external import copy_from
from mediakit.kit.signing import sshsig
from mediakit.qttranslate import tr
from mediakit.textsafety import shown_name

NAME_CHARS = 200  # far beyond an address; a principal is one token of a line of text


def key_kind(public_key: bytes) -> str:
    """``Ed25519`` or ``RSA, 4096 bits``: the key's type as people name it."""
    try:
        reader = sshsig.WireReader(public_key)
        kind = reader.text()
        if kind == sshsig.RSA:
            reader.mpint()  # the exponent
            bits = reader.mpint().bit_length()
            return tr("RSA, {bits} bits").format(bits=bits)
    except sshsig.SignatureError:
        return "?"
    return "Ed25519" if kind == sshsig.ED25519 else kind


def public_key_line(public_key: bytes) -> str:
    """``ssh-ed25519 AAAA…``: the key as a line of allowed_signers ends."""
    kind = sshsig.WireReader(public_key).text()
    return f"{kind} {base64.b64encode(public_key).decode('ascii')}"


def principal_problem(name: str) -> str | None:
    """Why ``name`` cannot name a publisher in allowed_signers, or None.

    The command line's rule (one token: no blanks, quotes, commas or ``#``, not
    an option), and no ``*`` or ``?``, which ``ssh-keygen -Y verify`` would read
    as a pattern matching other names."""
    if not name:
        return tr("Type the publisher's name, as they sign: press@agency.example")
    if len(name) > NAME_CHARS:
        return tr("This name is too long.")
    if name.startswith("-") or any(
        c.isspace() or not c.isprintable() or c in '",#*?' for c in name
    ):
        return tr(
            "A publisher's name is one word: no spaces, quotes, commas, #, * or ?, "
            "and it does not start with -."
        )
    return None


def _label(text: str, object_name: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


class TrustDialog(QDialog):
    """Asks whether to trust the key ``fingerprint`` and under which name."""

    def __init__(
        self, fingerprint: str, kind: str, store_file: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trustDialog")
        self.setWindowTitle(self.tr("Trust this publisher — mediakit"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(_label(self.tr("Trust this publisher?"), "sectionHeading"))
        layout.addWidget(
            _label(
                self.tr(
                    "This kit was signed with a key that is not among your trusted publishers. "
                    "Trust it only if the publisher gave you the same fingerprint by another "
                    "channel — on their website, by phone, in a message you trust — and every "
                    "character matches. The kit itself cannot tell you who signed it."
                )
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(_label(self.tr("Key"), "termLabel", wrap=False), 0, 0)
        self.kind = _label(kind, wrap=False)
        grid.addWidget(self.kind, 0, 1, 1, 2)
        grid.addWidget(_label(self.tr("Fingerprint"), "termLabel", wrap=False), 1, 0)
        self.fingerprint = _label(fingerprint, "keyName", wrap=False)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Key fingerprint"))
        grid.addWidget(self.fingerprint, 1, 1)
        copy = QPushButton(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy the fingerprint"))
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: copy_from(copy, fingerprint))
        grid.addWidget(copy, 1, 2)
        grid.addWidget(_label(self.tr("Publisher's name"), "termLabel", wrap=False), 2, 0)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("press@agency.example"))
        self.name.setAccessibleName(self.tr("Publisher's name"))
        self.name.setMaxLength(NAME_CHARS + 1)
        self.name.textChanged.connect(self._check)
        grid.addWidget(self.name, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.problem = _label("", "hint")
        layout.addWidget(self.problem)
        note = self.tr(
            'Kits this key signs will then read "Signed by NAME — trusted". It is added to '
            "{file}, which ssh-keygen -Y verify reads too; mediakit trust remove NAME undoes it."
        )
        layout.addWidget(_label(note.format(file=shown_name(str(store_file))), "hint"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons.addWidget(self.cancel)
        self.trust = QPushButton(self.tr("Trust this publisher"))
        self.trust.setObjectName("primary")
        self.trust.setDefault(True)
        self.trust.clicked.connect(self._accept_if_valid)
        buttons.addWidget(self.trust)
        layout.addLayout(buttons)
        self.problem.hide()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def principal(self) -> str:
        return self.name.text().strip()

    def _check(self) -> None:
        """While typing: a name typed wrong is said to be wrong (an empty one is not yet)."""
        problem = principal_problem(self.principal())
        self._say(problem if problem and self.name.text() else "")

    def _say(self, problem: str) -> None:
        if problem != self.problem.text():
            self.problem.setText(problem)
            self.problem.setVisible(bool(problem))
            self.adjustSize()  # a word-wrapped layout does not grow its window by itself

    def _accept_if_valid(self) -> None:
        """The button is never greyed out: pressed too soon, it says what is missing."""
        problem = principal_problem(self.principal())
        if problem is None:
            self.accept()
            return
        self._say(problem)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
