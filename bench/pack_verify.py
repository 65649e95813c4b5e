"""Pack and verify a big kit against `zip -0 -r` + `sha256sum` of the same files.

    .venv/bin/python bench/pack_verify.py [--size-gb 2]

Makes a kit of big stills (random bytes behind a JPEG header, so they sniff
as JPEG) and a big film of random bytes in a temporary folder, then times in
the same run: `mediakit pack`, `mediakit verify`, the pair `zip -0 -r` +
`sha256sum`, and open_archive cold (extracting) and warm (cached). Goals:
pack and verify each <= 1.15x the pair, peak RSS <= 150 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHUNK = 1 << 24
STILLS = 8


def _write_random(path: Path, size: int, head: bytes = b"") -> None:
    with path.open("wb") as out:
        out.write(head)
        left = size - len(head)
        while left > 0:
            out.write(os.urandom(min(CHUNK, left)))
            left -= CHUNK


def make_kit(root: Path, total: int) -> list[str]:
    still_size = total // 4 // STILLS
    (root / "stills").mkdir(parents=True)
    (root / "film").mkdir()
    names = [f"stills/{i:02d}.jpg" for i in range(STILLS)]
    for name in names:
        _write_random(root / name, still_size, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    _write_random(root / "film/big.mp4", total - still_size * STILLS, b"\x00\x00\x00\x18ftypisom")
    stills = "".join(f"  - file: {n}\n    alt: Noise\n" for n in names)
    manifest = (
        f"mediakit: 1\nid: bench\ntitle: Bench\nfilm:\n  file: film/big.mp4\nstills:\n{stills}"
    )
    (root / "kit.yaml").write_text(manifest)
    return ["kit.yaml", *names, "film/big.mp4"]


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time (s) and the peak RSS (MB) of the child, via /usr/bin/time if present."""
    timer = shutil.which("time") or "/usr/bin/time"
    wrapped = [timer, "-f", "%M", *command] if Path(timer).exists() else command
    start = time.perf_counter()
    run = subprocess.run(wrapped, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{run.stderr}")
    rss = float(run.stderr.strip().splitlines()[-1]) / 1024 if wrapped is not command else 0.0
    return elapsed, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-gb", type=float, default=2.0)
    args = parser.parse_args()
    mediakit = [sys.executable, "-m", "mediakit"]
    with tempfile.TemporaryDirectory(prefix="mediakit-bench-") as scratch:
        base = Path(scratch)
        kit = base / "kit"
        print(f"making a {args.size_gb:g} GB kit in {kit} …", flush=True)
        files = make_kit(kit, int(args.size_gb * 1e9))
        # No root to drop the page cache: every run below reads warm files, both sides alike.
        zip_s, zip_rss = timed(["zip", "-q", "-0", "-r", str(base / "plain.zip"), *files], kit)
        sum_s, sum_rss = timed(["sha256sum", *files], kit)
        pair = zip_s + sum_s
        pack_s, pack_rss = timed(
            [*mediakit, "pack", str(kit), "-o", str(base / "b.mediakit")], base
        )
        verify_s, verify_rss = timed([*mediakit, "verify", str(base / "b.mediakit")], base)
        print(f"zip -0 -r        {zip_s:7.2f} s   peak RSS {zip_rss:6.1f} MB")
        print(f"sha256sum        {sum_s:7.2f} s   peak RSS {sum_rss:6.1f} MB")
        print(f"pair             {pair:7.2f} s")
        print(f"mediakit pack    {pack_s:7.2f} s   {pack_s / pair:.2f}x the pair   "
              f"peak RSS {pack_rss:6.1f} MB")  # fmt: skip
        print(f"mediakit verify  {verify_s:7.2f} s   {verify_s / pair:.2f}x the pair   "
              f"peak RSS {verify_rss:6.1f} MB")  # fmt: skip
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"largest child RSS (getrusage) {children:.1f} MB")

        from mediakit.kit.archive import open_archive

        cache = base / "cache"
        start = time.perf_counter()
        cold = open_archive(base / "b.mediakit", cache)
        cold_s = time.perf_counter() - start
        start = time.perf_counter()
        warm = open_archive(base / "b.mediakit", cache)
        warm_s = time.perf_counter() - start
        assert not cold.from_cache and warm.from_cache
        print(f"open_archive cold (check + extract) {cold_s:7.2f} s")
        print(f"open_archive warm (cached)          {warm_s * 1000:7.2f} ms")
        print(f"pack vs zip -0 alone: {pack_s / zip_s:.2f}x; "
              f"verify vs sha256sum alone: {verify_s / sum_s:.2f}x")  # fmt: skip
        for label, (seconds, stall) in zip(
            ("first", "second"),
            window_opens(base / "b.mediakit", base / "window-cache"),
            strict=True,
        ):
            print(f"window, {label} open to kit shown {seconds:7.2f} s   "
                  f"longest GUI-thread stall {stall} ms")  # fmt: skip
    return 0


def window_opens(archive: Path, cache: Path) -> list[tuple[float, int]]:
    """Open ``archive`` in the real main window twice (offscreen): time to the kit
    on screen, and the longest stall of the GUI thread meanwhile."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_CACHE_HOME"] = str(cache)  # a cold cache for the first open
    from PySide6.QtCore import QSettings
    from stallmeter import StallMeter

    from mediakit.gui.app import make_application
    from mediakit.gui.settings import Settings
    from mediakit.gui.window import MainWindow

    app = make_application()
    settings = Settings(QSettings(str(cache / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.show()
    results = []
    for _ in range(2):
        window.close_kit()
        app.processEvents()
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        window.open_kit(archive)
        while window.opener.opening is not None or window.kit is None:
            app.processEvents()
            time.sleep(0.001)
        results.append((time.perf_counter() - start, meter.stop()))
    window.shutdown()
    return results


if __name__ == "__main__":
    sys.exit(main())
