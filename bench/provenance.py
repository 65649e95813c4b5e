"""Time to read Content Credentials with ``mediakit.media.credentials.read_credentials``:
ROPED's stills, poster and film, and 300 large signed stills.

(a) ROPED (kits/roped/): its 6 stills, poster and film, read one after another
    and in a pool of the window's worker count (``mediakit.tasks.pool_size()``).
(b) 300 JPEG stills of 6000x4000 (bench/synthetic.py), each signed with its own
    credentials by scripts/placeholder_credentials.py, read one after another and
    in a pool of ``os.cpu_count()`` threads: total, and per file median and p95.
    The set is made once (12 pictures, each still its own signed copy, ~10 MB) and
    kept in TMPDIR/mediakit-provenance-bench-v1/ so that reruns start at once;
    ``--clean`` removes it.

Every measure is a child process of its own: "load" is importing the module and
loading the c2pa library (once per process, before any read); "cold" is the
first pass over the files, dropped from the page cache just before
(``posix_fadvise(DONTNEED)``: cold for this machine, though a virtual disk may
still have them in the host's cache); "warm" the next passes in that process,
the files in the page cache. A read checks the signature and hashes the whole
file; "verify=False" (validate's agreement check) reads the manifest alone.
Prints figures; asserts nothing (the machines are shared).

    .venv/bin/python bench/provenance.py [--runs 3] [--passes 3] [--stills 300] [--clean]
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
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from gallery import peak_rss_mib  # bench/ sibling

REPO = Path(__file__).resolve().parent.parent
ROPED = REPO / "kits" / "roped"
CACHE = Path(tempfile.gettempdir()) / "mediakit-provenance-bench-v1"
DISTINCT = 12

Result = dict[str, Any]


def roped_media() -> list[Path]:
    stills = sorted((ROPED / "stills").glob("*.jpg"))
    return [*stills, ROPED / "film" / "poster.jpg", ROPED / "film" / "roped.mp4"]


def large_stills(count: int) -> list[Path]:
    """``count`` signed 6000x4000 stills, made once and kept in :data:`CACHE`."""
    folder = CACHE / f"{count}"
    paths = [folder / f"still-{n + 1:03d}.jpg" for n in range(count)]
    if (folder / "complete").is_file():
        return paths
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    need = count * 11 * 1024**2
    if shutil.disk_usage(folder).free < need * 1.5:
        raise SystemExit(f"{count} stills need ~{need / 1024**3:.1f} GiB in {folder}: too little")
    print(f"making {count} signed stills of 6000x4000 in {folder} (once) …", flush=True)
    sys.path.insert(0, str(REPO / "scripts"))
    from placeholder_credentials import add_credentials, make_test_signer, manifest
    from synthetic import busy_still, noise  # bench/ sibling

    grain = noise()
    pictures = []
    for n in range(min(DISTINCT, count)):
        picture = folder / f"picture-{n:02d}.jpg"
        busy_still(n, grain).save(picture, quality=90)
        pictures.append(picture)
    signer = make_test_signer("mediakit provenance bench test signer")

    def sign(n: int) -> None:
        claim = manifest(paths[n].name, "digitalCapture", generator="mediakit bench")
        add_credentials(pictures[n % len(pictures)], paths[n], signer, claim)

    with ThreadPoolExecutor(os.cpu_count()) as pool:
        list(pool.map(sign, range(count)))
    for picture in pictures:
        picture.unlink()
    (folder / "complete").write_text(f"{count}\n")
    return paths


# -- child -------------------------------------------------------------------------


def drop_from_page_cache(paths: list[Path]) -> None:
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fdatasync(fd)  # dirty pages would stay
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def child(paths: list[Path], workers: int, passes: int) -> Result:
    started = time.perf_counter()
    from mediakit.media import credentials

    unavailable = credentials.library_problem()
    load = time.perf_counter() - started
    if unavailable is not None:
        raise SystemExit(f"c2pa cannot be loaded: {unavailable}")

    def one_pass(verify: bool) -> tuple[float, list[float], list[str]]:
        def read(path: Path) -> tuple[float, str]:
            begun = time.perf_counter()
            reading = credentials.read_credentials(path, verify=verify)
            spent = time.perf_counter() - begun
            found = reading.credentials
            outcome = found.signature.value if found is not None else reading.presence.value
            return spent, outcome

        begun = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            results = list(pool.map(read, paths))
        wall = time.perf_counter() - begun
        return wall, [spent for spent, _ in results], [outcome for _, outcome in results]

    drop_from_page_cache(paths)
    cold_wall, cold, outcomes = one_pass(verify=True)
    warm = [one_pass(verify=True) for _ in range(passes)]
    manifest_only = one_pass(verify=False)
    return {
        "load": load,
        "cold_wall": cold_wall,
        "cold": cold,
        "warm_wall": [wall for wall, _, _ in warm],
        "warm": [spent for _, spent, _ in warm],
        "unverified_wall": manifest_only[0],
        "unverified": manifest_only[1],
        "outcomes": outcomes,
        "rss": peak_rss_mib(),
    }


# -- parent ------------------------------------------------------------------------


def run_child(paths: list[Path], workers: int, passes: int) -> Result:
    listing = Path(tempfile.mkstemp(prefix="mediakit-provenance-", suffix=".json")[1])
    listing.write_text(json.dumps([str(p) for p in paths]))
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(listing), str(workers), str(passes)],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        listing.unlink()
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    if done.returncode or not lines:
        raise SystemExit(f"child failed ({done.returncode}):\n{done.stderr}")
    result: Result = json.loads(lines[-1][len("RESULT ") :])
    return result


def measure(paths: list[Path], workers: int, runs: int, passes: int) -> list[Result]:
    return [run_child(paths, workers, passes) for _ in range(runs)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f}"


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def warm_walls(results: list[Result]) -> list[float]:
    return [wall for r in results for wall in r["warm_wall"]]


def per_file_warm(results: list[Result]) -> list[list[float]]:
    """Each file's warm times over every pass of every run."""
    columns = [spent for r in results for spent in r["warm"]]
    return [list(times) for times in zip(*columns, strict=True)]


