"""How long the window freezes showing hostile kit texts, and the largest
ordinary texts that are still formatted.

    .venv/bin/python bench/text_layout.py [--only NAME] [--timeout 60]

Each text is shown in its own process (a case Qt cannot finish is cut at
``--timeout``) in the real synopsis page, styled as in the program; a 1 ms
timer on the GUI thread records the longest gap between its ticks:

- show: the page given the kit, until it has settled;
- end+resize: the scroll bar dragged to the bottom, then the page made
  narrower (a full relayout down to the end: the worst a reader can ask for);
- slide: the synopsis slide planned and painted at 1920x1080;
- header: the kit's title and logline set to the text.

"edge:" texts are the largest of their kind still shown formatted (found
with the estimate of mediakit.gui.textcost): they check that the estimate
stays on the safe side. Goal: every figure under GOAL_MS. Prints figures and
the worst; exits 1 when a figure is over the goal.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SANDBOX = Path(tempfile.mkdtemp(prefix="mediakit-bench-"))
os.environ["XDG_CACHE_HOME"] = str(SANDBOX / "cache")
os.environ["XDG_CONFIG_HOME"] = str(SANDBOX / "config")

from stallmeter import StallMeter  # noqa: E402 - a bench/ sibling

from mediakit.gui.textcost import markdown_cost  # noqa: E402

KIB, MIB = 1024, 1024 * 1024
GOAL_MS = 200
PLACES = ("show", "end+resize", "slide", "header")
WORDS = ["the", "rope", "pulls", "her", "across", "salt", "flats", "and", "burnt", "forests"]


def prose(size: int, seed: int = 1) -> str:
    pick = random.Random(seed).choice
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(pick(WORDS) for _ in range(90)) + "."
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def table(rows: int, columns: int) -> str:
    head = "|" + " h |" * columns + "\n|" + "---|" * columns + "\n"
    return head + ("|" + " cell |" * columns + "\n") * rows


def junk(size: int) -> str:
    rand = random.Random(2)
    return "".join(chr(rand.randint(32, 126)) for _ in range(size))


def any_unicode(size: int) -> str:
    """Code points from every plane up to 0x2FFFF: a new script (and font) at each."""
    rand = random.Random(3)
    chars: list[str] = []
    while len(chars) < size:
        code = rand.randint(0xA0, 0x2FFFF)
        if not 0xD800 <= code <= 0xDFFF:
            chars.append(chr(code))
    return "".join(chars)


def largest(make: Callable[[int], str], high: int = 2 * MIB) -> str:
    """``make(n)`` for the largest ``n`` whose text is still formatted."""
    low = 1
    while low < high:
        middle = (low + high + 1) // 2
        if markdown_cost(make(middle)).too_costly:
            high = middle - 1
        else:
            low = middle
    return make(low)


CASES: dict[str, Callable[[], str]] = {
    "one 1 MiB word": lambda: "a" * MIB,
    "one 2 MiB word": lambda: "a" * (2 * MIB),
    "256 KiB table": lambda: table(256 * KIB // 27, 4),
    "1 MiB table": lambda: table(MIB // 27, 4),
    "3 x 70,000 table": lambda: table(3, 70_000),
    "2 MiB of [": lambda: "[" * (2 * MIB),
    "2 MiB of `": lambda: "`" * (2 * MIB),
    "2 MiB of *": lambda: "*" * (2 * MIB),
    "2 MiB of _": lambda: "_" * (2 * MIB),
    "2 MiB of *a": lambda: "*a" * MIB,
    "2 MiB of `a` ": lambda: "`a` " * (MIB // 2),
    "nested > (2 MiB)": lambda: ">" * (2 * MIB - 2) + " x",
    "nested lists (1,400 deep)": lambda: "".join("  " * i + "- x\n" for i in range(1400)),
    "nested 1. on one line": lambda: "1. " * (2 * MIB // 3) + "x",
    "100,000 short lines": lambda: "line\n" * 100_000,
    "300,000 [a](b) links": lambda: "[a](b) " * 300_000,
    "2 MiB line of |": lambda: "|" * (2 * MIB),
    "2 MiB of &#123;": lambda: "&#123;" * (2 * MIB // 6),
    "2 MiB of &nbsp;-joined a": lambda: "a&nbsp;" * (2 * MIB // 7),
    "2 MiB printable junk": lambda: junk(2 * MIB),
    "2 MiB any Unicode": lambda: any_unicode(2 * MIB // 4),
    "2 MiB of emoji": lambda: "👍🏽" * (MIB // 4),
    "2 MiB of Han + word joiner": lambda: "字\u2060" * (2 * MIB // 6),
    "1 MiB combining marks": lambda: "a" + "\u0301" * (MIB - 1),
    "prose 1 MiB": lambda: prose(MIB),
    "prose 2 MiB": lambda: prose(2 * MIB),
    "edge: prose": lambda: largest(prose),
    "edge: Cyrillic prose": lambda: largest(lambda n: ("Привет мир, это статья. " * n)[:n]),
    "edge: emoji in prose": lambda: largest(lambda n: ("word 👍 " * n)[:n]),
    "edge: emphasis": lambda: largest(lambda n: ("*a* " * n)[:n]),
    "edge: short lines": lambda: largest(lambda n: ("line\n" * n)[:n]),
    "edge: table": lambda: largest(lambda n: table(n, 5), 10_000),
    "edge: one word": lambda: largest(lambda n: "a" * n),
}


# -- one case, in its own process ---------------------------------------------------


def measure(name: str) -> None:
    """Print one JSON line per place: how the text was shown, the longest stall."""
    import dataclasses

    from PySide6.QtCore import QEventLoop, QRect, QSize, QTimer
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from mediakit.gui.app import make_application
    from mediakit.gui.header import KitHeader
    from mediakit.gui.pages.text import TextPage
    from mediakit.gui.present.slides import SlideRenderer
    from mediakit.gui.present.stills import StillSource
    from mediakit.kit.manifest.model import Kit, Text
    from mediakit.kit.manifest.presentation import SlideSpec
    from mediakit.tasks import TaskRunner

    text = CASES[name]()
    app = make_application()
    kit = Kit(SANDBOX, 1, "bench", Text({"en": "Bench"}), synopsis=Text({"en": text}))

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def report(place: str, stall: int, shown: str = "") -> None:
        print(json.dumps({"place": place, "ms": stall, "shown": shown}), flush=True)

    window = QWidget()
    layout = QVBoxLayout(window)
    page = TextPage("Synopsis", lambda k: k.synopsis)
    layout.addWidget(page)
    window.resize(1040, 640)  # the page's share of a 1280x800 window
    window.show()
    settle(100)
    meter = StallMeter()
    meter.start()
    page.show_kit(kit, "en")
    settle()
    view = page.view
    formatted = view.formatted()
    report("show", meter.stop(), "formatted" if formatted else "plain")

    meter.start()
    bar = (view.markdown if formatted else view.plain).verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(200)
    window.resize(760, 640)
    settle()
    report("end+resize", meter.stop())

    meter.start()
    renderer = SlideRenderer(kit, "en", StillSource(kit, TaskRunner(synchronous=True)))
    slide = SlideSpec("text", field="synopsis")
    size = QSize(1920, 1080)
    renderer.pages(slide, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    renderer.paint(painter, QRect(0, 0, 1920, 1080), slide)
    painter.end()
    report("slide", meter.stop())

    header = KitHeader()
    header.resize(1280, 160)
    header.show()
    settle(100)
    meter.start()
    header.show_kit(dataclasses.replace(kit, title=Text({"en": text}), logline=kit.synopsis), "en")
    settle()
    report("header", meter.stop())
    app.processEvents()


# -- every case ---------------------------------------------------------------------


def run_case(name: str, timeout: float) -> tuple[dict[str, int | None], str]:
    command = [sys.executable, __file__, "--case", name]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        output = done.stdout
    except subprocess.TimeoutExpired as expired:
        raw = expired.stdout or b""
        output = raw.decode() if isinstance(raw, bytes) else raw
    stalls: dict[str, int | None] = dict.fromkeys(PLACES)
    shown = ""
    for line in output.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            stalls[record["place"]] = record["ms"]
            shown = record["shown"] or shown
    return stalls, shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--only", help="run the cases whose name holds this")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    args = parser.parse_args()
    if args.case:
        measure(args.case)
        return 0
    print(f"{'text':28} {'size':>9} {'shown as':9}" + "".join(f" {p:>11}" for p in PLACES))
    worst = 0.0
    over = False
    for name, make in CASES.items():
        if args.only and args.only not in name:
            continue
        size = len(make().encode("utf-8"))
        stalls, shown = run_case(name, args.timeout)
        cells = []
        for place in PLACES:
            stall = stalls[place]
            if stall is None:
                cells.append(f"> {args.timeout:.0f} s")
                worst, over = max(worst, args.timeout * 1000), True
            else:
                cells.append(f"{stall} ms")
                worst, over = max(worst, stall), over or stall > GOAL_MS
        print(f"{name:28} {size / KIB:7.0f}Ki {shown:9}" + "".join(f" {c:>11}" for c in cells))
    print(f"\nworst: {worst:.0f} ms (goal: every figure under {GOAL_MS} ms)")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
