"""Folders of real files for ``mediakit init`` (no tests here): stills carrying
EXIF, XMP and IPTC (written by exiftool when it is installed), a poster, a
portrait still, subtitles named several ways, texts; films made by ffmpeg."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from PIL import Image, PngImagePlugin

NO_EXIFTOOL = (
    None
    if shutil.which("exiftool")
    else "exiftool is needed to write IPTC (Debian: libimage-exiftool-perl, scripts/setup.sh)"
)
NO_FFMPEG = None if shutil.which("ffmpeg") else "ffmpeg is needed to make the test films"

DESCRIPTION = 'Le désert à l\'aube: "5 h" #1'  # ': ', '#', quotes: all must round-trip
XMP_DESCRIPTION = "La corde, au loin\nsur deux lignes"
IPTC_CAPTION = "Légende IPTC"


def xmp_packet(description: str, creators: list[str], rights: str) -> bytes:
    items = "".join(f"<rdf:li>{name}</rdf:li>" for name in creators)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:description><rdf:Alt><rdf:li xml:lang="fr">Autre</rdf:li>
<rdf:li xml:lang="x-default">{description}</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq>{items}</rdf:Seq></dc:creator>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{rights}</rdf:li></rdf:Alt></dc:rights>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>""".encode()


def exif(description: str, artist: str, copyright_: str) -> Image.Exif:
    data = Image.Exif()
    # UTF-8 bytes in the "ASCII" tags, as exiftool and most cameras' software write them.
    data[0x010E] = description.encode()
    data[0x013B] = artist.encode()
    data[0x8298] = copyright_.encode()
    return data


def make_stills(folder: Path) -> None:
    """stills/01-desert.jpg (EXIF), 2-rope.png (XMP), 10-night.webp (XMP, portrait),
    plain.tiff, affiche-festival.jpg (a poster by its name), big-portrait.jpg."""
    stills = folder / "stills"
    stills.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), "red").save(
        stills / "01-desert.jpg", exif=exif(DESCRIPTION, "Jane Doe", "© 2025 Rope Films")
    )
    png = PngImagePlugin.PngInfo()
    png.add_itxt("XML:com.adobe.xmp", xmp_packet(XMP_DESCRIPTION, ["Ann", "Bob"], "© Ann").decode())
    Image.new("RGB", (80, 40), "green").save(stills / "2-rope.png", pnginfo=png)
    Image.new("RGB", (30, 50), "blue").save(
        stills / "10-night.webp", xmp=xmp_packet("Nuit", ["Cy"], "Rope Films")
    )
    Image.new("RGB", (20, 10), "white").save(stills / "plain.tiff")
    Image.new("RGB", (40, 60), "gray").save(folder / "affiche-festival.jpg")
    Image.new("RGB", (36, 90), "gray").save(folder / "big-portrait.jpg")


def write_iptc(path: Path) -> None:
    subprocess.run(
        [
            "exiftool", "-q", "-overwrite_original", "-charset", "iptc=UTF8",
            f"-IPTC:Caption-Abstract={IPTC_CAPTION}", "-IPTC:By-line=Iris Pro",
            "-IPTC:CopyrightNotice=Iris Pro Agency", str(path),
        ],
        check=True,
        timeout=60,
    )  # fmt: skip


def make_texts(folder: Path) -> None:
    (folder / "synopsis.fr.md").write_text("Une femme, une corde.\n", "utf-8")
    (folder / "statement.md").write_text("Pourquoi ce film.\n", "utf-8")
    (folder / "article-lemonde.fr.md").write_text("# Une corde au désert\n\nTexte.\n", "utf-8")
    (folder / "notes.txt").write_text("not a kit text\n", "utf-8")


SRT = "1\n00:00:01,000 --> 00:00:02,000\nHello\n"
VTT = "WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n"


def make_subtitles(folder: Path) -> None:
    film = folder / "film"
    film.mkdir(parents=True, exist_ok=True)
    (film / "roped.fr.srt").write_text(SRT, "utf-8")
    (film / "ROPED_EN.vtt").write_text(VTT, "utf-8")
    (film / "subs-pt_BR.srt").write_text(SRT, "utf-8")
    (film / "mystery.srt").write_text(SRT, "utf-8")


def make_film(path: Path, seconds: int, size: str = "96x64") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "ffmpeg", "-v", "error", "-y",
            "-f", "lavfi", "-i", f"testsrc=size={size}:rate=10:duration={seconds}",
            "-f", "lavfi", "-i", f"sine=duration={seconds}",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", str(path),
        ],
        check=True,
        timeout=120,
    )  # fmt: skip


def fill(text: str) -> str:
    """The draft with every empty value filled in, as its author would."""

    def value(found: re.Match[str]) -> str:
        filled = "de" if found.group(2) == "language" else "Filled in"
        return f"{found.group(1)}{found.group(2)}: {filled}"

    return re.sub(r"^(\s*(?:- )?)(\w+):  # to fill.*$", value, text, flags=re.MULTILINE)
