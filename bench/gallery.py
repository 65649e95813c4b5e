"""The 300-still gallery against a plain Pillow pool: time, cold and warm, and
peak memory; and `mediakit snapshot --section stills` of the same kit.

Makes, once per run of this script, a kit of 300 JPEG stills of 6000x4000 in a
temporary folder: a few distinct busy pictures (noise compresses like a photo)
hard-linked under 300 names (copied where links fail), so that making them
takes seconds; each name is its own still to the kit and its own cache entry,
and decodes at the same cost as a distinct file would.

Each measure is a fresh child process (its own imports, Qt and pool):

- pillow: a pool of the same number of threads as mediakit's decoding
  (``decoding_threads()``) running ``Image.open`` + ``Image.draft`` +
  ``Image.thumbnail`` to the same 384 px box on each still, no cache: the floor.
- cold gallery: the real main window (offscreen, 1280x800) showing the kit on
  its stills page with an empty thumbnail cache, timed from ``show_kit`` until
  every still is answered for (the tiles on screen and around them decoded and
  held, all the others in the cache); its peak RSS (VmHWM) at that point.
- warm gallery: the same with the cache a cold run filled.
- bare window: the main window with no kit, for scale of the memory figures.
- snapshot cold / warm: the whole ``mediakit snapshot KIT --section stills``
  command, to its exit (it waits for the tiles on screen only).

Runs alternate between the sides so that a busy spell of a shared machine
weighs on all. Prints medians, minimums and the ratios to the Pillow pool;
asserts nothing (machines are noisy).

    .venv/bin/python bench/gallery.py [--runs 5] [--stills 300]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE = 384  # the stills page's thumbnail size at 1x (THUMB_PX)
DISTINCT = 12


def make_kit(root: Path, count: int) -> Path:
    """A kit folder of ``count`` 6000x4000 stills (see the module) in ``root``."""
    from concurrent.futures import ThreadPoolExecutor

    from synthetic import busy_still, noise  # bench/ sibling

    stills = root / "stills"
    stills.mkdir(parents=True)
    grain = noise()

    def picture(n: int) -> Path:
        path = root / f"picture-{n:02d}.jpg"
        busy_still(n, grain).save(path, quality=90)
        return path

    with ThreadPoolExecutor(2) as pool:
        pictures = list(pool.map(picture, range(min(DISTINCT, count))))
    lines = ["mediakit: 1", "id: gallery-bench", "title: Gallery bench", "stills:"]
    for n in range(count):
        name = f"stills/{n + 1:03d}.jpg"
        try:
            os.link(pictures[n % len(pictures)], root / name)
        except OSError:
            shutil.copyfile(pictures[n % len(pictures)], root / name)
        lines += [
            f"  - file: {name}",
            f'    caption: "Still {n + 1}"',
            f'    alt: "Still {n + 1} of the bench"',
            "    credit: Bench",
        ]
    (root / "kit.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


# -- children --------------------------------------------------------------------


def peak_rss_mib() -> float:
    """This process's peak resident memory, MiB (VmHWM; ru_maxrss where no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """User + system CPU time of this process so far (all its threads)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child_pillow(kit: Path) -> dict[str, float]:
    from concurrent.futures import ThreadPoolExecutor

    from PIL import Image

    from mediakit.media.thumbnails import decoding_threads

    paths = sorted((kit / "stills").iterdir())

    def thumbnail(path: Path) -> tuple[int, int]:
        with Image.open(path) as im:
            im.draft("RGB", (SIZE, SIZE))
            im.thumbnail((SIZE, SIZE))
            return im.size

    threads = decoding_threads()
    started, cpu = time.perf_counter(), cpu_seconds()
    with ThreadPoolExecutor(threads) as pool:
        sizes = list(pool.map(thumbnail, paths))
    wall = time.perf_counter() - started
    assert len(sizes) == len(paths)
    return {
        "seconds": wall,
        "cpu": cpu_seconds() - cpu,
        "threads": threads,
        "rss": peak_rss_mib(),
    }


def _window(scratch: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from mediakit.gui.app import make_application
    from mediakit.gui.settings import Settings
    from mediakit.gui.window import MainWindow

    make_application()
    settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, key_file=scratch / "keys.ini")
    window.resize(1280, 800)
    window.show()
    return window


def child_bare(scratch: Path) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication

    window = _window(scratch)
    for _ in range(20):
        QCoreApplication.processEvents()
    window.close()
    return {"rss": peak_rss_mib()}


def child_gallery(kit_path: Path, scratch: Path) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from mediakit.kit.source import open_source
    from mediakit.tasks import Pool

    window = _window(scratch)
    Pool.get().waitForDone()  # the window's own start (VLC's warm-up) is not the gallery's
    source = open_source(kit_path)
    kit = source.result.kit
    assert kit is not None, source.result.problems
    page = window.stills_page
    service = page.thumbnails
    loop = QEventLoop()
    first_screen: list[float] = []

    def answered(*_: object) -> None:
        if not first_screen and not page.busy():
            first_screen.append(time.perf_counter() - started)
        if page.answered == len(kit.stills):
            loop.quit()

    for signal in (service.ready, service.stored, service.failed):
        signal.connect(answered)  # after the page's own slots, connected first
    QTimer.singleShot(120_000, loop.quit)
    started, cpu = time.perf_counter(), cpu_seconds()
    window.show_kit(kit, source.path, source.archive)
    window.show_section("stills")
    loop.exec()
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    assert page.answered == len(kit.stills), f"only {page.answered} answered"
    held = len(page.model.held())
    rss = peak_rss_mib()
    window.close()
    return {
        "seconds": wall,
        "cpu": cpu,
        "first_screen": first_screen[0] if first_screen else float("nan"),
        "held": held,
        "threads": service.threads,
        "rss": rss,
    }


