"""Issue #11's goals, each as a ratio to its baseline measured in the same run.

    .venv/bin/python bench/validate_verify.py [--runs 7] [--size-gb 1] [--skip-archive]

1. ``mediakit validate KIT`` of a 1,000-credit, 1,000-quote, 300-still kit,
   whole process against a whole process that imports yaml and loads the same
   kit.yaml with ``yaml.CSafeLoader`` (interpreter start on both sides); and
   in-process: ``load(KIT)`` against ``yaml.load(text, Loader=yaml.CSafeLoader)``.
   Goal: <= 1.3x.
2. ``mediakit verify ARCHIVE`` of a kit of ``--size-gb`` GB against
   ``sha256sum ARCHIVE`` (one SHA-256 pass over the same file, a process too).
   Goal: <= 1.3x. Also against a process that hashes it with hashlib
   (OpenSSL: SHA extensions, some 3 times coreutils' speed here), the
   stricter baseline.
3. The first open of that archive (cold: checked and extracted into an empty
   cache), in a process, against that hashlib process. No goal: reported.

Each figure is the median of ``--runs`` runs (and the minimum), the two sides
of a ratio alternated run by run so that the shared machine's noise falls on
both. Files are warm in the page cache on both sides.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pack_verify import make_kit as make_big_kit  # bench/ is on sys.path: a script there

CREDITS = 1000
QUOTES = 1000
STILLS = 300
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"  # sniffs as JPEG: validate reads no more


def manifest_text() -> str:
    """The manifest of the validate goal: every kind of node, positions everywhere."""
    lines = [
        "mediakit: 1",
        "id: bench-validate",
        "title:",
        "  fr: Banc d'essai",
        "  en: Bench",
        "languages: [fr, en]",
        "year: 2025",
        "runtime: '1:32:00'",
        "logline: {fr: Un manifeste à chronométrer., en: A manifest big enough to time.}",
        "credits:",
    ]
    for i in range(CREDITS):
        lines += [
            f"  - role: {{fr: Rôle {i}, en: Role {i}}}",
            f"    names: [Person {i} A, Person {i} B]",
        ]
    lines.append("quotes:")
    for i in range(QUOTES):
        lines += [
            "  - text:",
            f"      fr: « Une citation numéro {i}, assez longue pour être lue. »",
            f"      en: “Quote number {i}, long enough to be read.”",
            f"    by: Critic {i}",
            f"    source: Journal {i % 17}",
            f"    date: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
        ]
    lines.append("stills:")
    for i in range(STILLS):
        lines += [
            f"  - file: stills/{i:03d}.jpg",
            f"    caption: {{fr: Image {i}, en: Still {i}}}",
            f"    credit: Photographer {i % 9}",
            f"    alt: {{fr: Image numéro {i}, en: Still number {i}}}",
        ]
    return "\n".join(lines) + "\n"


def make_validate_kit(root: Path) -> Path:
    (root / "stills").mkdir(parents=True)
    for i in range(STILLS):
        (root / "stills" / f"{i:03d}.jpg").write_bytes(JPEG)
    (root / "kit.yaml").write_text(manifest_text(), encoding="utf-8")
    return root


# Bytecode written and reused as on any user's machine: a PYTHONDONTWRITEBYTECODE
# in the caller's environment would have every changed module compiled anew at
# each start (some 6 ms for the YAML reader alone), a cost no installed copy has.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_process(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=ENV)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        output = (done.stdout + done.stderr).splitlines()[:5]
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n" + "\n".join(output))
    return elapsed


def paired(runs: int, ours: Callable[[], float], base: Callable[[], float]) -> dict[str, float]:
    """Alternate the two sides; medians and minimums of each, and their ratios."""
    a: list[float] = []
    b: list[float] = []
    ours()  # warm-up: page cache, .pyc files
    base()
    for _ in range(runs):
        b.append(base())
        a.append(ours())
    result = {
        "ours_median": statistics.median(a),
        "ours_min": min(a),
        "base_median": statistics.median(b),
        "base_min": min(b),
    }
    result["ratio_median"] = result["ours_median"] / result["base_median"]
    result["ratio_min"] = result["ours_min"] / result["base_min"]
    return result


def show(label: str, base_label: str, figures: dict[str, float], goal: float | None) -> None:
    unit, scale = ("ms", 1000.0) if figures["base_median"] < 1 else ("s", 1.0)
    print(f"{label}")
    print(f"  ours      median {figures['ours_median'] * scale:9.2f} {unit}"
          f"   min {figures['ours_min'] * scale:9.2f} {unit}")  # fmt: skip
    print(f"  {base_label:<9} median {figures['base_median'] * scale:9.2f} {unit}"
          f"   min {figures['base_min'] * scale:9.2f} {unit}")  # fmt: skip
    verdict = ""
    if goal is not None:
        verdict = "  goal met" if figures["ratio_median"] <= goal else f"  goal {goal}x NOT met"
    print(f"  ratio     median {figures['ratio_median']:.2f}x   min {figures['ratio_min']:.2f}x"
          f"{verdict}", flush=True)  # fmt: skip


def timed_call(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def bench_validate(base: Path, runs: int) -> None:
    kit = make_validate_kit(base / "validate-kit")
    manifest = kit / "kit.yaml"
    mediakit = str(Path(sys.executable).with_name("mediakit"))
    if not Path(mediakit).exists():
        sys.exit(f"{mediakit} is missing: install the project into this virtualenv")
    size = manifest.stat().st_size
    print(f"validate: {CREDITS} credits, {QUOTES} quotes, {STILLS} stills, kit.yaml {size:,} B")
    loader = (
        "import sys, yaml\n"
        "with open(sys.argv[1], encoding='utf-8') as f: text = f.read()\n"
        "yaml.load(text, Loader=yaml.CSafeLoader)\n"
    )
    show(
        "1. validate, whole process: `mediakit validate KIT` vs a process that imports yaml"
        " and loads kit.yaml with CSafeLoader",
        "CSafeLoad",
        paired(
            runs,
            lambda: run_process([mediakit, "validate", str(kit)]),
            lambda: run_process([sys.executable, "-c", loader, str(manifest)]),
        ),
        1.3,
    )
    import yaml

    from mediakit.kit import load

    text = manifest.read_text(encoding="utf-8")
    result = load(kit)
    assert result.kit is not None and not result.errors, [p.format() for p in result.errors]
    show(
        "1b. validate, in process: load(KIT) vs yaml.load(text, CSafeLoader)",
        "CSafeLoad",
        paired(
            runs,
            lambda: timed_call(lambda: load(kit)),
            lambda: timed_call(lambda: yaml.load(text, Loader=yaml.CSafeLoader)),
        ),
        1.3,
    )


def bench_archive(base: Path, runs: int, size_gb: float) -> None:
    kit = base / "big-kit"
    print(f"archive: making a {size_gb:g} GB kit …", flush=True)
    make_big_kit(kit, int(size_gb * 1e9))
    archive = base / "big.mediakit"
    run_process([sys.executable, "-m", "mediakit", "pack", str(kit), "-o", str(archive)])
    shutil.rmtree(kit)  # only the archive is read from now on
    print(f"archive: {archive.stat().st_size:,} B")
    sha256sum = shutil.which("sha256sum")
    if sha256sum is None:
        sys.exit("sha256sum is missing")
    mediakit = str(Path(sys.executable).with_name("mediakit"))

    def baseline() -> float:
        return run_process([sha256sum, str(archive)])

    hasher = "import hashlib, sys\nhashlib.file_digest(open(sys.argv[1], 'rb'), 'sha256')\n"

    def hashlib_baseline() -> float:
        return run_process([sys.executable, "-c", hasher, str(archive)])

    def verify() -> float:
        return run_process([mediakit, "verify", str(archive)])

    show(
        "2. `mediakit verify ARCHIVE` vs `sha256sum ARCHIVE` (coreutils: no SHA extensions)",
        "sha256sum",
        paired(runs, verify, baseline),
        1.3,
    )
    show(
        "2b. `mediakit verify ARCHIVE` vs a process: hashlib.file_digest(ARCHIVE, 'sha256')"
        " (OpenSSL, SHA extensions)",
        "hashlib",
        paired(runs, verify, hashlib_baseline),
        1.3,
    )
    opener = (
        "import sys\nfrom pathlib import Path\n"
        "from mediakit.kit.archive import open_archive\n"
        "opened = open_archive(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "assert not opened.from_cache\n"
    )
    counter = iter(range(1_000_000))

    def cold_open() -> float:
        cache = base / f"cache-{next(counter)}"
        cache.mkdir(mode=0o700)
        try:
            return run_process([sys.executable, "-c", opener, str(archive), str(cache)])
        finally:
            shutil.rmtree(cache)

    show(
        "3. first open (cold: check + extract into an empty cache), a process, vs hashlib",
        "hashlib",
        paired(max(3, runs // 2), cold_open, hashlib_baseline),
        None,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size-gb", type=float, default=1.0)
    parser.add_argument("--skip-archive", action="store_true")
    parser.add_argument("--skip-validate", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mediakit-bench-") as scratch:
        base = Path(scratch)
        if not args.skip_validate:
            bench_validate(base, args.runs)
        if not args.skip_archive:
            bench_archive(base, args.runs, args.size_gb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
