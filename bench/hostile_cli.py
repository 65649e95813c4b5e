"""Attack the real `mediakit` command line, as an attacker and as an unlucky
user would, and say which hostile cases it held.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/hostile_cli.py
        [--src DIR] [--timeout S] [--only SUBSTRING] [--keep DIR] [-v]

Each case builds its inputs for real in a fresh temporary folder (ROPED from
kits/roped is copied in as the base valid kit; the repository's copy is never
touched), runs `python -m mediakit ...` (or a small bash pipeline around it)
in a subprocess of its own process group with a hard timeout (default 15 s),
and judges the outcome. `--src DIR` puts DIR first on PYTHONPATH (default:
the installed mediakit, PYTHONPATH removed); `--only` keeps the cases whose
kind or name holds SUBSTRING; `--keep DIR` leaves each case's folder in DIR.
Every child gets a private XDG_CACHE_HOME, XDG_CONFIG_HOME, XDG_DATA_HOME
and HOME inside its case folder, LC_ALL=C.UTF-8 and QT_QPA_PLATFORM=offscreen
unless the case says otherwise.

A case **held** when ALL of these are true of every step it judges:

* it finished before the timeout;
* no Python traceback (``Traceback (most recent call last)``), no
  ``Exception ignored`` and no fatal signal other than one the case sent;
* the exit code is the expected one: 1 or 2 for bad input (130 or any
  non-zero code for an interrupt; a case may accept 0 as well, e.g. "either
  pack it or refuse clearly"), and a non-zero exit says something (stdout or
  stderr: validate and verify list problems on stdout, as linters do);
* no file the user owns was modified, replaced or removed: every file of the
  kit folder and the case's other protected files are hashed before and
  after, with their type (a FIFO must still be a FIFO, a symlink must point
  where it pointed), and no new file appeared in the kit folder;
* nothing was left behind: no ``*.part`` anywhere, no ``tmp-*``/``.tmp-*``
  in mediakit's cache, no new file beside the output when none was due;
* where a message is expected, the output names the offending path;
* the case's own check (e.g. "the foreign kit's title is not shown").

A case is **skipped** (with the reason) when it cannot be built here, or when
a signal case finished before its signal was sent (nothing was tested). What
Ctrl+C does depends on where it lands, so the snapshot cases send it at a
sweep of fractions of a whole snapshot's time (measured first), one run each,
until one is not held.

As root, permissions do not apply; the cases that need them (a folder of mode
000, an unreadable film, a read-only cache or current folder) run the child
as root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (dropped from its
bounding set with prctl before exec), so that root is refused like anyone
else; if that cannot be done they are skipped.

The table gives, per case: kind, case, command (the step that failed, else
the last one), exit code, seconds (the judged commands, added up), held and
why not (the first problem, "+N" more). Then per kind: tried and held; and
the longest case. Only the standard library is used (and bash, cat, head,
unzip and sha256sum for the cases that are pipelines by nature).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import hashlib
import json
import os
import re
import resource
import shlex
import shutil
import signal
import stat
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

REPO = Path(__file__).resolve().parents[1]
ROPED = REPO / "kits" / "roped"
MIB = 1024 * 1024
BIG_FILM_BYTES = 300 * MIB
STILL = "stills/01-desert.jpg"
FILM = "film/roped.mp4"
FOREIGN_TITLE = "FOREIGN KIT QX7"
SECRET = "root:*:19000:0:99999:7:::"
TRACEBACK = "Traceback (most recent call last)"
UNRAISABLE = "Exception ignored"
HEX64 = re.compile(r"^[0-9a-f]{64}$")
LONG = "l" * 300  # one path component longer than NAME_MAX (255)
LONG_ENTRY = "stills/" + "b" * 296 + ".jpg"  # an archive entry whose file name is 300 bytes

LOSS, HANG, ESCAPE, CRASH, WRONG = "data loss", "hangs", "escapes", "crashes", "wrong answers"
KINDS = (LOSS, HANG, ESCAPE, CRASH, WRONG)


# --- expectations -------------------------------------------------------------------------


@dataclass(frozen=True)
class Expect:
    label: str
    allows: Callable[[int], bool]


BAD = Expect("1 or 2", lambda code: code in (1, 2))
OK = Expect("0", lambda code: code == 0)
ANY = Expect("0, 1 or 2", lambda code: code in (0, 1, 2))
EXIT2 = Expect("2", lambda code: code == 2)
NONZERO = Expect("non-zero (130 for Ctrl+C)", lambda code: code != 0)
WHATEVER = Expect("any", lambda code: True)


class SkipCaseError(Exception):
    """The case cannot be built (or tested nothing) here; the message says why."""


class StopCaseError(Exception):
    """A step the rest of the case depends on went wrong; its problem is recorded."""


# --- child processes ----------------------------------------------------------------------

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2
_LIBC: Any = None


def _drop_dac_caps() -> None:
    """In the child, before exec: root without the capabilities that ignore permissions."""
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if _LIBC.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _preexec(fsize: int | None, drop_dac: bool) -> Callable[[], None]:
    def run() -> None:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if fsize is not None:  # Python ignores SIGXFSZ: writes past it fail with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
        if drop_dac and os.geteuid() == 0:
            _drop_dac_caps()

    return run


def code_text(code: int | None) -> str:
    if code is None:
        return "timeout"
    if code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return str(code)


def first_error(text: str) -> str:
    """The exception line of the last traceback (or unraisable report) in ``text``."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if TRACEBACK in line or UNRAISABLE in line]
    if not starts:
        return ""
    for line in lines[starts[-1] + 1 :]:
        if line.strip() and not line.startswith((" ", "\t", "^", "~")) and TRACEBACK not in line:
            return line.strip()
    return lines[starts[-1]].strip()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(4 * MIB), b""):
            digest.update(chunk)
    return digest.hexdigest()


def describe(path: Path, key: str, out: dict[str, tuple[str, str]]) -> None:
    """What ``path`` is (type and content digest), recursing into folders, following no link."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        out[key] = ("unreadable", str(exc.errno))
        return
    mode = info.st_mode
    if stat.S_ISREG(mode):
        try:
            out[key] = ("a regular file", sha256_of(path))
        except OSError:
            out[key] = ("a regular file", f"{info.st_size}/{info.st_mtime_ns}/{info.st_ino}")
    elif stat.S_ISLNK(mode):
        out[key] = ("a symlink", str(path.readlink()))
    elif stat.S_ISFIFO(mode):
        out[key] = ("a FIFO", "")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        out[key] = ("a device", str(info.st_rdev))
    elif stat.S_ISSOCK(mode):
        out[key] = ("a socket", "")
    elif stat.S_ISDIR(mode):
        out[key] = ("a folder", "")
        try:
            names = sorted(child.name for child in path.iterdir())
        except OSError:
            return
        for name in names:
            describe(path / name, f"{key}/{name}", out)


def compare(before: dict[str, tuple[str, str]], after: dict[str, tuple[str, str]]) -> list[str]:
    changes = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old is None:
            changes.append(f"new {new[0] if new else 'file'} {key} left behind")
        elif new is None:
            changes.append(f"{key} removed")
        elif old[0] != new[0]:
            changes.append(f"{key} replaced: was {old[0]}, now {new[0]}")
        elif old[0] == "a symlink":
            changes.append(f"{key} now points elsewhere")
        else:
            changes.append(f"{key} overwritten")
    return changes


def tiny_png() -> bytes:
    """An 8×8 grey PNG, standing for the user's existing picture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes(range(0, 240, 30)) for _ in range(8))
    header = struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def write_random(path: Path, size: int) -> None:
    with path.open("wb") as out:
        left = size
        while left > 0:
            out.write(os.urandom(min(16 * MIB, left)))
            left -= 16 * MIB


