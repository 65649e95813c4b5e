"""Regenerate the ROPED kit's placeholder media (we have neither the film nor its stills).

Run from the repository root::

    .venv/bin/python scripts/make_roped_placeholders.py                     # all, then sign
    .venv/bin/python scripts/make_roped_placeholders.py --no-film           # all but the film
    .venv/bin/python scripts/make_roped_placeholders.py --credentials-only  # only sign again

Writes into kits/roped/: six stills (stills/NN-*.jpg), the poster (film/poster.jpg),
the subtitles (film/roped.fr.srt, film/roped.en.srt) and the film (film/roped.mp4:
exactly 2:00, 1280x720 H.264 + AAC stereo, six 20-second parts, one per still, with a
burnt-in timecode). The outputs are committed, so the kit works without ffmpeg.

Then it signs the stills, the poster and the film (when it made it) with Content
Credentials (C2PA): "created by this script, algorithmic media", signed by a
throwaway TEST certificate (scripts/placeholder_credentials.py), so any C2PA reader
says "untrusted". A real kit carries its producer's. ``--credentials-only`` signs
the committed stills, poster and film again, in place (their old credentials
replaced, their pictures and sounds untouched), without drawing or encoding anything.

Deterministic pictures: no clock, no randomness, no metadata; ``make_stills`` and
``make_poster`` write the same bytes on every run on this machine
(tests/kit/test_roped_kit.py checks it). The credentials are not deterministic (a
fresh certificate and key, new manifest ids, an ECDSA signature on every run), so
the committed files change bytes each time they are signed, never pixels.
Elsewhere the bytes may differ, though the pictures are the same, with another
Pillow, FreeType (glyph rasterising), libjpeg(-turbo) (JPEG coding), DejaVu font
release, libm (the sin() behind dunes and the drone), or ffmpeg/libx264/libavcodec
version (the film): compare the pictures, not the hashes, across machines.
"""

# French typography: the texts use the typographic apostrophe (U+2019) on purpose.

from __future__ import annotations

import argparse
import contextlib
import itertools
import math
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps
from placeholder_credentials import (  # scripts/ sibling
    TestSigner,
    add_credentials,
    make_test_signer,
    manifest,
)

REPO = Path(__file__).resolve().parent.parent
KIT = REPO / "kits" / "roped"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
BOLD = FONTS / "DejaVuSans-Bold.ttf"
REGULAR = FONTS / "DejaVuSans.ttf"
MONO = FONTS / "DejaVuSansMono-Bold.ttf"

RGB = tuple[int, int, int]
FILM_SIZE = (1280, 720)
FPS = 25
PART_SECONDS = 20  # six parts of 20 s: the film is exactly 120 s
EXIF_ORIENTATION = 0x0112
ROTATE_CW = 6  # EXIF: "rotate 90° clockwise to display"
MARKER = (214, 40, 32)  # the "UP" marker's fill, which the tests look for
# The IPTC digital source type of every placeholder: "algorithmicMedia", media made
# by an algorithm from code alone (gradients, sine ridges, Bezier ropes, lettering
# drawn by this script). Not "trainedAlgorithmicMedia", which is a generative
# model's (AI) work: no model drew these, and the real film's being AI-generated
# is said by the kit's texts, not by its placeholders.
SOURCE_TYPE = "algorithmicMedia"
CLAIM_GENERATOR = "mediakit placeholders"


@dataclass(frozen=True)
class Scene:
    number: int
    slug: str
    fr: str
    en: str
    size: tuple[int, int]  # as displayed (after EXIF orientation)
    sky: tuple[RGB, RGB]  # top, horizon
    ground: tuple[RGB, RGB]  # near, far
    motif: str  # dunes | rope | figure | rocks | storm | horizon
    exif_rotated: bool = False


SCENES = (
    Scene(
        1,
        "desert",
        "Paysage hostile : le désert",
        "Hostile landscape: the desert",
        (2400, 1350),
        ((92, 54, 40), (238, 170, 96)),
        ((196, 122, 62), (226, 160, 92)),
        "dunes",
    ),
    Scene(
        2,
        "rope",
        "La corde",
        "The rope",
        (1920, 2880),
        ((40, 30, 28), (150, 96, 60)),
        ((120, 76, 44), (168, 110, 66)),
        "rope",
    ),
    Scene(
        3,
        "dragged",
        "Une femme entraînée par la corde",
        "A woman dragged by the rope",
        (2400, 1004),
        ((70, 60, 72), (222, 150, 100)),
        ((150, 96, 58), (200, 136, 82)),
        "figure",
    ),
    Scene(
        4,
        "rocks",
        "Paysage hostile : les roches",
        "Hostile landscape: the rocks",
        (1920, 1280),
        ((58, 64, 80), (190, 150, 120)),
        ((96, 70, 58), (150, 112, 88)),
        "rocks",
        exif_rotated=True,
    ),
    Scene(
        5,
        "storm",
        "Un univers oppressant",
        "An oppressive world",
        (2048, 1152),
        ((18, 18, 26), (92, 70, 74)),
        ((52, 40, 36), (84, 62, 52)),
        "storm",
    ),
    Scene(
        6,
        "crossing",
        "La traversée",
        "The crossing",
        (1920, 1080),
        ((40, 36, 70), (236, 128, 70)),
        ((72, 44, 36), (130, 74, 50)),
        "horizon",
    ),
)