def child_main(argv: list[str]) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    mode, kit, scratch = argv[0], Path(argv[1]), Path(argv[2])
    if mode == "pillow":
        result = child_pillow(kit)
    elif mode == "bare":
        result = child_bare(scratch)
    else:
        result = child_gallery(kit, scratch)
    print("RESULT " + json.dumps(result), flush=True)


# -- parent ----------------------------------------------------------------------


def run_child(mode: str, kit: Path, cache_home: Path) -> dict[str, float]:
    scratch = Path(tempfile.mkdtemp(prefix="mediakit-gallery-scratch-"))
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home), QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(kit), str(scratch)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    shutil.rmtree(scratch, ignore_errors=True)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    if done.returncode or not lines:
        raise SystemExit(f"{mode} child failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, float] = json.loads(lines[-1][len("RESULT ") :])
    return result


def run_snapshot(kit: Path, cache_home: Path, output: Path) -> float:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home))
    command = [str(Path(sys.executable).parent / "mediakit"), "snapshot", str(kit)]
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--section", "stills", "-o", str(output)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"snapshot failed ({done.returncode}): {done.stderr}")
    return wall


def figures(values: list[float]) -> str:
    return f"median {statistics.median(values):7.2f}   min {min(values):7.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds (5)")
    parser.add_argument("--stills", type=int, default=300, help="stills in the kit (300)")
    parser.add_argument("--keep", action="store_true", help="keep the kit and caches")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="mediakit-gallery-bench-"))
    print(f"making {args.stills} stills of 6000x4000 in {work} …", flush=True)
    kit = make_kit(work / "kit", args.stills)
    times: dict[str, list[float]] = {
        k: [] for k in ("pillow", "cold", "warm", "snap_cold", "snap_warm", "screen_cold")
    }
    cpu: dict[str, list[float]] = {k: [] for k in ("pillow", "cold", "warm")}
    rss: dict[str, list[float]] = {k: [] for k in ("pillow", "cold", "warm", "bare")}
    held: list[float] = []
    threads = 0.0
    try:
        run_child("pillow", kit, work / "cache-warmup")  # the page cache: every side reads warm
        for round_ in range(args.runs):
            cache = work / f"cache-{round_}"  # empty: truly cold
            pillow = run_child("pillow", kit, cache)
            cold = run_child("gallery", kit, cache)
            warm = run_child("gallery", kit, cache)
            bare = run_child("bare", kit, work / f"cache-bare-{round_}")
            snap_cache = work / f"cache-snap-{round_}"
            times["snap_cold"].append(run_snapshot(kit, snap_cache, work / "cold.png"))
            times["snap_warm"].append(run_snapshot(kit, snap_cache, work / "warm.png"))
            for key, result in (("pillow", pillow), ("cold", cold), ("warm", warm)):
                times[key].append(result["seconds"])
                cpu[key].append(result["cpu"])
                rss[key].append(result["rss"])
            rss["bare"].append(bare["rss"])
            times["screen_cold"].append(cold["first_screen"])
            held.append(cold["held"])
            threads = pillow["threads"]
            print(
                f"round {round_ + 1}: pillow {pillow['seconds']:.2f} s, gallery cold "
                f"{cold['seconds']:.2f} s / warm {warm['seconds']:.2f} s, snapshot cold "
                f"{times['snap_cold'][-1]:.2f} s / warm {times['snap_warm'][-1]:.2f} s",
                flush=True,
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    n = args.stills
    print(f"\n{n} stills of 6000x4000 -> {SIZE} px, {int(threads)} threads, {args.runs} runs")
    print(f"{'seconds':34} {'':>8}")
    print(f"{'Pillow draft pool (no cache)':34} {figures(times['pillow'])}")
    print(f"{'gallery cold (empty cache)':34} {figures(times['cold'])}")
    print(f"{'  of which the first screen':34} {figures(times['screen_cold'])}")
    print(f"{'gallery warm':34} {figures(times['warm'])}")
    print(f"{'snapshot --section stills, cold':34} {figures(times['snap_cold'])}")
    print(f"{'snapshot --section stills, warm':34} {figures(times['snap_warm'])}")
    print(f"{'CPU seconds, Pillow pool':34} {figures(cpu['pillow'])}")
    print(f"{'CPU seconds, gallery cold':34} {figures(cpu['cold'])}")
    print("\nratios to the Pillow pool (goal: cold <= 1.10); 'paired' is the median of")
    print("each round's own ratio (its two runs back to back: the least noisy figure)")
    for key in ("cold", "warm"):
        med = statistics.median(times[key]) / statistics.median(times["pillow"])
        low = min(times[key]) / min(times["pillow"])
        paired = statistics.median(a / b for a, b in zip(times[key], times["pillow"], strict=True))
        print(
            f"  gallery {key:4} wall  median {med:5.2f}x   min {low:5.2f}x   paired {paired:5.2f}x"
        )
    med = statistics.median(cpu["cold"]) / statistics.median(cpu["pillow"])
    low = min(cpu["cold"]) / min(cpu["pillow"])
    paired = statistics.median(a / b for a, b in zip(cpu["cold"], cpu["pillow"], strict=True))
    print(f"  gallery cold CPU   median {med:5.2f}x   min {low:5.2f}x   paired {paired:5.2f}x")
    print("\npeak RSS, MiB (VmHWM of the child; goal: gallery <= 130)")
    for key, label in (
        ("bare", "bare window"),
        ("pillow", "Pillow pool"),
        ("cold", "gallery cold"),
        ("warm", "gallery warm"),
    ):
        print(f"  {label:14} {figures(rss[key])}")
    print(f"\nthumbnails held decoded once loaded: {int(statistics.median(held))} of {n}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
    else:
        main()
