"""Time to export ROPED's press sheet to PDF: in-process once the QGuiApplication
exists (median of 5, split into the content hash + plan, the picture's decode,
the drawing and the write), then the whole ``mediakit export pdf`` command once.
Prints figures, asserts nothing.

    .venv/bin/python bench/publish_pdf.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from mediakit.kit import load
from mediakit.publish.sheet.content import plan
from mediakit.publish.sheet.kithash import content_hash
from mediakit.publish.sheet.pdf import decode_image, render_pdf, write_pdf

ROPED = Path(__file__).resolve().parent.parent / "kits" / "roped"


def one_run(out: Path) -> dict[str, float]:
    times: dict[str, float] = {}
    started = time.perf_counter()
    kit = load(ROPED).kit
    assert kit is not None
    digest, packed = content_hash(kit, None)
    content = plan(kit, "fr", digest, packed=packed)
    times["load, hash, plan"] = time.perf_counter() - started
    mark = time.perf_counter()
    image = decode_image(content.image, "a4") if content.image is not None else None
    times["decode the poster"] = time.perf_counter() - mark
    mark = time.perf_counter()
    render_pdf(content, image, "a4")
    times["draw the page"] = time.perf_counter() - mark
    mark = time.perf_counter()
    write_pdf(content, image, out, "a4", replace=True)  # draws again, then writes
    times["draw and write"] = time.perf_counter() - mark
    times["whole export"] = time.perf_counter() - started - times["draw the page"]
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="mediakit-bench-") as scratch:
        out = Path(scratch) / "roped.pdf"
        one_run(out)  # warm: fonts found, Pillow imported
        runs = [one_run(out) for _ in range(args.runs)]
        for name in runs[0]:
            median = statistics.median(run[name] for run in runs)
            print(f"{name:>20}: {median * 1000:7.1f} ms (median of {args.runs})")
        print(f"{'PDF size':>20}: {out.stat().st_size / 1024:7.1f} KiB")
        command = [sys.executable, "-m", "mediakit", "export", "pdf", str(ROPED)]
        command += ["-o", str(Path(scratch) / "cli.pdf"), "--lang", "fr"]
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        print(f"{'whole command':>20}: {(time.perf_counter() - started) * 1000:7.1f} ms (once)")
    del app


if __name__ == "__main__":
    main()
