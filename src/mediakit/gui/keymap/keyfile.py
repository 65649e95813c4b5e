"""The user's key file, ``keys.ini`` in mediakit's config folder::

    # one [mode] a section, one "action = keys" a line; an empty value unbinds
    [film]
    play_pause = Space, K

Read when the window starts. A line naming an unknown mode or action, a key
Qt cannot read, or a key another action of its mode already has is reported
with the file and the line, and left out: those actions keep their defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QKeySequence

from mediakit import userdirs
from mediakit.gui.keymap.actions import actions_of, find
from mediakit.gui.keymap.bindings import PORTABLE, Keymap, chord, install
from mediakit.gui.keymap.docs import describe
from mediakit.gui.keymap.registry import QT_TRANSLATE_NOOP, Action, Mode
from mediakit.gui.messages import MessageRoute
from mediakit.safeio import read_regular

MAX_BYTES = 64 * 1024  # a key file is a few hundred bytes; anything far larger is a mistake
_MODES = {mode.value: mode for mode in Mode}

# What the window says of a key file, translated when shown.
CANNOT_READ = QT_TRANSLATE_NOOP("KeyFile", "cannot be read: {why}")
TOO_LARGE = QT_TRANSLATE_NOOP("KeyFile", "larger than 64 KiB: not read")
NOT_UTF8 = QT_TRANSLATE_NOOP("KeyFile", "not UTF-8 text: not read")
UNKNOWN_MODE = QT_TRANSLATE_NOOP("KeyFile", "unknown mode {line}: the modes are {modes}")
NOT_A_BINDING = QT_TRANSLATE_NOOP("KeyFile", "expected “action = keys”, found “{line}”")
BEFORE_ANY_MODE = QT_TRANSLATE_NOOP(
    "KeyFile", "“{name}” comes before any [mode] line, such as [film]"
)
UNKNOWN_ACTION = QT_TRANSLATE_NOOP("KeyFile", "[{mode}] has no action “{name}”{hint}")
DID_YOU_MEAN = QT_TRANSLATE_NOOP("KeyFile", " (did you mean {name}?)")
SET_TWICE = QT_TRANSLATE_NOOP("KeyFile", "{action} is already set on line {line}")
NOT_A_KEY = QT_TRANSLATE_NOOP("KeyFile", "“{key}” is not a key Qt can read; {action} keeps {keys}")
CLASH = QT_TRANSLATE_NOOP(
    "KeyFile", "{key} is already the key of {other}{where}; {action} keeps {keys}"
)
ON_LINE = QT_TRANSLATE_NOOP("KeyFile", " (line {line})")
NO_KEY = QT_TRANSLATE_NOOP("KeyFile", "no key")
SUMMARY = QT_TRANSLATE_NOOP(
    "KeyFile", "Some lines of {path} were left out: those actions keep their default keys"
)


@dataclass(frozen=True)
class KeyProblem:
    path: Path
    line: int  # from 1; 0 for the file as a whole
    text: str

    def format(self) -> str:
        return f"{self.path}:{self.line}: {self.text}" if self.line else f"{self.path}: {self.text}"


@dataclass(frozen=True)
class _Binding:
    line: int
    action: Action
    keys: tuple[str, ...]


class _LeftOutError(Exception):
    """A line of the key file that cannot be used; the message says why."""


def default_path() -> Path:
    return userdirs.app_config_dir() / "keys.ini"


def apply_key_file(messages: MessageRoute, path: Path | None = None) -> Keymap:
    """Read the user's key file (``path``, else :func:`default_path`), put its keys
    in force, and say through ``messages`` what was left out."""
    path = path if path is not None else default_path()
    keymap, problems = read_key_file(path)
    install(keymap)
    if problems:
        summary = SUMMARY.shown().format(path=path)
        messages.warning(summary, [problem.format() for problem in problems])
    return keymap


def read_key_file(path: Path) -> tuple[Keymap, list[KeyProblem]]:
    """The keymap ``path`` asks for, with what had to be left out; no file: the defaults."""
    try:
        data = read_regular(path, MAX_BYTES, follow_links=True)  # dotfiles are often links
        if len(data) > MAX_BYTES:
            raise _LeftOutError(TOO_LARGE.shown())
        text = data.decode("utf-8-sig")
    except FileNotFoundError:
        return Keymap(), []
    except OSError as error:
        return Keymap(), [KeyProblem(path, 0, CANNOT_READ.shown().format(why=error.strerror))]
    except UnicodeDecodeError:
        return Keymap(), [KeyProblem(path, 0, NOT_UTF8.shown())]
    except _LeftOutError as why:
        return Keymap(), [KeyProblem(path, 0, str(why))]
    bindings, problems = _parse(path, text)
    keymap, clashes = _resolve(path, bindings)
    return keymap, sorted(problems + clashes, key=lambda problem: problem.line)


def split_keys(value: str) -> tuple[str, ...]:
    """``Space, K`` → ("Space", "K"). A comma where a key is expected is the key:
    ``,`` alone, or after a ``+`` (``Ctrl+,``)."""
    keys, current = [], ""
    for char in value:
        if char == "," and current.strip() and not current.endswith("+"):
            keys.append(current.strip())
            current = ""
        else:
            current += char
    return (*keys, current.strip()) if current.strip() else tuple(keys)


def _parse(path: Path, text: str) -> tuple[list[_Binding], list[KeyProblem]]:
    bindings: dict[Action, _Binding] = {}
    problems: list[KeyProblem] = []
    mode: Mode | None = None
    in_unknown_section = False  # its lines are not reported one by one
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            mode = _MODES.get(line[1:-1].strip().lower() if line.endswith("]") else line)
            in_unknown_section = mode is None
            if mode is None:
                modes = ", ".join(f"[{m.value}]" for m in Mode)
                message = UNKNOWN_MODE.shown().format(line=line, modes=modes)
                problems.append(KeyProblem(path, number, message))
        elif not in_unknown_section:
            try:
                action, keys = _binding(mode, line, bindings)
            except _LeftOutError as why:
                problems.append(KeyProblem(path, number, str(why)))
            else:
                bindings[action] = _Binding(number, action, keys)
    return list(bindings.values()), problems


def _binding(
    mode: Mode | None, line: str, bindings: dict[Action, _Binding]
) -> tuple[Action, tuple[str, ...]]:
    """The action ``line`` binds and its keys; :class:`_LeftOutError` if it cannot be used."""
    name, equals, value = (part.strip() for part in line.partition("="))
    if not equals:
        raise _LeftOutError(NOT_A_BINDING.shown().format(line=line))
    if mode is None:
        raise _LeftOutError(BEFORE_ANY_MODE.shown().format(name=name))
    action = find(mode, name)
    if action is None:
        import difflib  # only for a misspelt name

        close = difflib.get_close_matches(name, [a.name for a in actions_of(mode)], n=1)
        hint = DID_YOU_MEAN.shown().format(name=close[0]) if close else ""
        raise _LeftOutError(UNKNOWN_ACTION.shown().format(mode=mode.value, name=name, hint=hint))
    if action in bindings:
        raise _LeftOutError(
            SET_TWICE.shown().format(action=action.label, line=bindings[action].line)
        )
    keys: list[str] = []
    for key in split_keys(value):
        if chord(mode, key) is None:
            message = NOT_A_KEY.shown().format(key=key, action=action.label, keys=_defaults(action))
            raise _LeftOutError(message)
        if all(chord(mode, known) != chord(mode, key) for known in keys):
            keys.append(QKeySequence.fromString(key, PORTABLE).toString(PORTABLE))
    return action, tuple(keys)


def _resolve(path: Path, bindings: list[_Binding]) -> tuple[Keymap, list[KeyProblem]]:
    """The keymap of ``bindings`` less those whose keys clash, each reported: of a
    file's line and a default, the line is left out; of two lines, the later."""
    chosen = {binding.action: binding for binding in bindings}
    problems: list[KeyProblem] = []
    while True:
        keymap = Keymap({action: binding.keys for action, binding in chosen.items()})
        clashes = keymap.clashes()
        if not clashes:
            return keymap, problems
        first, second, key = clashes[0]
        blamed = max((a for a in (first, second) if a in chosen), key=lambda a: chosen[a].line)
        other = second if blamed is first else first
        # Named as the blamed line wrote it (the show does not tell Shift+B from B).
        combined = chord(blamed.mode, key)
        key = next(k for k in chosen[blamed].keys if chord(blamed.mode, k) == combined)
        where = ON_LINE.shown().format(line=chosen[other].line) if other in chosen else ""
        message = CLASH.shown().format(
            key=key, other=other.label, where=where, action=blamed.label, keys=_defaults(blamed)
        )
        problems.append(KeyProblem(path, chosen.pop(blamed).line, message))


def _defaults(action: Action) -> str:
    return describe(action.keys, PORTABLE) or NO_KEY.shown()
