"""The site as written: its pages and the links between them, its media, and
what happens to a folder that is already there."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PIL import Image

from mediakit.cancel import Cancelled
from mediakit.publish.web import FolderTakenError, export_site
from mediakit.publish.web.site import MARKER
from tests.publish.web.helpers import full_kit, read_tags, simple_kit


def _attrs(html: str, tag: str) -> list[dict[str, str | None]]:
    return [attrs for name, attrs in read_tags(html).tags if name == tag]


def test_one_page_per_language_linked_to_each_other(tmp_path: Path) -> None:
    site = export_site(simple_kit(tmp_path / "kit"), tmp_path / "site")
    assert site.pages == ("index.html", "index.en.html")
    for page, language in (("index.html", "fr"), ("index.en.html", "en")):
        html = (site.folder / page).read_text("utf-8")
        assert _attrs(html, "html") == [{"lang": language, "dir": "ltr"}]
        switch = [a for a in _attrs(html, "a") if a.get("hreflang") in ("fr", "en") and "lang" in a]
        assert [(a["href"], a.get("aria-current")) for a in switch] == [
            ("index.html", "page" if language == "fr" else None),
            ("index.en.html", "page" if language == "en" else None),
        ]
        other = "index.en.html" if language == "fr" else "index.html"
        assert {
            "rel": "alternate",
            "hreflang": "en" if language == "fr" else "fr",
            "href": other,
        } in (_attrs(html, "link"))
    assert "Réalisation" in (site.folder / "index.html").read_text("utf-8")
    assert "Director of photography" in (site.folder / "index.en.html").read_text("utf-8")


def test_chosen_languages_keep_the_kit_order(tmp_path: Path) -> None:
    site = export_site(simple_kit(tmp_path / "kit"), tmp_path / "site", ["en"])
    assert site.pages == ("index.html",)
    html = (site.folder / "index.html").read_text("utf-8")
    assert _attrs(html, "html")[0]["lang"] == "en"
    assert "index.en.html" not in html  # a single page links to no other


def test_every_reference_is_a_file_of_the_site(tmp_path: Path) -> None:
    site = export_site(simple_kit(tmp_path / "kit"), tmp_path / "site")
    for page in site.pages:
        for _tag, attrs in read_tags((site.folder / page).read_text("utf-8")).tags:
            refs = [attrs.get("href"), attrs.get("src"), attrs.get("poster")]
            refs += [part.split()[0] for part in (attrs.get("srcset") or "").split(",") if part]
            for ref in refs:
                if ref and not ref.startswith(("#", "data:", "https:", "http:", "mailto:")):
                    assert (site.folder / ref).is_file(), ref
    assert set(json.loads((site.folder / MARKER).read_text())["files"]) == set(site.files)


def test_thumbnails_are_upright_small_and_bare(tmp_path: Path) -> None:
    kit = simple_kit(tmp_path / "kit")
    # The still turned a quarter by its EXIF, with a caption's metadata in it.
    still = kit.stills[0].file.path
    with Image.open(still) as im:
        exif = im.getexif()
        exif[0x0112] = 6
        exif[0x010E] = "secret description"
        im.save(still, exif=exif)
    site = export_site(kit, tmp_path / "site")
    thumbs = sorted((site.folder / "thumbs").iterdir())
    assert [t.name for t in thumbs] == ["wide-480.jpg", "wide-960.jpg"]
    for thumb in thumbs:
        with Image.open(thumb) as im:
            assert im.height > im.width  # 1000 wide as stored, turned upright
            assert not im.getexif() and b"secret" not in thumb.read_bytes()
    img = _attrs((site.folder / "index.html").read_text("utf-8"), "img")[0]
    assert img["srcset"] == "thumbs/wide-480.jpg 480w, thumbs/wide-960.jpg 960w"
    assert (img["width"], img["height"], img["alt"]) == ("960", "1920", "Un paysage")
    # The original itself is copied untouched, to be downloaded.
    assert (site.folder / "media/stills/wide.jpg").read_bytes() == still.read_bytes()


def test_a_broken_still_is_reported_and_the_site_written(tmp_path: Path) -> None:
    kit = simple_kit(tmp_path / "kit")
    kit.stills[0].file.path.write_bytes(b"not a picture")
    site = export_site(kit, tmp_path / "site")
    assert [file for file, _ in site.problems] == ["stills/wide.jpg"]
    assert (site.folder / "index.html").is_file()


def test_an_unreadable_file_is_left_out_and_said(tmp_path: Path) -> None:
    kit = simple_kit(tmp_path / "kit")
    kit.stills[0].file.path.unlink()
    assert kit.film is not None
    kit.film.file.path.unlink()
    site = export_site(kit, tmp_path / "site")
    assert sorted(file for file, _ in site.problems) == ["film/f.mp4", "stills/wide.jpg"]
    html = (site.folder / "index.html").read_text("utf-8")
    assert "<video" not in html and 'class="gallery"' in html and "<img" not in html
    assert not (site.folder / "media" / "stills").exists() or not any(
        (site.folder / "media" / "stills").iterdir()
    )


def test_re_export_replaces_our_files_only(tmp_path: Path) -> None:
    kit = simple_kit(tmp_path / "kit")
    folder = tmp_path / "site"
    export_site(kit, folder)
    (folder / "index.html").write_text("stale")
    export_site(kit, folder)  # our own earlier export: replaced whole
    assert "<!DOCTYPE html>" in (folder / "index.html").read_text("utf-8")
    (folder / "thumbs" / "mine.jpg").write_bytes(b"the user's")
    with pytest.raises(FolderTakenError) as taken:
        export_site(kit, folder)
    assert taken.value.foreign == ("thumbs/mine.jpg",)
    assert (folder / "thumbs" / "mine.jpg").read_bytes() == b"the user's"
    assert "<!DOCTYPE html>" in (folder / "index.html").read_text("utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_of_other_files_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text("someone's page")
    with pytest.raises(FolderTakenError):
        export_site(simple_kit(tmp_path / "kit"), folder)
    assert (folder / "index.html").read_text() == "someone's page"
    (folder / "index.html").unlink()
    export_site(simple_kit(tmp_path / "kit2"), folder)  # empty: fine
    assert (folder / "style.css").is_file()


def test_a_fifo_for_our_marker_is_refused_without_hanging(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    os.mkfifo(folder / MARKER)  # nobody writes to it: reading it would wait forever
    with pytest.raises(FolderTakenError):
        export_site(simple_kit(tmp_path / "kit"), folder)
    assert [p.name for p in folder.iterdir()] == [MARKER]


def test_a_stopped_export_leaves_nothing(tmp_path: Path) -> None:
    kit = simple_kit(tmp_path / "kit")

    def stop(done: int, total: int, name: str) -> None:
        if name.startswith("stills/"):
            raise Cancelled

    with pytest.raises(Cancelled):
        export_site(kit, tmp_path / "site", progress=stop)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit"]


def test_progress_counts_to_the_end(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_site(simple_kit(tmp_path / "kit"), tmp_path / "site",
                progress=lambda done, total, _name: seen.append((done, total)))  # fmt: skip
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_odd_file_names_are_made_safe(tmp_path: Path) -> None:
    from mediakit.publish.web.files import Names, safe_name

    assert safe_name("stills/Été #1?.JPG") == "Ete-1.jpg"
    assert safe_name("../.hidden") == "hidden"
    assert safe_name("a b/c d.Mp4") == "c-d.mp4"
    names = Names()
    assert [names.claim("media", n) for n in ("a.jpg", "A.jpg", "a.jpg")] == [
        "media/a.jpg", "media/A-2.jpg", "media/a-3.jpg",
    ]  # fmt: skip


def test_what_roped_lacks(tmp_path: Path) -> None:
    site = export_site(full_kit(tmp_path / "kit"), tmp_path / "site")
    fr = (site.folder / "index.fr.html").read_text("utf-8")
    en = (site.folder / "index.html").read_text("utf-8")
    # Laurels in the header, as the window's: a selection without a prize says so.
    laurels = '<p class="laurels">Best film — Annecy 2026  ·  Official selection — Berlinale</p>'
    assert laurels in en
    photo = _attrs(en, "img")[0]
    assert (photo["alt"], photo["width"], photo["height"]) == ("Photo of Ana Diaz", "300", "400")
    assert (site.folder / str(photo["src"])).is_file()
    assert "<h4>Life</h4>" in en  # the bio's heading under the person's <h3>
    assert '<a href="mailto:press@example.org" rel="noopener noreferrer">' in en
    assert '<a href="tel:+33123456789">+33 1 23 45 67 89</a>' in en
    assert '<a href="https://example.org" rel="noopener noreferrer">Website</a>' in en
    # The quote said in English, read in French: a translation, said in French words.
    from mediakit.publish.web.words import format_date

    date = format_date("2026-01-31", "fr")  # "31 janvier 2026" once translated
    said = f"A Critic, A Paper, {date}, traduit de l’anglais"
    assert f"— {said}</a></figcaption>" in fr
    citation = next(a for t, a in read_tags(fr).tags if t == "figure")["data-citation"]
    assert citation == f"«\u00a0Formidable.\u00a0» — {said} (https://example.org/review)"