# (start s, end s, French, English): the subtitles, placed inside the six parts.
CUES = (
    (
        1,
        6,
        "ROPED — vidéo provisoire (ce n’est pas le film)",
        "ROPED — placeholder video (this is not the film)",
    ),
    (
        7,
        13,
        "Le film de Cokau n’est pas inclus dans ce dossier.",
        "Cokau’s film is not included in this kit.",
    ),
    (
        21,
        29,
        "Une femme, entraînée par une mystérieuse corde, traverse des paysages hostiles.",
        "A woman, dragged by a mysterious rope, crosses hostile landscapes.",
    ),
    (
        41,
        48,
        "Un court-métrage de 2 minutes généré en IA, réalisé par Cokau.",
        "A 2-minute AI-generated short film directed by Cokau.",
    ),
    (
        61,
        68,
        "Musique originale et sound design : Fabrice Smadja (AOC)",
        "Original music and sound design: Fabrice Smadja (AOC)",
    ),
    (81, 88, "Producteur et associé : Adrien Kamir", "Producer and associate: Adrien Kamir"),
    (
        101,
        108,
        "Chaque partie de 20 secondes montre une image provisoire du dossier.",
        "Each 20-second part shows one of the kit’s placeholder stills.",
    ),
    (112, 119, "Fin de la vidéo provisoire.", "End of the placeholder video."),
)


def still_name(scene: Scene) -> str:
    return f"{scene.number:02d}-{scene.slug}.jpg"


def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


def _mix(a: RGB, b: RGB, f: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * f),
        round(a[1] + (b[1] - a[1]) * f),
        round(a[2] + (b[2] - a[2]) * f),
    )


def _gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    ramp = Image.linear_gradient("L").resize(size, Image.Resampling.BILINEAR)
    return ImageOps.colorize(ramp, top, bottom).convert("RGB")


def _wave(x: int, w: int, k: float, phase: float) -> float:
    return math.sin(2 * math.pi * k * x / w + phase)