# --- one run of the command line ------------------------------------------------------------


@dataclass
class Step:
    shown: str
    code: int | None  # None: killed at the timeout
    seconds: float
    stdout: str
    stderr: str
    sent: int = 0  # the signal the case sent (0: none)
    setup: bool = False  # a step that builds the case, not judged


@dataclass
class Session:
    """What every case shares: options, and inputs built once (archives, a big film)."""

    src: Path | None
    timeout: float
    root: Path
    python: str = sys.executable
    _built: dict[str, Path] = field(default_factory=dict)
    _numbers: dict[str, float] = field(default_factory=dict)
    _dac: str | None = None
    _dac_checked: bool = False

    @property
    def mediakit(self) -> list[str]:
        return [self.python, "-m", "mediakit"]

    def env(self, home: Path) -> dict[str, str]:
        env = dict(os.environ)
        for name in ("PYTHONPATH", "PYTHONIOENCODING", "LANGUAGE"):
            env.pop(name, None)
        if self.src is not None:
            env["PYTHONPATH"] = str(self.src)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            LC_ALL="C.UTF-8",
            HOME=str(home / "home"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        return env

    def plain(self, args: Sequence[str], cwd: Path, what: str) -> float:
        """Run mediakit for the session's own inputs; StopCaseError if it fails. Its seconds."""
        start = time.monotonic()
        try:
            done = subprocess.run(
                [*self.mediakit, *args],
                cwd=cwd,
                env=self.env(self.root),
                capture_output=True,
                text=True,
                errors="replace",
                timeout=max(self.timeout, 60.0),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise StopCaseError(f"setup: {what}: `mediakit {shlex.join(args)}` timed out") from None
        if done.returncode != 0:
            line = (done.stderr.strip().splitlines() or [""])[-1]
            raise StopCaseError(f"setup: {what}: exit {code_text(done.returncode)}: {line}")
        return time.monotonic() - start

    def once(self, name: str, build: Callable[[Path], None]) -> Path:
        if name not in self._built:
            path = self.root / name
            build(path)
            self._built[name] = path
        return self._built[name]

    def roped_archive(self) -> Path:
        def build(path: Path) -> None:
            kit = self.root / "roped-kit"
            if not kit.exists():
                shutil.copytree(ROPED, kit, symlinks=True)
            self.plain(["pack", str(kit), "-o", str(path)], self.root, "pack ROPED")

        return self.once("roped.mediakit", build)

    def big_film(self) -> Path:
        return self.once("big-film.mp4", lambda path: write_random(path, BIG_FILM_BYTES))

    def big_archive(self) -> Path:
        def build(path: Path) -> None:
            kit = self.root / "big-kit"
            shutil.copytree(ROPED, kit, symlinks=True)
            shutil.copyfile(self.big_film(), kit / FILM)
            self.plain(["pack", str(kit), "-o", str(path)], self.root, "pack ROPED, 300 MB film")
            shutil.rmtree(kit)

        return self.once("big.mediakit", build)

    def snapshot_seconds(self) -> float:
        """How long a whole `snapshot` of ROPED takes here, to aim a Ctrl+C inside it."""
        if "snapshot" not in self._numbers:
            kit = self.root / "snap-kit"
            shutil.copytree(ROPED, kit, symlinks=True)
            out = self.root / "calibration.png"
            args = ["snapshot", str(kit), "-o", str(out)]
            self.plain(args, self.root, "calibrating snapshot")  # warm the disk cache
            self._numbers["snapshot"] = self.plain(args, self.root, "calibrating snapshot")
        return self._numbers["snapshot"]

    def dac_refusal(self) -> str | None:
        """None when a child can be refused by permissions (dropping root's override); else why."""
        global _LIBC
        if self._dac_checked:
            return self._dac
        self._dac_checked = True
        if os.geteuid() != 0:
            return None
        try:
            _LIBC = ctypes.CDLL(None, use_errno=True)
        except OSError as exc:
            self._dac = f"as root: cannot load libc for prctl: {exc}"
            return self._dac
        probe = self.root / "dac-probe"
        (probe / "locked").mkdir(parents=True)
        (probe / "locked" / "f").write_text("x")
        (probe / "locked").chmod(0)
        try:
            done = subprocess.run(
                ["cat", str(probe / "locked" / "f")],
                capture_output=True,
                preexec_fn=_preexec(None, True),
                check=False,
            )
            refused = done.returncode != 0
        except (OSError, subprocess.SubprocessError) as exc:
            refused, done = False, None
            self._dac = f"as root: cannot drop CAP_DAC_OVERRIDE: {exc}"
        finally:
            (probe / "locked").chmod(0o700)
        if not refused and self._dac is None:
            self._dac = "as root: root still reads a mode-000 folder after dropping caps"
        return self._dac


class _Vars(dict[str, str]):
    """``{kit}``, ``{archive}``… in a command template, built on first use."""

    def __init__(self, trial: Trial, *, quote: bool, mk: str) -> None:
        super().__init__()
        self.trial, self.quote, self.mk = trial, quote, mk

    def __missing__(self, key: str) -> str:
        if key == "mk":
            return self.mk
        value = self.trial.var(key)
        return shlex.quote(value) if self.quote else value


class Trial:
    """One case's folder, its steps and their problems."""

    def __init__(self, session: Session, root: Path) -> None:
        self.s = session
        self.root = root
        for name in ("home", "cache", "config", "data"):
            (root / name).mkdir(parents=True)
        self.problems: list[str] = []
        self.notes: list[str] = []
        self.steps: list[Step] = []
        self.focus: Step | None = None
        self._protected: list[Path] = []
        self._watched: dict[Path, frozenset[str]] = {}
        self._has_kit = False

    # inputs

    @property
    def kit(self) -> Path:
        """ROPED copied into the case folder (on first use); always protected."""
        path = self.root / "kit"
        if not self._has_kit:
            shutil.copytree(ROPED, path, symlinks=True)
            self._has_kit = True
        return path

    def var(self, key: str) -> str:
        if key == "kit":
            return self.rel(self.kit)
        if key == "archive":
            return self.rel(self.copy_in(self.s.roped_archive(), "roped.mediakit"))
        if key == "bigarchive":
            return self.rel(self.copy_in(self.s.big_archive(), "big.mediakit"))
        if key == "long":
            return LONG
        raise KeyError(key)

    def copy_in(self, source: Path, name: str) -> Path:
        path = self.root / name
        if not path.exists():
            shutil.copyfile(source, path)
        return path

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def fifo(self, path: Path) -> Path:
        if path.exists() or path.is_symlink():
            path.unlink()
        os.mkfifo(path)
        return path

    def big_film(self) -> None:
        (self.kit / FILM).unlink()
        shutil.copyfile(self.s.big_film(), self.kit / FILM)

    def protect(self, *paths: Path) -> None:
        self._protected += paths

    def watch(self, folder: Path, allow: Iterable[str] = ()) -> None:
        """New entries in ``folder`` (other than ``allow``) are left-behind files."""
        self._watched[folder] = frozenset(allow)

    def cache_root(self) -> Path:
        return self.root / "cache" / "mediakit" / "archives"

    def need_permissions(self) -> None:
        reason = self.s.dac_refusal()
        if reason:
            raise SkipCaseError(reason)

    def problem(self, text: str, step: Step | None = None, *, first: bool = False) -> None:
        """Record a problem; ``first``: the case's own finding, which says most, leads."""
        if text in self.problems:
            pass
        elif first:
            self.problems.insert(0, text)
        else:
            self.problems.append(text)
        if self.focus is None:
            self.focus = step or (self.steps[-1] if self.steps else None)

    def note(self, text: str) -> None:
        self.notes.append(text)

    # running

    def mk(self, template: str, **options: Any) -> Step:
        """``mediakit TEMPLATE`` (split like a shell would, then ``{kit}``… filled in)."""
        tokens = [
            token.format_map(_Vars(self, quote=False, mk="")) for token in shlex.split(template)
        ]
        return self.run([*self.s.mediakit, *tokens], "mediakit " + shlex.join(tokens), **options)

    def sh(self, template: str, **options: Any) -> Step:
        """A bash pipeline; ``{mk}`` is the mediakit command."""
        real = template.format_map(_Vars(self, quote=True, mk=shlex.join(self.s.mediakit)))
        shown = template.format_map(_Vars(self, quote=True, mk="mediakit"))
        return self.run(["bash", "-c", real], shown, **options)

    def env(self, **changes: str | None) -> dict[str, str]:
        env = self.s.env(self.root)
        for name, value in changes.items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        return env

    def _state(self) -> tuple[dict[str, tuple[str, str]], dict[Path, set[str]]]:
        protected: dict[str, tuple[str, str]] = {}
        for path in ([self.root / "kit"] if self._has_kit else []) + self._protected:
            describe(path, self.rel(path), protected)
        listings = {
            folder: {child.name for child in folder.iterdir()}
            for folder in self._watched
            if folder.is_dir()
        }
        return protected, listings

    def _leftovers(self) -> list[str]:
        """Temporary files anywhere in the case folder: ``*.part``, and ``tmp-*`` in the cache."""
        found = []
        for folder, dirs, files in os.walk(self.root):
            here = Path(folder)
            in_cache = "mediakit" in here.relative_to(self.root).parts
            for name in dirs + files:
                stray = name.endswith(".part") or (in_cache and re.match(r"^\.?tmp-", name))
                if stray:
                    found.append(self.rel(here / name))
        return found

    def run(
        self,
        argv: list[str],
        shown: str,
        *,
        expect: Expect = BAD,
        names: Sequence[str] = (),
        setup: bool = False,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        fsize: int | None = None,
        drop_dac: bool = False,
        sig: tuple[float, int] | None = None,
        stdout: IO[bytes] | None = None,
        timeout: float | None = None,
    ) -> Step:
        """Run one step. Unless ``setup``, judge it with every general rule."""
        limit = timeout or self.s.timeout
        before = None if setup else self._state()
        start = time.monotonic()
        proc = subprocess.Popen(
            argv,
            cwd=cwd or self.root,
            env=env or self.env(),
            stdin=subprocess.DEVNULL,
            stdout=stdout if stdout is not None else subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=_preexec(fsize, drop_dac),
        )
        sent, timed_out = 0, False
        out_b: bytes | None = b""
        err_b: bytes | None = b""
        if sig is not None:
            delay, signum = sig
            try:
                out_b, err_b = proc.communicate(timeout=delay)
            except subprocess.TimeoutExpired:
                _killpg(proc.pid, signum)
                sent = signum
            else:
                elapsed = time.monotonic() - start
                raise SkipCaseError(
                    f"finished in {elapsed:.2f} s, before the {signal.Signals(signum).name}"
                    f" at {delay:.2f} s: nothing tested"
                )
        if proc.returncode is None:
            try:
                out_b, err_b = proc.communicate(
                    timeout=max(0.1, limit - (time.monotonic() - start))
                )
            except subprocess.TimeoutExpired:
                timed_out = True
                _killpg(proc.pid, signal.SIGKILL)
                try:
                    out_b, err_b = proc.communicate(timeout=5)
                except subprocess.TimeoutExpired:  # a grandchild outside the group holds a pipe
                    proc.kill()
                    out_b, err_b = b"", b""
        seconds = time.monotonic() - start
        step = Step(
            shown,
            None if timed_out else proc.returncode,
            seconds,
            (out_b or b"").decode("utf-8", "replace"),
            (err_b or b"").decode("utf-8", "replace"),
            sent,
            setup,
        )
        self.steps.append(step)
        if setup:
            if timed_out or not expect.allows(proc.returncode):
                line = (step.stderr.strip().splitlines() or [""])[-1]
                self.problem(f"setup `{shown}`: exit {code_text(step.code)}: {line}", step)
                raise StopCaseError
            return step
        assert before is not None
        self._judge(step, before, expect, names, limit)
        return step

    def _judge(
        self,
        step: Step,
        before: tuple[dict[str, tuple[str, str]], dict[Path, set[str]]],
        expect: Expect,
        names: Sequence[str],
        limit: float,
    ) -> None:
        code = step.code
        if code is None:
            self.problem(f"timeout ({limit:g} s)", step)
        both = step.stdout + "\n" + step.stderr
        if TRACEBACK in both:
            self.problem(f"traceback: {first_error(both)}", step)
        elif UNRAISABLE in both:
            self.problem(f"unraisable exception: {first_error(both)}", step)
        died = code is not None and code < 0 and -code != step.sent
        if died:
            self.problem(f"killed by {code_text(code)}", step)
        protected, listings = self._state()
        changes = compare(before[0], protected)
        stray = self._leftovers()
        for folder, names_before in before[1].items():
            allowed = self._watched.get(folder, frozenset())
            new = sorted(listings.get(folder, set()) - names_before - allowed)
            changes += [
                f"new file {self.rel(folder / name)} left behind"
                for name in new
                if self.rel(folder / name) not in stray
            ]
        changes += [f"{rel} left behind" for rel in stray]
        for change in dict.fromkeys(changes):
            self.problem(f"exit {code_text(code)} but {change}", step)
        if code is not None and not died and not expect.allows(code):
            why = (
                "exit 0 on bad input" if code == 0 and expect is BAD else f"exit {code_text(code)}"
            )
            self.problem(f"{why} (expected {expect.label}): {last_line(step.stderr)}", step)
        interrupted = step.sent or code == 130
        said = step.stdout + "\n" + step.stderr  # validate and verify list problems on stdout
        if code is not None and code > 0 and not interrupted and not said.strip():
            self.problem(f"exit {code} with nothing said", step)
        if code is not None and code != 0 and names and not names_any(said, names):
            self.problem(f"the output does not name {fit(names[0], 50)}: {last_line(said)}", step)


def _killpg(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signum)


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return fit(lines[-1].strip(), 120) if lines else "(nothing said)"


def names_any(text: str, candidates: Iterable[str]) -> bool:
    """``text`` names one of the paths (whole, or its first 40 characters if it is long)."""
    for candidate in candidates:
        shown = candidate.replace("\n", "\\x0a").replace("\u2028", "\\u2028")
        for form in {candidate, shown}:
            if form in text or (len(form) > 60 and form[:40] in text):
                return True
    return False


# --- the cases ---------------------------------------------------------------------------

CaseFn = Callable[[Trial], None]


@dataclass(frozen=True)
class Case:
    kind: str
    name: str
    run: CaseFn


def command(template: str, **options: Any) -> CaseFn:
    """A case that is one mediakit command, judged by the general rules."""

    def case(t: Trial) -> None:
        t.mk(template, **options)

    return case


def shell(template: str, **options: Any) -> CaseFn:
    """A case that is one bash pipeline around mediakit (``{mk}``)."""

    def case(t: Trial) -> None:
        t.sh(template, **options)

    return case


def _snapshot_disk_full(t: Trial) -> None:
    out = t.root / "out.png"
    out.write_bytes(tiny_png())
    t.protect(out)
    t.watch(t.root)
    t.mk("snapshot {kit} -o out.png", fsize=4096, names=["out.png"])


def _pack_onto_fifo(t: Trial) -> None:
    os.mkfifo(t.root / "out.mediakit")
    t.protect(t.root / "out.mediakit")
    t.watch(t.root)
    t.mk("pack {kit} -o out.mediakit", names=["out.mediakit"])


def _pack_onto_symlink(t: Trial) -> None:
    target = t.root / "outside" / "precious.txt"
    target.parent.mkdir()
    target.write_text("the user's own file, outside\n")
    link = t.root / "link.mediakit"
    link.symlink_to(target)
    t.protect(target)
    t.watch(t.root)
    step = t.mk("pack {kit} -o link.mediakit", expect=ANY)
    if step.code == 0 and not zipfile.is_zipfile(link):
        t.problem("exit 0 but link.mediakit holds no archive", step)
    elif step.code != 0 and not (link.is_symlink() and link.resolve() == target):
        t.problem(f"exit {code_text(step.code)} but the symlink link.mediakit was replaced", step)


def _pack_onto_folder(t: Trial) -> None:
    out = t.root / "out.mediakit"
    out.mkdir()
    (out / "mine.txt").write_text("the user's file in the folder\n")
    t.protect(out / "mine.txt")
    t.watch(t.root)
    step = t.mk("pack {kit} -o out.mediakit", expect=ANY, names=["out.mediakit"])
    if not out.is_dir():
        t.problem(f"exit {code_text(step.code)} but the folder out.mediakit was replaced", step)
    elif step.code == 0 and not any(zipfile.is_zipfile(p) for p in out.iterdir() if p.is_file()):
        t.problem("exit 0 but no archive was written (in or instead of the folder)", step)


def _pack_disk_full(t: Trial) -> None:
    t.mk("pack {kit} -o old.mediakit", setup=True, expect=OK)
    with (t.kit / "synopsis.en.md").open("a", encoding="utf-8") as text:
        text.write("\nA line added since the last pack.\n")
    t.protect(t.root / "old.mediakit")
    t.watch(t.root)
    t.mk("pack {kit} -o old.mediakit --force", fsize=MIB, names=["old.mediakit"])


def fifo_in_kit(rel: str, command: str) -> CaseFn:
    """A FIFO where a file of the kit should be: the command finishes and names it."""

    def case(t: Trial) -> None:
        t.fifo(t.kit / rel)
        t.watch(t.root)
        t.mk(command, names=[rel])

    return case


def fifo_archive(command: str) -> CaseFn:
    def case(t: Trial) -> None:
        t.fifo(t.root / "x.mediakit")
        t.protect(t.root / "x.mediakit")
        t.mk(command, names=["x.mediakit"])

    return case


def fifo_in_cache(which: str) -> CaseFn:
    """Open an archive once, then a FIFO for the cache's index.json or the entry's report.json."""

    def case(t: Trial) -> None:
        t.mk("validate {archive}", setup=True, expect=OK)
        root = t.cache_root()
        if which == "index.json":
            target = root / "index.json"
        else:
            reports = [p / "report.json" for p in root.glob("*") if HEX64.match(p.name)]
            target = reports[0] if reports else root / "<sha256>" / "report.json"
        if not target.is_file():
            raise SkipCaseError(
                f"no {t.rel(target)} after the first open: the cache layout changed"
            )
        t.fifo(target)
        t.mk("validate {archive}", expect=ANY)

    return case


def _foreign_entry(t: Trial, cache: Path) -> Path:
    """A cache entry holding another kit (ROPED retitled), made by mediakit itself in ``cache``."""
    foreign = t.root / "foreign-kit"
    shutil.copytree(ROPED, foreign, symlinks=True)
    manifest = (foreign / "kit.yaml").read_text(encoding="utf-8")
    manifest = manifest.replace("\nid: roped\n", "\nid: foreign\n")
    manifest = manifest.replace("\ntitle: ROPED\n", f"\ntitle: {FOREIGN_TITLE}\n")
    (foreign / "kit.yaml").write_text(manifest, encoding="utf-8")
    t.mk("pack foreign-kit -o foreign.mediakit", setup=True, expect=OK)
    t.mk(
        "validate foreign.mediakit",
        setup=True,
        expect=OK,
        env=t.env(XDG_CACHE_HOME=str(cache)),
    )
    sha = sha256_of(t.root / "foreign.mediakit")
    found = [p for p in cache.rglob(sha) if p.is_dir()]
    if not found:
        raise SkipCaseError(
            "cannot find the foreign archive's entry in the cache: the layout changed"
        )
    return found[0]


def _judge_foreign(t: Trial, step: Step) -> None:
    if FOREIGN_TITLE in step.stdout + step.stderr:
        t.problem(f"exit {code_text(step.code)} but shows the foreign kit's title", step)
    elif step.code == 0 and "ROPED" not in step.stdout:
        t.problem("exit 0 but the real title ROPED is not shown", step)


def _cache_entry_symlink(t: Trial) -> None:
    archive = t.root / t.var("archive")
    # the foreign entry is made in this case's own cache, which also finds the cache root
    entry = _foreign_entry(t, t.root / "cache")
    root = entry.parent
    planted = t.root / "foreign-entry"
    shutil.move(entry, planted)
    (root / sha256_of(archive)).symlink_to(planted)
    _judge_foreign(t, t.mk("info {archive}", expect=ANY))


def _index_escape(t: Trial) -> None:
    archive = t.root / t.var("archive")
    t.mk("validate {archive}", setup=True, expect=OK)
    sha = sha256_of(archive)
    found = [p for p in (t.root / "cache").rglob(sha) if p.is_dir()]
    if not found or not (found[0].parent / "index.json").is_file():
        raise SkipCaseError(
            "no index.json beside the archive's cache entry: the cache layout changed"
        )
    index_path = found[0].parent / "index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    evil = "../../../elsewhere"
    if not _replace_sha(index, sha, evil):
        raise SkipCaseError("index.json holds no sha256 field for the archive: its format changed")
    index_path.write_text(json.dumps(index), encoding="utf-8")
    elsewhere = Path(os.path.normpath(found[0].parent / evil))
    shutil.move(_foreign_entry(t, t.root / "fcache"), elsewhere)
    _judge_foreign(t, t.mk("info {archive}", expect=ANY))


def _replace_sha(data: object, sha: str, value: str) -> bool:
    hit = False
    if isinstance(data, dict):
        for key, item in data.items():
            if key == "sha256" and item == sha:
                data[key] = value
                hit = True
            else:
                hit |= _replace_sha(item, sha, value)
    elif isinstance(data, list):
        for item in data:
            hit |= _replace_sha(item, sha, value)
    return hit


def _world_writable_cache(t: Trial) -> None:
    root = t.cache_root()
    root.mkdir(parents=True)
    root.chmod(0o777)
    step = t.mk("validate {archive}", expect=ANY)
    mode = root.stat().st_mode & 0o777
    said = step.code != 0 and names_any(step.stdout + step.stderr, [t.rel(root), str(root)])
    if mode & 0o002 and not said:
        t.problem(
            f"exit {code_text(step.code)} but {t.rel(root)} is still world-writable ({mode:o})",
            step,
        )


def manifest_link(secret_manifest: bool, command: str) -> CaseFn:
    """kit.yaml as a symlink to a file outside the kit: the outside text never comes out."""

    def case(t: Trial) -> None:
        outside = t.root / "outside" / "outside.txt"
        outside.parent.mkdir()
        if secret_manifest:  # a valid manifest carrying the outside secret in a comment
            text = ROPED.joinpath("kit.yaml").read_text(encoding="utf-8") + f"\n# {SECRET}\n"
        else:
            text = SECRET + "\n"
        outside.write_text(text, encoding="utf-8")
        (t.kit / "kit.yaml").unlink()
        (t.kit / "kit.yaml").symlink_to(Path("..") / "outside" / "outside.txt")
        t.protect(outside)
        if command == "pack":
            step = t.mk("pack {kit} -o out.mediakit", names=["kit.yaml"])
            out = t.root / "out.mediakit"
            if out.is_file() and SECRET in _archive_text(out):
                text = f"exit {code_text(step.code)} but out.mediakit holds the outside text"
                t.problem(text, step, first=True)
        else:
            step = t.mk("validate {kit}", expect=ANY)
        if "root:*" in step.stdout + step.stderr:
            t.problem(f"exit {code_text(step.code)} but the output shows the outside text", step)

    return case


def _archive_text(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            return "".join(archive.read(i).decode("utf-8", "replace") for i in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return path.read_bytes().decode("utf-8", "replace")


def no_display(platform: str | None) -> CaseFn:
    def case(t: Trial) -> None:
        env = t.env(DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=platform)
        step = t.mk("{kit}", expect=EXIT2, env=env)
        if step.code == 2 and step.seconds > 5:
            t.problem(f"exit 2 but only after {step.seconds:.1f} s", step)

    return case


def locked(command: str, named: str) -> CaseFn:
    """A PATH under a folder of mode 000 (its exists() raises PermissionError)."""

    def case(t: Trial) -> None:
        t.need_permissions()
        folder = t.root / "locked"
        shutil.copytree(ROPED, folder / "kit", symlinks=True)
        shutil.copyfile(t.s.roped_archive(), folder / "roped.mediakit")
        folder.chmod(0)
        t.protect(folder)
        t.watch(t.root)
        t.mk(command, drop_dac=True, names=[named])

    return case


def too_long(command: str) -> CaseFn:
    def case(t: Trial) -> None:
        t.watch(t.root)
        t.mk(command, names=[LONG])

    return case


def symlink_loop(command: str) -> CaseFn:
    def case(t: Trial) -> None:
        (t.kit / "loop").symlink_to("loop")
        t.watch(t.root, allow=["out.mediakit"])
        step = t.mk(command, expect=ANY)
        out = t.root / "out.mediakit"
        if command.startswith("pack") and step.code == 0 and not zipfile.is_zipfile(out):
            t.problem("exit 0 but no archive written", step)

    return case


def encoding(io_encoding: str) -> CaseFn:
    def case(t: Trial) -> None:
        env = t.env(LC_ALL="C", LANG="C", PYTHONIOENCODING=io_encoding)
        step = t.mk("info {kit}", expect=ANY, env=env)
        if step.code == 0 and "ROPED" not in step.stdout:
            t.problem("exit 0 but the summary is missing", step)

    return case


def _broken_pipe(t: Trial) -> None:
    line = "A long synopsis line to make the JSON bigger than a pipe holds. " * 2 + "\n"
    (t.kit / "synopsis.en.md").write_text(line * (MIB // len(line)), encoding="utf-8")
    step = t.sh("{mk} info --json {kit} | head -c 100 >/dev/null", expect=WHATEVER)
    if step.stderr.strip():
        t.problem(f"broken pipe: stderr says {last_line(step.stderr)}", step)


def _dev_full(t: Trial) -> None:
    if not Path("/dev/full").exists():
        raise SkipCaseError("no /dev/full here")
    with Path("/dev/full").open("wb") as full:
        t.mk("info {kit}", expect=NONZERO, stdout=full)


def sigint_snapshot(fractions: Sequence[float]) -> CaseFn:
    """Ctrl+C (SIGINT to the process group) at each fraction of a whole snapshot's time, in
    turn, until one is not held: what happens depends on where the signal lands."""

    def case(t: Trial) -> None:
        whole = t.s.snapshot_seconds()
        t.kit  # noqa: B018  (copied before the clock starts)
        t.watch(t.root)
        tried = []
        for fraction in fractions:
            delay = round(whole * fraction, 2)
            known = len(t.problems)
            try:
                step = t.mk("snapshot {kit} -o out.png", expect=NONZERO, sig=(delay, signal.SIGINT))
            except SkipCaseError:
                continue  # finished before the signal: nothing tested at this delay
            tried.append(f"{delay:.2f}")
            if len(t.problems) > known:
                t.problems[known:] = [f"SIGINT at {delay:.2f} s: {p}" for p in t.problems[known:]]
                return
            if step.code not in (130, None, -signal.SIGINT):
                t.note(f"at {delay:.2f} s exit {code_text(step.code)} rather than 130")
        if not tried:
            raise SkipCaseError(f"every snapshot finished before its SIGINT (whole: {whole:.2f} s)")
        t.note(f"SIGINT at {', '.join(tried)} s of {whole:.2f}")

    return case


def _sigterm_pack(t: Trial) -> None:
    t.big_film()
    t.watch(t.root)
    t.mk("pack {kit} -o out.mediakit", expect=NONZERO, sig=(0.5, signal.SIGTERM))


def _sigkill_pack_again(t: Trial) -> None:
    t.big_film()
    t.mk("pack {kit} -o out.mediakit", setup=True, expect=WHATEVER, sig=(0.5, signal.SIGKILL))
    if not list(t.root.glob("*.part")) and not list(t.root.glob(".*.part")):
        t.note("kill -9 left no .part")
    t.watch(t.root, allow=["out.mediakit"])
    t.mk("pack {kit} -o out.mediakit", expect=OK)


def signal_first_open(signum: int) -> CaseFn:
    def case(t: Trial) -> None:
        t.var("bigarchive")
        t.mk("validate {bigarchive}", setup=True, expect=WHATEVER, sig=(0.5, signum))
        step = t.mk("validate {bigarchive}", expect=OK)
        if step.code == 0 and "valid" not in step.stdout:
            t.problem("exit 0 but not reported valid", step)

    return case


def unwritable_cache(how: str) -> CaseFn:
    """The cache cannot be written: opening an archive still works, and says so."""

    def case(t: Trial) -> None:
        drop = False
        if how == "file":
            cache = t.root / "cache-file"
            cache.write_text("XDG_CACHE_HOME is this regular file\n")
            t.protect(cache)
        elif how == "archives-file":
            cache = t.root / "cache2"
            (cache / "mediakit").mkdir(parents=True)
            (cache / "mediakit" / "archives").write_text("not a folder\n")
            t.protect(cache / "mediakit" / "archives")
        else:
            t.need_permissions()
            cache = t.root / "ro-cache"
            cache.mkdir()
            cache.chmod(0o555)
            drop = True
        env = t.env(XDG_CACHE_HOME=str(cache))
        step = t.mk("validate {archive}", expect=OK, env=env, drop_dac=drop)
        if step.code == 0 and "valid" not in step.stdout:
            t.problem("exit 0 but not reported valid", step)
        if "cache" not in step.stderr.lower():
            t.note("stderr does not say the cache could not be used")

    return case


def _blames_output(t: Trial, step: Step, output: str) -> None:
    if re.search(rf"(^|[\s/]){re.escape(output)}:", step.stdout + step.stderr, re.MULTILINE):
        t.problem(f"exit {code_text(step.code)} but the message blames {output}", step)


def unreadable_film(how: str) -> CaseFn:
    def case(t: Trial) -> None:
        film = t.kit / FILM
        drop = how == "mode 000"
        if drop:
            t.need_permissions()
            film.chmod(0)
        else:
            film.unlink()
            film.mkdir()
        t.watch(t.root)
        step = t.mk("pack {kit} -o out.mediakit", names=[FILM], drop_dac=drop)
        _blames_output(t, step, "out.mediakit")

    return case


def default_output_fails(how: str) -> CaseFn:
    """`cd elsewhere && mediakit pack ../kit`: the message names ./roped.mediakit as seen."""

    def case(t: Trial) -> None:
        t.kit  # noqa: B018
        here = t.root / "elsewhere"
        here.mkdir()
        drop = how == "read-only"
        if drop:
            t.need_permissions()
            here.chmod(0o555)
        else:
            (here / "roped.mediakit").mkdir()
            (here / "roped.mediakit" / "mine.txt").write_text("mine\n")
            t.protect(here / "roped.mediakit" / "mine.txt")
        t.watch(here)
        step = t.mk("pack ../kit", cwd=here, drop_dac=drop, names=["roped.mediakit"])
        if "kit/roped.mediakit" in step.stdout + step.stderr:
            t.problem(f"exit {code_text(step.code)} but names ../kit/roped.mediakit", step)

    return case


def _rename_still(t: Trial, char: str, escape: str) -> str:
    name = f"stills/01{char}desert.jpg"
    (t.kit / STILL).rename(t.kit / name)
    manifest = (t.kit / "kit.yaml").read_text(encoding="utf-8")
    manifest = manifest.replace(f"file: {STILL}", f'file: "stills/01{escape}desert.jpg"')
    (t.kit / "kit.yaml").write_text(manifest, encoding="utf-8")
    return name


def _unzip_and_check(t: Trial, archive: str) -> None:
    if not (shutil.which("unzip") and shutil.which("sha256sum")):
        t.note("unzip or sha256sum missing: not checked by hand")
        return
    # -^ : Info-ZIP otherwise drops control characters (a "\n") from the names it writes.
    t.sh(
        f"unzip -q -^ {archive} -d unzipped && cd unzipped"
        " && sha256sum -c --quiet checksums.sha256",
        expect=OK,
    )


def _u2028(t: Trial) -> None:
    _rename_still(t, "\u2028", "\\u2028")
    for command in (
        "validate {kit}",
        "pack {kit} -o u.mediakit",
        "verify u.mediakit",
        "info u.mediakit",
    ):
        t.mk(command, expect=OK)
        if t.problems:
            return
    _unzip_and_check(t, "u.mediakit")


def _newline(t: Trial) -> None:
    name = _rename_still(t, "\n", "\\n")
    checked = t.mk("validate {kit}", expect=ANY, names=[name])
    packed = t.mk("pack {kit} -o n.mediakit", expect=ANY, names=[name])
    if None in (checked.code, packed.code) or t.problems:
        return
    if (checked.code == 0) != (packed.code == 0):
        t.problem(
            f"validate exit {checked.code} but pack exit {packed.code}: they disagree", packed
        )
    elif packed.code == 0:
        t.mk("verify n.mediakit", expect=OK)
        if not t.problems:
            _unzip_and_check(t, "n.mediakit")


def not_a_kit(path: str) -> CaseFn:
    def case(t: Trial) -> None:
        if not path.startswith("/"):
            (t.root / path).write_text("just some text\n")
            t.protect(t.root / path)
        step = t.mk(f"validate {path}", names=[path])
        if f"{path}/kit.yaml" in step.stdout + step.stderr:
            t.problem(f"exit {code_text(step.code)} but invents {path}/kit.yaml", step)

    return case


def _long_entry_archive(source: Path, out: Path) -> None:
    """ROPED's archive with the first still renamed to a 300-byte name, checksums correct."""
    with zipfile.ZipFile(source) as archive:
        entries = {i.filename: (archive.read(i), i.compress_type) for i in archive.infolist()}
    manifest, method = entries.pop("kit.yaml")
    manifest = manifest.replace(STILL.encode(), LONG_ENTRY.encode())
    entries[LONG_ENTRY] = entries.pop(STILL)
    entries.pop("checksums.sha256")
    listing = "".join(
        f"{hashlib.sha256(data).hexdigest()}  {name}\n"
        for name, (data, _) in sorted({"kit.yaml": (manifest, 0), **entries}.items())
    ).encode()
    order = [("kit.yaml", manifest, method)]
    order += [(n, d, m) for n, (d, m) in sorted(entries.items(), key=lambda e: e[0].encode())]
    order += [("checksums.sha256", listing, zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(out, "w") as archive:
        for name, data, compress in order:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compress
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data)


def long_entry(command: str) -> CaseFn:
    def case(t: Trial) -> None:
        _long_entry_archive(t.s.roped_archive(), t.root / "long.mediakit")
        t.mk(f"{command} long.mediakit", expect=ANY, names=[LONG_ENTRY])

    return case


CASES: list[Case] = [
    # 1-4: data loss
    *[
        Case(
            LOSS,
            f"snapshot -o KIT/{rel}",
            command(f"snapshot {{kit}} -o {{kit}}/{rel}", names=[rel]),
        )
        for rel in ("kit.yaml", STILL, FILM)
    ],
    Case(LOSS, "snapshot over a PNG, disk full (FSIZE 4 KiB)", _snapshot_disk_full),
    Case(LOSS, "pack -o a FIFO", _pack_onto_fifo),
    Case(LOSS, "pack -o a symlink to an outside file", _pack_onto_symlink),
    Case(LOSS, "pack -o KIT/kit.yaml", command("pack {kit} -o {kit}/kit.yaml", names=["kit.yaml"])),
    Case(LOSS, "pack -o an existing folder", _pack_onto_folder),
    Case(LOSS, "pack over an older archive, disk full (1 MiB)", _pack_disk_full),
    # 5-8: hangs
    *[
        Case(HANG, f"FIFO kit.yaml: {command.split(' {')[0]}", fifo_in_kit("kit.yaml", command))
        for command in (
            "validate {kit}",
            "info {kit}",
            "info --json {kit}",
            "pack {kit} -o out.mediakit",
            "snapshot {kit} -o out.png",
            "present {kit}",
        )
    ],
    *[
        Case(HANG, f"FIFO x.mediakit: {command}", fifo_archive(f"{command} x.mediakit"))
        for command in ("validate", "verify", "info")
    ],
    *[
        Case(HANG, f"FIFO {rel}: {command.split(' {')[0]}", fifo_in_kit(rel, command))
        for rel in (STILL, FILM)
        for command in (
            "validate {kit}",
            "validate --deep --probe-timeout 5 {kit}",
            "pack {kit} -o out.mediakit",
        )
    ],
    Case(HANG, "FIFO cache index.json: validate ARCHIVE", fifo_in_cache("index.json")),
    Case(HANG, "FIFO cache report.json: validate ARCHIVE", fifo_in_cache("report.json")),
    # 9-12: escapes and misplaced trust
    Case(ESCAPE, "cache entry pre-made as a symlink", _cache_entry_symlink),
    Case(ESCAPE, "index sha256 = ../../../elsewhere", _index_escape),
    Case(ESCAPE, "cache root pre-made world-writable", _world_writable_cache),
    Case(ESCAPE, "kit.yaml -> outside passwd line: validate", manifest_link(False, "validate")),
    Case(ESCAPE, "kit.yaml -> outside passwd line: pack", manifest_link(False, "pack")),
    Case(ESCAPE, "kit.yaml -> outside manifest+secret: validate", manifest_link(True, "validate")),
    Case(ESCAPE, "kit.yaml -> outside manifest+secret: pack", manifest_link(True, "pack")),
    # 13-20: crashes and tracebacks
    Case(CRASH, "window, no display, QT_QPA_PLATFORM empty", no_display("")),
    Case(CRASH, "window, no display, QT_QPA_PLATFORM unset", no_display(None)),
    *[
        Case(CRASH, f"mode-000 folder: {command.split()[0]}", locked(command, named))
        for command, named in (
            ("validate locked/kit", "locked/kit"),
            ("info locked/kit", "locked/kit"),
            ("pack locked/kit -o out.mediakit", "locked/kit"),
            ("verify locked/roped.mediakit", "locked/roped.mediakit"),
            ("snapshot locked/kit -o out.png", "locked/kit"),
        )
    ],
    *[
        Case(CRASH, f"300-char name: {command.split()[0]}", too_long(command))
        for command in (
            "validate {long}",
            "info {long}",
            "pack {long} -o out.mediakit",
            "verify {long}.mediakit",
            "snapshot {long} -o out.png",
        )
    ],
    Case(CRASH, "symlink loop in the kit: pack", symlink_loop("pack {kit} -o out.mediakit")),
    Case(CRASH, "symlink loop in the kit: validate", symlink_loop("validate {kit}")),
    Case(
        CRASH,
        "verify /dev/stdin from a pipe",
        shell("cat {archive} | {mk} verify /dev/stdin", expect=ANY),
    ),
    Case(CRASH, "verify <(cat ARCHIVE)", shell("{mk} verify <(cat {archive})", expect=ANY)),
    Case(CRASH, "info, LC_ALL=C PYTHONIOENCODING=ascii", encoding("ascii")),
    Case(CRASH, "info, LC_ALL=C PYTHONIOENCODING=latin-1", encoding("latin-1")),
    Case(CRASH, "info --json (1 MiB) | head -c 100", _broken_pipe),
    Case(CRASH, "info > /dev/full", _dev_full),
    Case(
        CRASH, "Ctrl+C during snapshot, 20-45%", sigint_snapshot((0.2, 0.25, 0.3, 0.35, 0.4, 0.45))
    ),
    Case(
        CRASH, "Ctrl+C during snapshot, 50-80%", sigint_snapshot((0.5, 0.55, 0.6, 0.65, 0.7, 0.8))
    ),
    Case(CRASH, "SIGTERM during pack (300 MB film)", _sigterm_pack),
    Case(CRASH, "kill -9 during pack, then pack again", _sigkill_pack_again),
    Case(CRASH, "SIGTERM during first open, open again", signal_first_open(signal.SIGTERM)),
    Case(CRASH, "kill -9 during first open, open again", signal_first_open(signal.SIGKILL)),
    # 21-25: wrong or unclear answers
    Case(WRONG, "XDG_CACHE_HOME is a regular file", unwritable_cache("file")),
    Case(WRONG, "cache's archives folder is a file", unwritable_cache("archives-file")),
    Case(WRONG, "XDG_CACHE_HOME read-only", unwritable_cache("read-only")),
    Case(WRONG, "pack: the film is a folder", unreadable_film("folder")),
    Case(WRONG, "pack: the film is mode 000", unreadable_film("mode 000")),
    Case(WRONG, "pack default output: ./roped.mediakit a folder", default_output_fails("folder")),
    Case(WRONG, "pack default output: cwd read-only", default_output_fails("read-only")),
    Case(WRONG, "U+2028 in a still's name: round trip", _u2028),
    Case(WRONG, "newline in a still's name", _newline),
    Case(WRONG, "validate /dev/null", not_a_kit("/dev/null")),
    Case(WRONG, "validate some.txt", not_a_kit("some.txt")),
    Case(WRONG, "archive entry with a 300-byte name: verify", long_entry("verify")),
    Case(WRONG, "archive entry with a 300-byte name: info", long_entry("info")),
]


# --- running and reporting ---------------------------------------------------------------


@dataclass
class Outcome:
    case: Case
    status: str  # "yes", "no", "skipped"
    command: str
    code: str
    seconds: float
    why: str
    detail: list[str] = field(default_factory=list)  # for --verbose


def run_case(session: Session, case: Case, folder: Path) -> Outcome:
    trial = Trial(session, folder)
    skipped = ""
    try:
        case.run(trial)
    except SkipCaseError as exc:
        skipped = str(exc)
    except StopCaseError as exc:
        if str(exc):
            trial.problem(str(exc))
    except Exception as exc:  # a bug of this bench: say so, keep going
        trial.problem(f"bench error: {exc!r}")
    step = trial.focus or (trial.steps[-1] if trial.steps else None)
    seconds = sum(s.seconds for s in trial.steps if not s.setup)
    command = step.shown if step else ""
    code = code_text(step.code) if step else ""
    if skipped:
        return Outcome(case, "skipped", command, code, seconds, skipped)
    if trial.problems:
        more = f" (+{len(trial.problems) - 1})" if len(trial.problems) > 1 else ""
        tail = step.stderr.strip().splitlines()[-6:] if step else []
        detail = [*trial.problems, *(f"stderr| {line[:200]}" for line in tail)]
        return Outcome(case, "no", command, code, seconds, trial.problems[0] + more, detail)
    why = "; ".join(f"note: {n}" for n in trial.notes)
    tail = step.stderr.strip().splitlines()[-3:] if step else []
    return Outcome(case, "yes", command, code, seconds, why, [f"stderr| {t[:200]}" for t in tail])


def fit(text: str, width: int) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= width else text[: width - 1] + "…"


def row(kind: str, name: str, command: str, code: str, seconds: str, held: str, why: str) -> str:
    return (
        f"{fit(kind, 13):13} {fit(name, 46):46} {fit(command, 56):56} "
        f"{code:>7} {seconds:>6} {held:7} {fit(why, 150)}"
    )


def summary(outcomes: list[Outcome]) -> list[str]:
    lines = ["", f"{'kind':15} {'tried':>5} {'held':>5} {'skipped':>8}"]
    for kind in (*KINDS, "all"):
        mine = [o for o in outcomes if kind in ("all", o.case.kind)]
        tried = [o for o in mine if o.status != "skipped"]
        held = [o for o in tried if o.status == "yes"]
        lines.append(f"{kind:15} {len(tried):5} {len(held):5} {len(mine) - len(tried):8}")
    if outcomes:
        longest = max(outcomes, key=lambda o: o.seconds)
        lines.append(
            f"\nlongest case: {longest.case.kind} / {longest.case.name}: {longest.seconds:.1f} s"
        )
        timeouts = [o for o in outcomes if o.code == "timeout"]
        if timeouts:
            lines.append(f"cases ended by the timeout: {len(timeouts)}")
            finished = [o for o in outcomes if o.code != "timeout" and o.status != "skipped"]
            if finished:
                slow = max(finished, key=lambda o: o.seconds)
                lines.append(
                    f"longest case that finished: {slow.case.kind} / {slow.case.name}:"
                    f" {slow.seconds:.1f} s"
                )
    skipped = [o for o in outcomes if o.status == "skipped"]
    if skipped:
        lines.append("skipped:")
        lines += [f"  {o.case.kind} / {o.case.name}: {o.why}" for o in skipped]
    return lines


def describe_src(session: Session) -> str:
    env = session.env(session.root)
    done = subprocess.run(
        [session.python, "-c", "import mediakit; print(mediakit.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or f"cannot import mediakit: {last_line(done.stderr)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--src", type=Path, help="source tree to test (put on PYTHONPATH)")
    parser.add_argument("--timeout", type=float, default=15.0, help="seconds per command")
    parser.add_argument("--only", default="", help="cases whose kind or name holds this")
    parser.add_argument("--keep", type=Path, help="keep each case's folder in this folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="every problem, and stderr")
    args = parser.parse_args(argv)
    src = args.src.resolve() if args.src else None
    cases = [c for c in CASES if args.only.lower() in f"{c.kind} {c.name}".lower()]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        base = Path(tempfile.mkdtemp(prefix="hostile-cli-", dir=args.keep))
    else:
        base = Path(tempfile.mkdtemp(prefix="hostile-cli-"))
    base.chmod(0o755)
    session = Session(src, args.timeout, base / "_session")
    session.root.mkdir()
    who = "root" if os.geteuid() == 0 else f"uid {os.geteuid()}"
    print(f"mediakit under test: {describe_src(session)}")
    print(
        f"python {session.python}; running as {who}; timeout {args.timeout:g} s;"
        f" {len(cases)} cases; folders in {base}{'' if args.keep else ' (removed)'}"
    )
    if os.geteuid() == 0:
        print(
            "as root: the permission cases run the child without "
            "CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH"
        )
    print()
    print(row("kind", "case", "command", "exit", "s", "held", "why not"))
    outcomes: list[Outcome] = []
    began = time.monotonic()
    try:
        for number, case in enumerate(cases, 1):
            slug = re.sub(r"[^a-z0-9]+", "-", case.name.lower()).strip("-")[:40]
            folder = base / f"{number:02d}-{slug}"
            trial_outcome = run_case(session, case, folder)
            outcomes.append(trial_outcome)
            o = trial_outcome
            print(
                row(
                    o.case.kind, o.case.name, o.command, o.code, f"{o.seconds:.1f}", o.status, o.why
                ),
                flush=True,
            )
            if args.verbose and o.detail:
                print("\n".join(f"      {line}" for line in o.detail))
            if not args.keep:
                _remove(folder)
    finally:
        if not args.keep:
            _remove(base)
    print("\n".join(summary(outcomes)))
    print(f"whole run: {time.monotonic() - began:.0f} s")
    return 0


def _remove(folder: Path) -> None:
    if not folder.exists():
        return
    for path, dirs, _ in os.walk(folder):
        for name in dirs:
            child = Path(path, name)
            if not child.is_symlink():
                with contextlib.suppress(OSError):
                    child.chmod(0o700)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
