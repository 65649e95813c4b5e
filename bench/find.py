"""Find in a kit (Ctrl+F): the GUI thread's time for each search, and the
first search of a kit, whose texts are folded in the pool.

Runs on ROPED and on a generated kit with long articles (50 KB, 200 KB and
1 MB of French text), made once in a temporary folder. Prints figures;
asserts nothing.

    .venv/bin/python bench/find.py
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from mediakit.gui.app import make_application
from mediakit.gui.findtext import fold_sections
from mediakit.gui.settings import Settings
from mediakit.gui.window import MainWindow

ROPED = Path(__file__).resolve().parent.parent / "kits" / "roped"
WORDS = [
    "corde",
    "désert",
    "René",
    "traversée",
    "paysage",
    "hostile",
    "femme",
    "entraînée",
    "mystérieuse",
    "lumière",
    "sable",
    "vent",
    "roche",
    "musique",
    "Smadja",
    "Cokau",
    "réalisateurs",
    "génératif",
    "image",
    "plan",
    "nuit",
]
SIZES = (50_000, 200_000, 1_000_000)


def long_kit() -> Path:
    """A kit whose three articles hold SIZES characters of French words (once)."""
    folder = Path(tempfile.gettempdir()) / "mediakit-bench-find-v1"
    if (folder / "kit.yaml").is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    pick = random.Random(15)
    articles = []
    for n, size in enumerate(SIZES):
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < size:
            words.append(pick.choice(WORDS))
            if pick.random() < 0.08:
                words.append("\n\n")
        (folder / f"a{n}.fr.md").write_text(" ".join(words), encoding="utf-8")
        articles.append(
            f"  - title:\n      fr: Article {n}\n    publication: P{n}\n"
            f"    body:\n      fr: {{file: a{n}.fr.md}}\n"
        )
    manifest = "mediakit: 1\nid: long\ntitle: Long\nlanguages: [fr]\n"
    manifest += "synopsis:\n  fr: {file: a0.fr.md}\narticles:\n" + "".join(articles)
    (folder / "kit.yaml").write_text(manifest, encoding="utf-8")
    return folder


def bench(app: QApplication, path: Path, queries: list[str]) -> None:
    settings = Settings(QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    window.kit_opened.connect(lambda *_: loop.quit())
    window.open_kit(path)
    loop.exec()
    while window.busy():
        app.processEvents()
    window.finder.open()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    for n, query in enumerate(queries):
        window.find_bar.field.setText(query)
        started = time.perf_counter()
        window.find_bar.flush()
        gui_ms = (time.perf_counter() - started) * 1000
        if n == 0:  # the kit's texts are folded in the pool: the window keeps answering
            last[0] = time.perf_counter()
            timer.start()
            while window.finder.searched != query:
                app.processEvents()
            timer.stop()
            ready = (time.perf_counter() - started) * 1000
            passages = window.finder._passages or {}
            texts = [(s, [p.text for p in ps]) for s, ps in passages.items()]
            folded = time.perf_counter()
            fold_sections(texts)
            fold_ms = (time.perf_counter() - folded) * 1000
            print(
                f"{path.name:24} {query!r:9} first search: GUI thread {gui_ms:6.1f} ms "
                f"(gathering the texts), results after {ready:6.1f} ms (fold alone "
                f"{fold_ms:6.1f} ms), longest GUI stall meanwhile {max(gaps) * 1000:5.1f} ms; "
                f"{len(window.finder.matches)} matches"
            )
        else:
            print(
                f"{path.name:24} {query!r:9} later search: GUI thread {gui_ms:6.1f} ms "
                f"(match, count, highlight); {len(window.finder.matches)} matches"
            )
    started = time.perf_counter()
    window.finder.step(1)
    print(f"{path.name:24} F3: {(time.perf_counter() - started) * 1000:.1f} ms")
    window.shutdown()
    window.close()


def main() -> None:
    app = make_application()
    bench(app, ROPED, ["cokau", "c", "rene", "désert"])
    bench(app, long_kit(), ["rene", "r", "corde", "zzz"])


if __name__ == "__main__":
    main()
