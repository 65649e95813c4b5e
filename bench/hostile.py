"""Time `mediakit validate` (and `verify` for archives) on the worst hostile
inputs we can build.

    .venv/bin/python bench/hostile.py [--keep DIR]

Each input is built in a temporary folder and checked by the real command
line in a subprocess (start-up included, as a user would run it). Prints a
table: the input, its size, the command, the exit code, the time and the
first line of output. Goals: every refusal < 1 s, any input < 20 s.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

MIB = 1024 * 1024
MINIMAL = "mediakit: 1\nid: hostile\ntitle: Hostile\n"
REFUSAL_GOAL = 1.0
ANY_GOAL = 20.0
Build = Callable[[Path], Path]


def _kit(folder: Path, manifest: str | bytes) -> Path:
    folder.mkdir(parents=True)
    data = manifest.encode() if isinstance(manifest, str) else manifest
    (folder / "kit.yaml").write_bytes(data)
    return folder


def billion_laughs(root: Path) -> Path:
    lines = ["x-0: &a0 lol"]
    lines += [f"x-{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 40)]
    return _kit(root / "laughs", MINIMAL + "\n".join(lines) + "\n")


def nested_flow(root: Path) -> Path:
    """4 MiB of ``[[[[…``: the nesting limit, met by libyaml's guard or ours."""
    return _kit(root / "flow", MINIMAL + "x-deep: " + "[" * (4 * MIB - 100) + "\n")


def wide_flow(root: Path) -> Path:
    """4 MiB of small flow sequences side by side: many events, no depth."""
    body = "[1], " * ((4 * MIB - 200) // 5)
    return _kit(root / "wideflow", MINIMAL + "x-wide: [" + body + "[1]]\n")


def long_scalar(root: Path) -> Path:
    """A single 4 MiB scalar (just under the manifest size limit) as the logline."""
    return _kit(root / "scalar", MINIMAL + "logline: " + "a" * (4 * MIB - 100) + "\n")


def invalid_items(root: Path) -> Path:
    """10,000 credits, each wrong in three ways."""
    items = "".join(f"  - {{role: [{n}], names: {n}, x: {n}}}\n" for n in range(10_000))
    return _kit(root / "items", MINIMAL + "credits:\n" + items)


def nested_maps(root: Path) -> Path:
    body = "".join("  " * depth + f"k{depth}:\n" for depth in range(1, 65))
    return _kit(root / "maps", MINIMAL + "x-deep:\n" + body + "  " * 65 + "v: 1\n")


def random_bytes(root: Path) -> Path:
    return _kit(root / "random", random.Random(5).randbytes(4 * MIB))


def missing_stills(root: Path, name: str = "missing") -> Path:
    stills = "".join(f"  - {{file: stills/{n:05}.jpg, alt: Still {n}}}\n" for n in range(10_000))
    return _kit(root / name, MINIMAL + "stills:\n" + stills)


def present_stills(root: Path) -> Path:
    """10,000 stills that all exist (one folder of 10,000 files): the path checks at scale."""
    folder = missing_stills(root, "present")
    (folder / "stills").mkdir()
    jpeg = b"\xff\xd8\xff\xe0" + bytes(60)
    for n in range(10_000):
        (folder / "stills" / f"{n:05}.jpg").write_bytes(jpeg)
    return folder


def _checksums(entries: list[tuple[str, bytes]]) -> bytes:
    lines = sorted(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in entries)
    return "".join(lines).encode()


def _zip(path: Path, entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in entries:
            archive.writestr(name, data)
        archive.writestr("checksums.sha256", _checksums(entries))
    return path


def many_entries(root: Path) -> Path:
    """9,999 tiny entries (under the entry limit), each a still the kit names."""
    jpeg = b"\xff\xd8\xff\xe0" + bytes(60)
    names = [f"stills/{n:04}.jpg" for n in range(9_998)]
    stills = "".join(f"  - {{file: {n}, alt: A}}\n" for n in names)
    entries = [("kit.yaml", (MINIMAL + "stills:\n" + stills).encode())]
    entries += [(name, jpeg) for name in names]
    return _zip(root / "many.mediakit", entries, zipfile.ZIP_STORED)


def zip_bomb(root: Path) -> Path:
    """A deflated entry of 4 GiB of zeros (about 4 MB on disk), declared honestly."""
    path = root / "bomb.mediakit"
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(MIB)
    data = b"".join(packer.compress(block) for _ in range(4096)) + packer.flush()
    info = zipfile.ZipInfo("film/zeros.bin")
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("kit.yaml", MINIMAL)
        archive.writestr("checksums.sha256", _checksums([("kit.yaml", MINIMAL.encode())]))
    # Add the bomb by hand: zipfile would deflate 4 GiB itself.
    raw = bytearray(path.read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack_from("<HLL", raw, end + 10)
    central = raw[cd_offset : cd_offset + cd_size]
    crc = 0
    for _ in range(4096):
        crc = zlib.crc32(block, crc)
    name = b"film/zeros.bin"
    at = cd_offset
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), 0, 0, 0)
    # 4 GiB does not fit 32 bits: declare 4 GiB - 1 MiB and send one block less.
    size = 4095 * MIB
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = b"".join(packer.compress(block) for _ in range(4095)) + packer.flush()
    crc = 0
    for _ in range(4095):
        crc = zlib.crc32(block, crc)
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), size, len(name), 0
    )
    record = struct.pack(
        "<4s6H3L5H2L", b"PK\x01\x02", 0x314, 20, 0, 8, 0, 0x21, crc, len(data), size,
        len(name), 0, 0, 0, 0, 0o100644 << 16, at,
    )  # fmt: skip
    body = bytes(raw[:cd_offset]) + local + name + data
    new_cd = bytes(central) + record + name
    eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count + 1, count + 1, len(new_cd),
                       len(body), 0)  # fmt: skip
    path.write_bytes(body + new_cd + eocd)
    return path


def lying_directory(root: Path) -> Path:
    """The central directory says 10 bytes; the data inflates to 1 GiB of zeros."""
    path = root / "liar.mediakit"
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(MIB)
    zeros = b"".join(packer.compress(block) for _ in range(1024)) + packer.flush()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("kit.yaml", MINIMAL)
        archive.writestr("film/f.bin", b"0123456789")
        archive.writestr("checksums.sha256", b"")
    raw = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        info = archive.getinfo("film/f.bin")
    start = info.header_offset + 30 + len(b"film/f.bin")
    old_end = start + info.compress_size
    # Same declared sizes (10 bytes, compressed len(zeros)) in both headers.
    fixed = bytearray(raw[:start] + zeros + raw[old_end:])
    shift = len(zeros) - info.compress_size
    struct.pack_into("<L", fixed, info.header_offset + 18, len(zeros))
    end = fixed.rfind(b"PK\x05\x06")
    _, _, cd_offset = struct.unpack_from("<HLL", fixed, end + 10)
    struct.pack_into("<L", fixed, end + 16, cd_offset + shift)
    at = cd_offset + shift
    while fixed[at : at + 4] == b"PK\x01\x02":
        name_len, extra, comment = struct.unpack_from("<3H", fixed, at + 28)
        name = bytes(fixed[at + 46 : at + 46 + name_len])
        offset = struct.unpack_from("<L", fixed, at + 42)[0]
        if name == b"film/f.bin":
            struct.pack_into("<L", fixed, at + 20, len(zeros))
        elif offset > info.header_offset:
            struct.pack_into("<L", fixed, at + 42, offset + shift)
        at += 46 + name_len + extra + comment
    path.write_bytes(bytes(fixed))
    return path


CASES: list[tuple[str, Build]] = [
    ("billion laughs (10**39 values)", billion_laughs),
    ("4 MiB of nested [[[[", nested_flow),
    ("4 MiB of small flow lists", wide_flow),
    ("4 MiB single scalar", long_scalar),
    ("10,000 invalid credits", invalid_items),
    ("64-deep nested maps", nested_maps),
    ("4 MiB of random bytes", random_bytes),
    ("10,000 stills, all missing", missing_stills),
    ("10,000 stills, all present", present_stills),
    ("archive: 9,999 tiny entries", many_entries),
    ("archive: zip bomb (4 GiB zeros)", zip_bomb),
    ("archive: central dir lies (1 GiB)", lying_directory),
]


def _run(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    lines = (done.stderr + done.stdout).strip().splitlines()
    first = lines[0] if lines else ""
    return elapsed, done.returncode, first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the inputs here and keep them")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="mediakit-hostile-"))
    root.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, XDG_CACHE_HOME=str(root / "cache"), QT_QPA_PLATFORM="offscreen")
    mediakit = [sys.executable, "-m", "mediakit"]
    print(f"{'input':36} {'size':>9} {'command':8} {'exit':>4} {'time':>7}  first line")
    worst = 0.0
    over = []
    for label, build in CASES:
        path = build(root)
        size = path.stat().st_size if path.is_file() else (path / "kit.yaml").stat().st_size
        commands = ["validate", "verify"] if path.suffix == ".mediakit" else ["validate"]
        for command in commands:
            elapsed, code, first = _run([*mediakit, command, str(path)], env)
            first = first.replace(str(root) + "/", "")
            goal = REFUSAL_GOAL if code == 1 else ANY_GOAL
            flag = "" if elapsed < goal else "  << over goal"
            if flag:
                over.append(label)
            worst = max(worst, elapsed)
            print(
                f"{label:36} {size / MIB:7.2f}Mi {command:8} {code:>4} {elapsed:6.2f}s  "
                f"{first[:110]}{flag}"
            )
    print(f"\nworst: {worst:.2f} s; goals: refusal < {REFUSAL_GOAL:.0f} s, any < {ANY_GOAL:.0f} s")
    if not args.keep:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
