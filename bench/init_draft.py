"""Time ``mediakit init`` on a folder of N stills of 6000x4000 (with EXIF captions
and credits) and two films (1 min 1080p and 10 s 720p, made by ffmpeg), as the
command runs: a process of its own, page cache warm, then cold when it can be
dropped (root). Prints figures; asserts nothing.

    .venv/bin/python bench/init_draft.py [--stills 100] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image
from synthetic import busy_still, noise  # bench/ sibling


def make_folder(folder: Path, count: int) -> None:
    stills = folder / "stills"
    stills.mkdir(parents=True)
    exif = Image.Exif()
    exif[0x010E], exif[0x013B], exif[0x8298] = b"A still", b"Jane Doe", b"(c) Rope Films"
    first = stills / "still-001.jpg"
    busy_still(1, noise()).save(first, quality=90, exif=exif)
    for n in range(2, count + 1):  # one decode-cost file, copied: init never decodes
        shutil.copyfile(first, stills / f"still-{n:03}.jpg")
    for name, size, seconds in (("roped.mp4", "1920x1080", 60), ("trailer.mov", "1280x720", 10)):
        subprocess.run(
            [
                "ffmpeg", "-v", "error", "-y", "-f", "lavfi",
                "-i", f"testsrc=size={size}:rate=25:duration={seconds}",
                "-f", "lavfi", "-i", f"sine=duration={seconds}",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-shortest", str(folder / name),
            ],
            check=True,
        )  # fmt: skip


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def timed_init(folder: Path) -> float:
    for old in folder.glob("kit.yaml*"):
        old.unlink()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mediakit", "init", str(folder)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stills", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mediakit-init-") as tmp:
        folder = Path(tmp) / "Roped"
        make_folder(folder, args.stills)
        size = sum(path.stat().st_size for path in folder.rglob("*")) / 1e6
        print(f"{args.stills} stills of 6000x4000 and 2 films, {size:,.0f} MB")
        warm = [timed_init(folder) for _ in range(args.runs)]
        print(f"mediakit init, warm: best {min(warm):.2f} s of {args.runs}")
        if drop_caches():
            print(f"mediakit init, cold (page cache dropped): {timed_init(folder):.2f} s")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import mediakit.cli.main"], check=True)
        print(f"(a bare start of the command line: {time.perf_counter() - started:.2f} s)")


if __name__ == "__main__":
    main()
