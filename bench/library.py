"""Issue 15's library figures on generated kits, printed (no assertions).

    .venv/bin/python bench/library.py [--kits 1000] [--seed 15] [--archives 0]

Makes ``--kits`` ROPED-sized kits (a kit.yaml of some 10 KB in French and
English, six stills, a poster, a film, eight Markdown texts; titles, names
with diacritics and texts drawn from word lists with ``--seed``, so the same
run makes the same kits), kept in the temporary folder for the next run
(``mediakit-bench-library-SEED-N``); ``--archives N`` packs the first N of
them too. Then, in this process:

1. the baseline: every kit.yaml read and parsed with PyYAML's C loader
   (``yaml.CSafeLoader``);
2. the full index of the folder into an empty library (the kits read in
   worker processes, one per core: :mod:`mediakit.library.readers`), its
   wall time's ratio to the baseline (goal <= 2x), and the CPU time of this
   process and of the workers;
3. a refresh when nothing changed (a stat of each kit's files only);
4. 20 queries, warm: each query's latency, their median and worst
   (goal <= 20 ms);
5. the index's size on disk, the process's peak RSS and its reading processes'.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import yaml

from mediakit.cores import cpu_count
from mediakit.library import readers
from mediakit.library.store import Library, Report

RUNS = 3


def index_into(library: Library, folder: Path, reports: list[Report]) -> None:
    reports.append(library.add_folder(folder))


def listed(words: str) -> list[str]:
    return words.split()


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
FIRST = listed(
    "René Zoë Élodie Anaïs Jérôme François Søren Noémie Chloé Björn Inès Hélène "
    "José Iñaki Łukasz Ümit Thaïs Maëlle Gaël Agnès Cécile Raphaël Joël Ana Marta "
    "Olivia Kwame Aiko Nikolaï Dário Zsófia Tomáš Aurélien Léa Mathéo Camille"
)
LAST = listed(
    "Smadja Kamir Ångström Dvořák Müller Øvergaard Çelik Nuñez Lefèvre Gérard "
    "Fontaine Moreau Dubois Laurent Girard Bonnet Mercier Faure Roussel Brunet "
    "Blanc Garnier Chevalier François Legrand Gauthier Perrin Robin Clément Morin "
    "Nicolas Henry Roussin Ward Okafor Tanaka Kowalski Novák Szabó Horvath Petrović"
)
FR = listed(
    "une femme corde traverse paysages hostiles désert nuit ville lumière ombre "
    "mémoire silence frontière voyage enfance mer montagne forêt hiver été rêve "
    "famille exil retour promesse secret colère tendresse lenteur vertige fuite "
    "musique danse parole regard visage main souffle chemin pluie neige feu"
)
EN = listed(
    "a woman rope crosses hostile landscapes desert night city light shadow "
    "memory silence border journey childhood sea mountain forest winter summer "
    "dream family exile return promise secret anger tenderness slowness vertigo "
    "escape music dance word gaze face hand breath path rain snow fire"
)
KINDS = (("Court-métrage", "Short film"), ("Long-métrage", "Feature film"),
         ("Documentaire", "Documentary"), ("Série", "Series"))  # fmt: skip
QUERIES = (
    "rene", "smad", "cokau", "zoe", "angstrom", "dvorak", "desert", "nuit", "hostile",
    "memoire", "fr", "mu", "traverse paysages", "rope crosses", "xylophone", "s",
    "lefevre", "Promesse", "noé", "ma",
)  # fmt: skip


SYLLABLES = listed(
    "ba be bi bo bu ca ce co da de di do fa fe fi ga go la le li lo lu ma me mi mo mu "
    "na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo za ze zi zo "
    "tra pro stri cla bré gné ché lou ieu ain ont"
)


def word(rng: random.Random, words: list[str]) -> str:
    """A common word, or one time in three a made-up one (a real vocabulary is large)."""
    if rng.random() < 0.67:
        return rng.choice(words)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def sentence(rng: random.Random, words: list[str], n: int) -> str:
    text = " ".join(word(rng, words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, words: list[str], sentences: int) -> str:
    return " ".join(sentence(rng, words, rng.randint(8, 18)) for _ in range(sentences))


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def manifest(rng: random.Random, i: int) -> str:
    title = sentence(rng, FR, rng.randint(1, 4))[:-1]
    kind = rng.choice(KINDS)
    lines = [
        "mediakit: 1",
        f"id: kit-{i:05d}",
        f"title: {q(title + ' ' + str(i))}",
        f"kind: {{fr: {kind[0]}, en: {kind[1]}}}",
        f"year: {rng.randint(1990, 2026)}",
        f'runtime: "{rng.randint(1, 110)}:{rng.randint(0, 59):02d}"',
        "languages: [fr, en]",
        "logline:",
        f"  fr: {q(sentence(rng, FR, 14))}",
        f"  en: {q(sentence(rng, EN, 14))}",
    ]
    for key in ("synopsis", "statement", "ai_disclosure"):
        lines += [f"{key}:", f"  fr: {{file: {key}.fr.md}}", f"  en: {{file: {key}.en.md}}"]
    lines.append("credits:")
    for role in ("Réalisation", "Musique originale", "Production", "Image", "Montage"):
        names = ", ".join(person(rng) for _ in range(rng.randint(1, 3)))
        lines += [f"  - role: {{fr: {role}, en: {role} (en)}}", f"    names: [{names}]"]
    lines.append("quotes:")
    for _ in range(3):
        lines += [
            "  - text:",
            f"      fr: {q(paragraph(rng, FR, 2))}",
            f"      en: {q(paragraph(rng, EN, 2))}",
            f"    by: {person(rng)}",
            f"    source: {rng.choice(['ATCK', 'Le Monde', 'Variety', 'Télérama'])}",
            '    date: "2025-09-02"',
        ]
    lines.append("articles:")
    for lang in ("fr", "en"):
        lines += [
            f"  - title: {{{lang}: {q(sentence(rng, FR if lang == 'fr' else EN, 6))}}}",
            f"    publication: {rng.choice(['ATCK', 'Libération', 'Screen Daily'])}",
            f"    author: {person(rng)}",
            f"    language: {lang}",
            f"    body: {{{lang}: {{file: article.{lang}.md}}}}",
        ]
    lines.append("stills:")
    for s in range(6):
        lines += [
            f"  - file: stills/{s:02d}.jpg",
            "    caption:",
            f"      fr: {q(sentence(rng, FR, 16))}",
            f"      en: {q(sentence(rng, EN, 16))}",
            "    alt:",
            f"      fr: {q(sentence(rng, FR, 24))}",
            f"      en: {q(sentence(rng, EN, 24))}",
            f"    credit: {person(rng)}",
        ]
    lines += ["film:", "  file: film/film.mp4", "  poster: film/poster.jpg", "specs:"]
    for label in ("Durée", "Format", "Son", "Langue", "Pays", "Technique"):
        lines += [
            f"  - label: {{fr: {label}, en: {label} (en)}}",
            f"    value: {{fr: {q(sentence(rng, FR, 8))}, en: {q(sentence(rng, EN, 8))}}}",
        ]
    lines += ["contacts:", f"  - name: {person(rng)}", "    role: {fr: Presse, en: Press}",
              f"    email: press{i}@example.org"]  # fmt: skip
    return "\n".join(lines) + "\n"


def make_kits(root: Path, count: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    kits = []
    for i in range(count):
        kit = root / f"kit-{i:05d}"
        (kit / "stills").mkdir(parents=True)
        (kit / "film").mkdir()
        for s in range(6):
            (kit / "stills" / f"{s:02d}.jpg").write_bytes(JPEG)
        (kit / "film" / "poster.jpg").write_bytes(JPEG)
        (kit / "film" / "film.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
        for key in ("synopsis", "statement", "ai_disclosure"):
            (kit / f"{key}.fr.md").write_text(paragraph(rng, FR, 4), encoding="utf-8")
            (kit / f"{key}.en.md").write_text(paragraph(rng, EN, 4), encoding="utf-8")
        for lang, words in (("fr", FR), ("en", EN)):
            body = "\n\n".join(paragraph(rng, words, 5) for _ in range(3))
            (kit / f"article.{lang}.md").write_text(body, encoding="utf-8")
        (kit / "kit.yaml").write_text(manifest(rng, i), encoding="utf-8")
        kits.append(kit)
    return kits


def kits_folder(count: int, seed: int, archives: int) -> Path:
    name = f"mediakit-bench-library-v2-{seed}-{count}-{archives}"
    root = Path(tempfile.gettempdir()) / name
    if (root / "done").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    start = time.perf_counter()
    kits = make_kits(root / "kits", count, seed)
    if archives:
        from mediakit.kit.archive.pack import pack

        for kit in kits[:archives]:
            pack(kit, root / "kits" / f"{kit.name}.mediakit")
            shutil.rmtree(kit)
    (root / "done").write_text("")
    print(f"made {count} kits in {root} ({time.perf_counter() - start:.1f} s)")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kits", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--archives", type=int, default=0, help="pack the first N kits")
    args = parser.parse_args()
    root = kits_folder(args.kits, args.seed, args.archives)
    manifests = sorted((root / "kits").glob("*/kit.yaml"))  # archives: their kit.yaml not here
    sizes = [m.stat().st_size for m in manifests]
    print(f"{len(manifests)} kit.yaml, median {statistics.median(sizes) / 1024:.1f} KB"
          f"{f' + {args.archives} archives' if args.archives else ''}")  # fmt: skip

    def timed(work: Callable[[], object]) -> tuple[float, float]:
        """(wall, CPU) seconds: CPU time is what this process did, whatever the
        other sessions on a shared machine take of the cores meanwhile."""
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        return time.perf_counter() - wall, time.process_time() - cpu

    def parse_all() -> None:
        for path in manifests:
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)

    # The best of three, for the baseline and the index alike: the files warm, and
    # the least disturbed by whatever else the shared machine runs meanwhile.
    runs = [timed(parse_all) for _ in range(RUNS)]
    base = (min(r[0] for r in runs), min(r[1] for r in runs))
    print(f"PyYAML C loader, every kit.yaml:   {base[0]:8.2f} s wall  {base[1]:6.2f} s CPU")

    from mediakit.kit import load

    kits = sorted(m.parent for m in manifests)

    def load_all() -> None:
        for kit in kits:  # one at a time, as the index does: memory stays flat
            load(kit)

    loader = timed(load_all)
    print(f"  the kit loader alone, every kit: {loader[0]:8.2f} s wall  {loader[1]:6.2f} s CPU"
          f"   ratio {loader[1] / base[1]:.2f}x CPU (YAML 1.2, every rule, paths)")  # fmt: skip

    folders: list[Path] = []
    walls: list[float] = []
    try:
        for _ in range(RUNS):  # each into an empty library; the last one is searched below
            folders.append(Path(tempfile.mkdtemp(prefix="mediakit-bench-index-")))
            library = Library(folders[-1])
            holder: list[Report] = []
            workers_before = resource.getrusage(resource.RUSAGE_CHILDREN)
            full = timed(partial(index_into, library, root / "kits", holder))
            workers_after = resource.getrusage(resource.RUSAGE_CHILDREN)  # they have ended
            workers = sum(
                getattr(workers_after, f) - getattr(workers_before, f)
                for f in ("ru_utime", "ru_stime")
            )
            report = holder[0]
            indexed = sum(k.status == "indexed" for k in report.kits)
            walls.append(full[0])
            print(f"full index ({indexed} kits indexed): {full[0]:6.2f} s wall {full[1]:6.2f} s CPU"
                  f" + {workers:.2f} s in {min(readers.MAX_WORKERS, cpu_count())}"
                  " reading processes")  # fmt: skip
            if indexed != len(manifests) + args.archives:
                print(f"  not indexed: {[(k.path.name, k.status) for k in report.kits][:5]}")
            if len(walls) < RUNS:
                library.close()
        print(f"  ratio, best of {RUNS}: {min(walls) / base[0]:.2f}x wall (goal <= 2x); "
              f"median {statistics.median(walls) / base[0]:.2f}x")  # fmt: skip

        start = time.perf_counter()
        again = library.refresh()
        print(f"refresh, nothing changed:          {time.perf_counter() - start:8.3f} s   "
              f"({sum(k.status == 'unchanged' for k in again.kits)} unchanged)")  # fmt: skip

        for query in QUERIES:  # warm: the pages in the cache, the statements prepared
            library.search(query, 20)
        times = []
        for query in QUERIES:
            start = time.perf_counter()
            hits = library.search(query, 20)
            elapsed = (time.perf_counter() - start) * 1000
            times.append(elapsed)
            print(f"  {query!r:22} {elapsed:7.2f} ms  {len(hits):2} hits")
        worst = max(times)
        print(f"search, 20 queries (limit 20):     median {statistics.median(times):.2f} ms, "
              f"worst {worst:.2f} ms (goal <= 20 ms)")  # fmt: skip
        library.close()
        size = sum(p.stat().st_size for p in folders[-1].glob("index.sqlite3*"))
        print(f"index on disk:                     {size / 1024 / 1024:8.1f} MB")
    finally:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
    unit = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes vs KiB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / unit
    print(f"peak RSS of this process:          {peak:8.1f} MB")
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / unit
    print(f"peak RSS of a reading process:     {worker:8.1f} MB")


if __name__ == "__main__":
    main()
