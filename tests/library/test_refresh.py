"""A kit that changed is indexed again, one that did not costs a stat, one that
vanished stays listed as missing; a kit with problems is listed with them."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from mediakit.kit.problems import library as say
from mediakit.library import reading, stamps, store
from tests.kit.helpers import image_bytes
from tests.library.helpers import library, packed, rene_kit


def test_a_changed_kit_yaml_is_indexed_again(tmp_path: Path) -> None:
    lib = library(tmp_path)
    kit = rene_kit(tmp_path / "kit")
    lib.add_kit(kit)
    manifest = kit / "kit.yaml"
    manifest.write_text(manifest.read_text().replace("La Nuit de René", "Le Jour de Zacharie"))
    report = lib.refresh()
    assert [k.status for k in report.kits] == ["indexed"]
    assert lib.search("zachar")[0].title == "Le Jour de Zacharie"
    assert "title" not in {hit.field for hit in lib.search("nuit")}
    assert [e.title for e in lib.kits()] == ["Le Jour de Zacharie"]


def test_a_changed_text_file_is_indexed_again(tmp_path: Path) -> None:
    lib = library(tmp_path)
    kit = rene_kit(tmp_path / "kit")
    lib.add_kit(kit)
    (kit / "synopsis.md").write_text("Des lucioles partout.")
    assert [k.status for k in lib.refresh().kits] == ["indexed"]
    assert lib.search("lucioles") and not lib.search("lanternes")


def test_a_text_swapped_for_a_fifo_never_blocks_the_refresh(tmp_path: Path) -> None:
    lib = library(tmp_path)
    kit = rene_kit(tmp_path / "kit")
    lib.add_kit(kit)
    (kit / "synopsis.md").unlink()
    os.mkfifo(kit / "synopsis.md")  # nobody will ever write to it
    done: list[store.Report] = []
    worker = threading.Thread(target=lambda: done.append(lib.refresh()), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert done, "the refresh blocked on the FIFO"
    assert [k.status for k in done[0].kits] == ["problem"]  # said, not hung


def test_nothing_changed_is_a_stat_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = library(tmp_path)
    lib.add_kit(rene_kit(tmp_path / "kit"))

    def no_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("read a kit that did not change")

    monkeypatch.setattr(reading, "load", no_read)
    monkeypatch.setattr(stamps, "content_hash", no_read)
    assert [k.status for k in lib.refresh().kits] == ["unchanged"]


def test_touched_but_same_bytes_is_hashed_not_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = library(tmp_path)
    kit = rene_kit(tmp_path / "kit")
    lib.add_kit(kit)
    os.utime(kit / "kit.yaml", ns=(1, 1))
    monkeypatch.setattr(reading, "load", lambda path: pytest.fail("indexed again"))
    assert [k.status for k in lib.refresh().kits] == ["unchanged"]
    assert [k.status for k in lib.refresh().kits] == ["unchanged"]  # the new stamp kept


def test_a_changed_archive_is_indexed_again(tmp_path: Path) -> None:
    lib = library(tmp_path)
    source = rene_kit(tmp_path / "src")
    archive = packed(source, tmp_path / "kits" / "rene.mediakit")
    lib.add_folder(tmp_path / "kits")
    assert lib.search("lanternes")[0].path == archive
    (source / "synopsis.md").write_text("Des lucioles partout.")
    archive.unlink()
    packed(source, archive)
    assert [k.status for k in lib.refresh().kits] == ["indexed"]
    assert lib.search("lucioles") and not lib.search("lanternes")


def test_a_vanished_kit_is_missing_not_dropped(tmp_path: Path) -> None:
    lib = library(tmp_path)
    kit = rene_kit(tmp_path / "kits" / "rene")
    lib.add_folder(tmp_path / "kits")
    hidden = kit.rename(tmp_path / "away")
    report = lib.refresh()
    assert [k.status for k in report.kits] == ["missing"]
    (entry,) = lib.kits()
    assert entry.missing and entry.title == "La Nuit de René"
    assert lib.search("lanternes")[0].missing  # still found, said to be gone
    assert lib.kits(missing=False) == []
    hidden.rename(kit)
    lib.refresh()
    assert not lib.kits()[0].missing


def test_a_new_kit_in_a_folder_is_found(tmp_path: Path) -> None:
    lib = library(tmp_path)
    lib.add_folder(tmp_path / "kits")
    assert lib.kits() == []
    rene_kit(tmp_path / "kits" / "deep" / "rene")
    assert [k.status for k in lib.refresh().kits] == ["indexed"]
    assert lib.kits()[0].folder == tmp_path / "kits"


def test_a_kit_with_problems_is_listed_with_its_problem(tmp_path: Path) -> None:
    lib = library(tmp_path)
    kit = rene_kit(tmp_path / "kit")
    (kit / "stills" / "a.jpg").unlink()
    done = lib.add_kit(kit)
    assert done.status == "problem" and done.problems
    (entry,) = lib.kits()
    assert entry.title == "kit" and entry.problems >= 1
    assert entry.problem is not None and entry.problem.field == "stills[0].file"
    assert lib.search("lanternes") == []  # nothing of it searchable until it loads
    (kit / "stills" / "a.jpg").write_bytes(image_bytes())
    # kit.yaml did not change, the still did: a kit with problems is always read again.
    assert [k.status for k in lib.refresh().kits] == ["indexed"]
    assert lib.kits()[0].problem is None and lib.search("lanternes")


def test_warnings_only_is_indexed(tmp_path: Path) -> None:
    lib = library(tmp_path)
    kit = rene_kit(tmp_path / "kit")
    manifest = kit / "kit.yaml"
    manifest.write_text(manifest.read_text().replace("    alt: {fr: Une rue, en: A street}\n", ""))
    done = lib.add_kit(kit)
    assert done.status == "indexed" and done.problems  # the missing alt text: a warning
    assert lib.search("lanternes")


def test_remembered_kits_sort_by_opening(tmp_path: Path) -> None:
    lib = library(tmp_path)
    first = rene_kit(tmp_path / "a", title="Alpha")
    second = rene_kit(tmp_path / "b", title="Beta")
    lib.remember_opened(second)
    lib.remember_opened(first)
    assert [e.title for e in lib.kits("opened")] == ["Alpha", "Beta"]
    assert [e.title for e in lib.kits("title")] == ["Alpha", "Beta"]
    assert lib.kits()[0].opened is not None


def test_remove(tmp_path: Path) -> None:
    lib = library(tmp_path)
    rene_kit(tmp_path / "kits" / "rene")
    lib.add_folder(tmp_path / "kits")
    opened = rene_kit(tmp_path / "kits" / "other", title="Other")
    lib.remember_opened(opened)
    assert lib.remove(tmp_path / "kits")
    assert [e.title for e in lib.kits()] == ["Other"]  # opened by the reader: kept
    assert lib.remove(opened / "kit.yaml")
    assert lib.kits() == [] and lib.search("rene") == []
    assert not lib.remove(tmp_path / "nowhere")


def test_a_path_that_is_not_there(tmp_path: Path) -> None:
    done = library(tmp_path).add_kit(tmp_path / "nowhere")
    assert done.status == "problem"
    assert done.problems[0].message.template is say.KIT_MISSING


def test_filters(tmp_path: Path) -> None:
    lib = library(tmp_path)
    lib.add_kit(rene_kit(tmp_path / "a", title="Alpha"))
    assert [e.title for e in lib.kits(kind="court-métrage", year=2024, language="EN")] == ["Alpha"]
    assert lib.kits(year=1999) == [] and lib.kits(language="de") == []


def test_watched_paths(tmp_path: Path) -> None:
    lib = library(tmp_path)
    kit = rene_kit(tmp_path / "kits" / "rene")
    archive = packed(kit, tmp_path / "packed" / "rene.mediakit")
    lib.add_folder(tmp_path / "kits")
    lib.add_kit(archive)
    assert lib.watched() == [tmp_path / "kits", kit, tmp_path / "packed"]


def test_index_in_a_worker_while_searching(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    lib = library(tmp_path)
    for i in range(6):
        rene_kit(tmp_path / "kits" / f"k{i}", title=f"Titre {i}")
    with ThreadPoolExecutor(1) as pool:
        indexing = pool.submit(lib.add_folder, tmp_path / "kits")
        while not indexing.done():
            lib.search("titre")  # the GUI thread reads while the worker writes
        assert indexing.result().ok
    assert len(lib.search("titre")) == 6


def test_query_words() -> None:
    assert store.query_words('NEAR("René" -x*') == ["NEAR", "René", "x"]


def test_a_kit_reached_through_a_link_is_listed_once(tmp_path: Path) -> None:
    lib = library(tmp_path)
    kit = rene_kit(tmp_path / "elsewhere" / "kit")
    lib.add_kit(kit)  # opened where it is
    kits = tmp_path / "kits"
    rene_kit(kits / "real")
    kits.joinpath("link-to-real").symlink_to(kits / "real")
    kits.joinpath("link-to-opened").symlink_to(kit)
    lib.add_folder(kits)
    assert sorted(entry.path for entry in lib.kits()) == [kit, kits / "link-to-real"]