def _rope(draw: ImageDraw.ImageDraw, points: list[tuple[int, int]], width: int) -> None:
    """A braided rope: a dark core, a light strand, and twist marks along it."""
    draw.line(points, fill=(58, 36, 20), width=width, joint="curve")
    draw.line(points, fill=(176, 132, 80), width=max(2, width * 2 // 3), joint="curve")
    half = width // 2
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        steps = max(1, int(math.hypot(x1 - x0, y1 - y0) // max(4, width // 2)))
        for i in range(steps):
            x = x0 + (x1 - x0) * i // steps
            y = y0 + (y1 - y0) * i // steps
            draw.line(
                [(x - half, y - half // 2), (x + half, y + half // 2)],
                fill=(96, 62, 34),
                width=max(1, width // 6),
            )


def _bezier(
    p0: tuple[int, int], p1: tuple[int, int], p2: tuple[int, int], n: int = 60
) -> list[tuple[int, int]]:
    pts = []
    for i in range(n + 1):
        t = i / n
        x = (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0]
        y = (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1]
        pts.append((round(x), round(y)))
    return pts


def _figure(draw: ImageDraw.ImageDraw, x: int, ground: int, h: int) -> tuple[int, int]:
    """A leaning silhouette (head, dress, arm); returns the hand, where the rope starts."""
    ink = (30, 22, 22)
    head = h // 9
    lean = h // 6
    draw.ellipse(
        [x + lean - head // 2, ground - h, x + lean + head // 2, ground - h + head], fill=ink
    )
    draw.polygon(
        [
            (x + lean - head // 3, ground - h + head),
            (x + lean + head // 3, ground - h + head),
            (x + h // 5, ground),
            (x - h // 6, ground),
        ],
        fill=ink,
    )
    hand = (x + lean + h // 3, ground - h * 3 // 5)
    draw.line([(x + lean, ground - h + head * 2), hand], fill=ink, width=max(3, h // 30))
    return hand


def draw_scene(scene: Scene, size: tuple[int, int]) -> Image.Image:
    """The scene's landscape alone, at ``size``, with no lettering."""
    w, h = size
    horizon = h * 3 // 5 if scene.motif != "rope" else h * 4 // 5
    img = _gradient((w, h), scene.sky[0], scene.sky[1])
    draw = ImageDraw.Draw(img)
    if scene.motif in ("horizon", "dunes"):
        r = min(w, h) // 7  # a low sun on the horizon
        draw.ellipse(
            [w * 2 // 3 - r, horizon - r, w * 2 // 3 + r, horizon + r],
            fill=_mix(scene.sky[1], (255, 236, 200), 0.6),
        )
    if scene.motif == "storm":
        bolt = [(w * 3 // 4, 0), (w * 7 // 10, h // 5), (w * 3 // 4, h // 4), (w * 2 // 3, h // 2)]
        draw.line(bolt, fill=(226, 220, 250), width=max(3, w // 400), joint="curve")
    # Three layers of ground, far to near, each a band under a wavy ridge.
    for layer in range(3):
        f = layer / 2
        base = horizon + (h - horizon) * layer // 4
        amp = (h // 14 if scene.motif in ("dunes", "figure", "storm") else h // 40) * (1 + layer)
        if scene.motif == "rocks":
            amp = h // 8 * (3 - layer)
        colour = _mix(scene.ground[1], scene.ground[0], f)
        ridge = []
        for x in range(0, w + 40, 40):
            y = base - amp * _wave(x, w, 1.5 + layer, layer * 1.7)
            if scene.motif == "rocks":  # jagged instead of smooth
                y = base - amp * abs(_wave(x, w, 3 + 2 * layer, layer)) ** 3
            ridge.append((x, round(y)))
        draw.polygon([(0, h), *ridge, (w, h)], fill=colour)
    if scene.motif == "rope":
        _rope(draw, _bezier((w // 2, -20), (w // 3, h // 2), (w * 3 // 5, h + 20)), w // 28)
    elif scene.motif in ("figure", "horizon", "dunes", "storm"):
        ground = horizon + (h - horizon) // 3
        hand = _figure(draw, w // 3, ground, (h - horizon) // (2 if scene.motif == "figure" else 4))
        end = (w + 20, ground - (h - horizon) // 2)
        _rope(draw, _bezier(hand, ((hand[0] + end[0]) // 2, hand[1] - h // 10), end), w // 160)
    return img


def _label(img: Image.Image, lines: Sequence[tuple[str, Path, int]], top: int) -> None:
    """Lettering on a dark translucent band, centred, from ``top`` down."""
    w, _ = img.size
    fonts = [(text, _font(path, size)) for text, path, size in lines]
    heights = [round(f.getbbox(t)[3] - f.getbbox(t)[1]) for t, f in fonts]
    gap = heights[0] // 3
    band = Image.new("RGBA", img.size, (0, 0, 0, 0))
    bd = ImageDraw.Draw(band)
    bd.rectangle([0, top - gap, w, top + sum(heights) + gap * len(fonts)], fill=(0, 0, 0, 150))
    y = top
    for (text, font), height in zip(fonts, heights, strict=True):
        bd.text((w // 2, y), text, font=font, anchor="mt", fill=(255, 246, 230, 255))
        y += height + gap
    img.paste(Image.alpha_composite(img.convert("RGBA"), band).convert("RGB"))


def _up_marker(img: Image.Image) -> None:
    """A red square with an arrow and "UP" in the displayed top-left corner."""
    side = img.size[0] // 10
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, side, side], fill=MARKER)
    mid, pad = side // 2, side // 6
    draw.polygon([(mid, pad), (mid + pad, pad * 2), (mid - pad, pad * 2)], fill=(255, 255, 255))
    draw.rectangle([mid - pad // 3, pad * 2, mid + pad // 3, side // 2 + pad], fill=(255, 255, 255))
    draw.text(
        (mid, side - pad // 2), "UP", font=_font(BOLD, side // 6), anchor="mb", fill=(255, 255, 255)
    )


def render_still(scene: Scene) -> Image.Image:
    """The still as it should be displayed: landscape + PLACEHOLDER lettering."""
    img = draw_scene(scene, scene.size)
    w, h = img.size
    unit = min(h // 12, w // 14)  # "PLACEHOLDER" at 1.5 units fits the width
    _label(
        img,
        [
            ("PLACEHOLDER", BOLD, unit * 3 // 2),
            (f"IMAGE PROVISOIRE {scene.number:02d} / {len(SCENES):02d}", BOLD, unit * 2 // 3),
            (scene.fr, REGULAR, unit // 2),
            (scene.en, REGULAR, unit // 2),
            ("ROPED — Cokau, 2025 · not a still from the film", REGULAR, unit // 3),
        ],
        top=h // 12,
    )
    if scene.exif_rotated:
        _up_marker(img)
    return img


def write_still(scene: Scene, directory: Path) -> Path:
    img = render_still(scene)
    exif = Image.Exif()
    if scene.exif_rotated:
        # Store the pixels turned 90° counter-clockwise, tagged "rotate 90° CW":
        # only a reader that applies EXIF orientation shows it upright.
        img = img.transpose(Image.Transpose.ROTATE_90)
        exif[EXIF_ORIENTATION] = ROTATE_CW
    path = directory / still_name(scene)
    img.save(path, "JPEG", quality=85, optimize=True, exif=exif.tobytes())
    return path


def make_stills(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    return [write_still(scene, directory) for scene in SCENES]


def make_poster(path: Path) -> Path:
    """A 2:3 poster, 1000x1500: the crossing, the title, the credits the article gives."""
    img = draw_scene(SCENES[2], (1000, 1500))
    draw = ImageDraw.Draw(img)
    draw.text((500, 140), "ROPED", font=_font(BOLD, 190), anchor="mt", fill=(250, 236, 214))
    draw.text(
        (500, 360), "un film de COKAU", font=_font(REGULAR, 48), anchor="mt", fill=(250, 236, 214)
    )
    _label(
        img,
        [("PLACEHOLDER", BOLD, 110), ("AFFICHE PROVISOIRE · PLACEHOLDER POSTER", REGULAR, 34)],
        top=600,
    )
    draw = ImageDraw.Draw(img)
    draw.text(
        (500, 1440),
        "Musique originale et sound design Fabrice Smadja (AOC)",
        font=_font(REGULAR, 28),
        anchor="mb",
        fill=(250, 236, 214),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=88, optimize=True)
    return path


def _srt_time(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d},000"


def make_subtitles(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, language in enumerate(("fr", "en")):
        blocks = [
            f"{n}\n{_srt_time(a)} --> {_srt_time(b)}\n{texts[index]}\n"
            for n, (a, b, *texts) in enumerate(CUES, start=1)
        ]
        path = directory / f"roped.{language}.srt"
        path.write_text("\n".join(blocks), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def _film_background(scene: Scene) -> Image.Image:
    img = draw_scene(scene, FILM_SIZE)
    _label(img, [(f"{scene.number:02d} · {scene.fr}", BOLD, 34), (scene.en, REGULAR, 28)], top=300)
    return img


# A slow two-voice drone on A (55 Hz and its fifth), swelling every 20 s, a little
# wider on the right; faded in and out.
_DRONE = (
    "0.20*sin(2*PI*55*t)*(0.7+0.3*sin(2*PI*t/20))+0.07*sin(2*PI*110.2*t)"
    "+0.05*sin(2*PI*164.8*t)*(0.5+0.5*sin(2*PI*t/7))"
    "|0.20*sin(2*PI*55.3*t)*(0.7+0.3*sin(2*PI*t/20+1))+0.07*sin(2*PI*109.8*t)"
    "+0.05*sin(2*PI*165.1*t)*(0.5+0.5*sin(2*PI*t/9))"
)


def film_command(ffmpeg: str, backgrounds: Sequence[Path], out: Path) -> list[str]:
    seconds = PART_SECONDS * len(backgrounds)
    cmd = [
        ffmpeg,
        "-nostdin",
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-filter_threads",
        "1",
        "-filter_complex_threads",
        "1",
    ]
    for bg in backgrounds:
        cmd += ["-threads", "1", "-loop", "1", "-framerate", str(FPS), "-t", str(PART_SECONDS)]
        cmd += ["-i", str(bg)]
    cmd += ["-f", "lavfi", "-i", f"aevalsrc='{_DRONE}':s=48000:c=stereo:d={seconds}"]
    concat = "".join(f"[{i}:v]" for i in range(len(backgrounds)))
    font = str(MONO).replace(":", r"\:")
    video = (
        f"{concat}concat=n={len(backgrounds)}:v=1:a=0,format=yuv420p,"
        f"drawtext=fontfile={font}:timecode='00\\:00\\:00\\:00':rate={FPS}"
        ":x=w-tw-28:y=28:fontsize=40:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=10,"
        f"drawtext=fontfile={font}:text=PLACEHOLDER:x=28:y=28:fontsize=40"
        ":fontcolor=0xFFD24A:box=1:boxcolor=black@0.6:boxborderw=10,"
        f"drawbox=x=0:y=ih-8:w=iw*t/{seconds}:h=8:color=0xFFD24A:t=fill[v]"
    )
    audio = f"[{len(backgrounds)}:a]afade=t=in:d=3,afade=t=out:st={seconds - 4}:d=4[a]"
    cmd += [
        "-filter_complex",
        f"{video};{audio}",
        "-map",
        "[v]",
        "-map",
        "[a]",
        "-c:v",
        "libx264",
        "-threads",
        "1",
        "-preset",
        "fast",
        "-tune",
        "stillimage",
        "-crf",
        "24",
        "-g",
        str(FPS * 2),
        "-pix_fmt",
        "yuv420p",
        "-profile:v",
        "high",
        "-bsf:v",
        "filter_units=remove_types=6",  # drop SEI: x264's version/options banner
        "-c:a",
        "aac",
        "-b:a",
        "128k",
        "-ar",
        "48000",
        "-ac",
        "2",
        "-map_metadata",
        "-1",
        "-map_chapters",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        "-flags:a",
        "+bitexact",
        "-movflags",
        "+faststart",
        str(out),
    ]
    return cmd


def make_film(path: Path, ffmpeg: str = "ffmpeg") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="roped-film-") as tmp:
        backgrounds = []
        for scene in SCENES:
            bg = Path(tmp) / f"part{scene.number}.bmp"
            _film_background(scene).save(bg)
            backgrounds.append(bg)
        subprocess.run(film_command(ffmpeg, backgrounds, path), check=True)
    return path


def version() -> str:
    """mediakit's version, from the repository's pyproject.toml: the claim generator's."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def signed_media(kit: Path) -> list[Path]:
    """The files that carry Content Credentials: the stills, the poster and the film."""
    stills = [kit / "stills" / still_name(scene) for scene in SCENES]
    return [*stills, kit / "film" / "poster.jpg", kit / "film" / "roped.mp4"]


def _picture(path: Path) -> tuple[str, tuple[int, int], int | None, bytes]:
    """What a still shows: its mode, size, EXIF orientation and decoded pixels."""
    with Image.open(path) as image:
        return image.mode, image.size, image.getexif().get(EXIF_ORIENTATION), image.tobytes()


def sign_in_place(paths: Sequence[Path], signer: TestSigner | None = None) -> list[Path]:
    """Sign each file with placeholder Content Credentials, replacing any it had.

    One test certificate for the whole run (a fresh one unless ``signer``). Each file
    is signed into a temporary file beside it, which then replaces it (``os.replace``):
    an interrupted run leaves the old file or the new one, never half of one. A
    still or poster whose pixels or orientation signing would change is left as it was
    (RuntimeError): signing adds a manifest, it never touches the picture."""
    signer = signer or make_test_signer()
    generator = version()
    for path in paths:
        claim = manifest(
            path.name,
            SOURCE_TYPE,
            generator=CLAIM_GENERATOR,
            version=generator,
            software_agent=f"scripts/{Path(__file__).name}",
        )
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
        os.close(fd)
        temporary = Path(name)
        try:
            add_credentials(path, temporary, signer, claim)
            if path.suffix == ".jpg" and _picture(path) != _picture(temporary):
                raise RuntimeError(f"{path}: signing changed the picture; left as it was")
            temporary.chmod(path.stat().st_mode & 0o777)  # mkstemp's 0600 is not the file's
            temporary.replace(path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
    return list(paths)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=KIT, help="the kit folder (kits/roped)")
    parser.add_argument("--no-film", action="store_true", help="skip the film (needs ffmpeg)")
    parser.add_argument(
        "--credentials-only",
        action="store_true",
        help="only sign the existing stills, poster and film again, in place",
    )
    args = parser.parse_args(argv)
    out: Path = args.out
    if args.credentials_only:
        written = sign_in_place([p for p in signed_media(out) if p.exists()])
    else:
        media = [*make_stills(out / "stills"), make_poster(out / "film" / "poster.jpg")]
        subtitles = make_subtitles(out / "film")
        if not args.no_film:
            ffmpeg = shutil.which("ffmpeg")
            if ffmpeg is None:
                print("ffmpeg not found: the film was not rebuilt (use --no-film)", file=sys.stderr)
                return 1
            media.append(make_film(out / "film" / "roped.mp4", ffmpeg))
        # After the drawing, apart from it: the pictures are deterministic, the credentials not.
        written = [*sign_in_place(media), *subtitles]
    for path in written:
        print(f"{path.stat().st_size:>10,}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