def report_roped(results: dict[int, list[Result]], paths: list[Path], runs: int) -> None:
    sequential = results[1]
    cold = [list(times) for times in zip(*(r["cold"] for r in sequential), strict=True)]
    warm = per_file_warm(sequential)
    print(f"\n(a) ROPED: {len(paths)} files, {runs} process(es); ms, median (one at a time)")
    print(f"{'file':20} {'KiB':>7} {'cold':>9} {'warm':>9}")
    for path, c, w in zip(paths, cold, warm, strict=True):
        size = path.stat().st_size / 1024
        print(f"{path.name:20} {size:7.0f} {ms(statistics.median(c))} {ms(statistics.median(w))}")
    for workers, rs in results.items():
        label = "one at a time" if workers == 1 else f"pool of {workers}"
        cold_total = statistics.median(r["cold_wall"] for r in rs)
        warm_total = statistics.median(warm_walls(rs))
        print(f"{'all, ' + label:28} {ms(cold_total)} {ms(warm_total)}")
    print_common(results)


def report_large(results: dict[int, list[Result]], count: int, size: float) -> None:
    print(f"\n(b) {count} signed stills of 6000x4000 ({size / 1024**3:.2f} GiB), ms")
    print(f"{'':28} {'total':>9} {'median':>9} {'p95':>9} {'max':>9}   per file")
    for workers, rs in results.items():
        label = "one at a time" if workers == 1 else f"pool of {workers}"
        rows = (
            ("cold", [r["cold_wall"] for r in rs], [t for r in rs for t in r["cold"]]),
            ("warm", warm_walls(rs), [t for r in rs for p in r["warm"] for t in p]),
            (
                "verify=False",
                [r["unverified_wall"] for r in rs],
                [t for r in rs for t in r["unverified"]],
            ),
        )
        for name, walls, each in rows:
            print(
                f"{label + ', ' + name:28} {ms(statistics.median(walls))}"
                f" {ms(statistics.median(each))} {ms(p95(each))} {ms(max(each))}"
            )
    print_common(results)


def print_common(results: dict[int, list[Result]]) -> None:
    everything = [r for rs in results.values() for r in rs]
    load = statistics.median(r["load"] for r in everything)
    rss = max(r["rss"] for r in everything)
    outcomes = Counter(o for r in everything for o in r["outcomes"])
    said = ", ".join(f"{n} {o}" for o, n in sorted(outcomes.items()))
    print(f"load (import + c2pa library) {ms(load).strip()} ms median; peak RSS {rss:.0f} MiB")
    print(f"readings (all runs): {said}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="processes per measure (3)")
    parser.add_argument("--passes", type=int, default=3, help="warm passes per process (3)")
    parser.add_argument("--stills", type=int, default=300, help="large stills (300)")
    parser.add_argument("--clean", action="store_true", help=f"remove {CACHE} and stop")
    args = parser.parse_args()
    if args.clean:
        shutil.rmtree(CACHE, ignore_errors=True)
        print(f"removed {CACHE}")
        return

    from mediakit.tasks import pool_size

    roped = roped_media()
    large = large_stills(args.stills)
    cores = os.cpu_count() or 1
    print(f"{cores} cores; the window's pool: {pool_size()} threads", flush=True)
    roped_results = {w: measure(roped, w, args.runs, args.passes) for w in sorted({1, pool_size()})}
    report_roped(roped_results, roped, args.runs)
    large_results = {w: measure(large, w, args.runs, args.passes) for w in sorted({1, cores})}
    report_large(large_results, len(large), sum(p.stat().st_size for p in large))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        listed = [Path(p) for p in json.loads(Path(sys.argv[2]).read_text())]
        result = child(listed, workers=int(sys.argv[3]), passes=int(sys.argv[4]))
        print("RESULT " + json.dumps(result), flush=True)
    else:
        main()
