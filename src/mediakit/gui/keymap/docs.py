"""The keys as people read them: rows for the keys dialog and the presenter's
help (in the reader's language and platform), and the README's tables."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from mediakit.gui.keymap.actions import HEADINGS, actions_of, find
from mediakit.gui.keymap.bindings import PORTABLE, Keymap, active
from mediakit.gui.keymap.registry import Mode

NATIVE = QKeySequence.SequenceFormat.NativeText

BEGIN = "<!-- The tables below are generated: python -m mediakit.gui.keymap --markdown -->"
END = "<!-- End of the generated tables -->"


def describe(keys: tuple[str, ...], style: QKeySequence.SequenceFormat = NATIVE) -> str:
    """Keys as the user's platform writes them: "Ctrl+O" or "⌘O"."""
    return ", ".join(QKeySequence.fromString(key, PORTABLE).toString(style) for key in keys)


def keys_of(mode: Mode, name: str) -> str:
    """The keys in force for action ``name`` of ``mode``, as the platform writes them:
    what a tooltip names, so that it names the user's keys, not the defaults."""
    action = find(mode, name)
    return describe(active().keys(action)) if action is not None else ""


def with_keys(tip: str, mode: Mode, name: str) -> str:
    """``tip`` followed by the keys of action ``name``: "Play the film (Space)"."""
    keys = keys_of(mode, name)
    return f"{tip} ({keys})" if keys else tip


def rows(mode: Mode, keymap: Keymap | None = None) -> list[tuple[str, str]]:
    """(keys, what they do) for each action of ``mode`` that has keys, as shown."""
    keymap = keymap or active()
    return [
        (describe(keymap.keys(action)), action.description.shown())
        for action in actions_of(mode)
        if keymap.keys(action)
    ]


def sections(keymap: Keymap | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, rows) for every mode, in the order of :class:`Mode`."""
    return [(HEADINGS[mode].shown(), rows(mode, keymap)) for mode in Mode]


def markdown() -> str:
    """The README's tables: the default keys, untranslated, in portable text, with
    the names a key file gives the modes and actions."""
    defaults = Keymap()
    lines = [BEGIN]
    for mode in Mode:
        heading = f"**{HEADINGS[mode].source}** — `[{mode.value}]` in keys.ini"
        lines += ["", heading, "", "| keys | what they do | action |", "|---|---|---|"]
        lines += [
            f"| {describe(defaults.keys(a), PORTABLE)} | {a.description.source} | `{a.name}` |"
            for a in actions_of(mode)
            if defaults.keys(a)
        ]
    return "\n".join([*lines, "", END])
