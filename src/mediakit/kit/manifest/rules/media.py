"""Stills and the film: files that must exist in the kit, in a format we show.

Formats are recognised by their first bytes, not by the name's extension: a
PNG named ``.jpg`` is fine, a text file named ``.jpg`` is not.
"""

from __future__ import annotations

import re

from mediakit.kit.manifest import paths
from mediakit.kit.manifest.model import Film, KitFile, Still, Subtitle
from mediakit.kit.manifest.rules.base import (
    Context,
    check_keys,
    expect_list,
    expect_map,
    join,
    optional,
    required,
    string,
)
from mediakit.kit.manifest.rules.text import TextReader, Warn, language
from mediakit.kit.manifest.yamlread import Map, Node
from mediakit.kit.problems import manifest as say
from mediakit.kit.problems import words

IMAGE_FORMATS = "JPEG, PNG, WebP or TIFF"
_SRT_TIME = re.compile(r"\d+:\d\d:\d\d[,.]\d+\s*-->")


def image_format(head: bytes) -> str | None:
    """The still format named by a file's first bytes, or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    return None


def subtitle_format(head: bytes) -> str | None:
    """``WebVTT`` or ``SRT`` from the start of a subtitle file, or None."""
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    if text.startswith("WEBVTT") and (len(text) == 6 or text[6] in " \t\r\n"):
        return "WebVTT"
    lines = [line.strip() for line in text.lstrip().splitlines()]
    if len(lines) >= 2 and lines[0].isdigit() and _SRT_TIME.match(lines[1]):
        return "SRT"
    return None


class MediaReader:
    def __init__(self, ctx: Context, texts: TextReader) -> None:
        self.ctx = ctx
        self.texts = texts

    def file(self, node: Node, where: str) -> KitFile | None:
        written = string(self.ctx, node, where, numbers=False)
        if written is None:
            return None
        try:
            return paths.resolve(self.ctx.root, written, self.ctx.listings)
        except paths.PathError as exc:
            self.ctx.error(node, where, exc.message)
            return None

    def image(self, node: Node, where: str) -> KitFile | None:
        kit_file = self.file(node, where)
        if kit_file is None:
            return None
        try:
            head = paths.read_head(kit_file, 16)
        except paths.PathError as exc:
            self.ctx.error(node, where, exc.message)
            return None
        if image_format(head) is None:
            self.ctx.error(node, where, say.NOT_IMAGE(file=kit_file.written, formats=IMAGE_FORMATS))
            return None
        return kit_file

    def still(self, m: Map, where: str) -> Still | None:
        ctx = self.ctx
        check_keys(ctx, m, where, ("file", "caption", "credit", "alt"))
        file_node = required(ctx, m, where, "file", say.STILL_FILE())
        kit_file = self.image(file_node, join(where, "file")) if file_node is not None else None
        caption_node = optional(m, "caption")
        caption = None
        if caption_node is not None:
            caption = self.texts.text(caption_node, join(where, "caption"), Warn.PROSE)
        credit_node = optional(m, "credit")
        credit = string(ctx, credit_node, join(where, "credit")) if credit_node else None
        alt_node = optional(m, "alt")
        alt = None
        if alt_node is None:
            ctx.warn(m, where, say.NO_ALT())
        else:
            alt = self.texts.text(alt_node, join(where, "alt"), Warn.PROSE)
        return Still(kit_file, caption, credit, alt) if kit_file is not None else None

    def film(self, node: Node, where: str) -> Film | None:
        ctx = self.ctx
        m = expect_map(ctx, node, where, words.FILM_MAPPING())
        if m is None:
            return None
        check_keys(ctx, m, where, ("file", "poster", "subtitles", "trailer"))
        file_node = required(ctx, m, where, "file", say.FILM_FILE())
        kit_file = self.file(file_node, join(where, "file")) if file_node is not None else None
        poster_node = optional(m, "poster")
        poster = None
        if poster_node is None:
            ctx.warn(m, where, say.NO_POSTER())
        else:
            poster = self.image(poster_node, join(where, "poster"))
        trailer_node = optional(m, "trailer")
        trailer = self.file(trailer_node, join(where, "trailer")) if trailer_node else None
        subtitles: list[Subtitle] = []
        subs_node = optional(m, "subtitles")
        if subs_node is not None:
            here = join(where, "subtitles")
            for index, item in enumerate(
                expect_list(ctx, subs_node, here, words.SUBTITLES()) or ()
            ):
                subtitle = self._subtitle(item, join(here, index))
                if subtitle is not None:
                    subtitles.append(subtitle)
        if kit_file is None:
            return None
        return Film(kit_file, poster, tuple(subtitles), trailer)

    def _subtitle(self, node: Node, where: str) -> Subtitle | None:
        ctx = self.ctx
        m = expect_map(ctx, node, where, words.SUBTITLE_MAPPING())
        if m is None:
            return None
        check_keys(ctx, m, where, ("language", "file"))
        lang_node = required(ctx, m, where, "language", say.SUBTITLES_LANGUAGE())
        code = language(ctx, lang_node, join(where, "language")) if lang_node else None
        file_node = required(ctx, m, where, "file", say.SUBTITLES_FILE())
        kit_file = self.file(file_node, join(where, "file")) if file_node is not None else None
        if kit_file is not None:
            try:
                paths.read_head(kit_file, 1)
            except paths.PathError as exc:
                ctx.error(file_node, join(where, "file"), exc.message)
                return None
            # Read as far as it goes: wrong encoding or bad cues are warnings
            # naming the subtitle file and line; neither format at all is an error.
            # Imported here: most kits have no subtitles, and its patterns cost ~2 ms.
            from mediakit.kit.manifest.subtitles import read_subtitles

            read = read_subtitles(kit_file.path, kit_file.written)
            if read.format is None:
                ctx.error(
                    file_node,
                    join(where, "file"),
                    say.NOT_SUBTITLES(file=kit_file.written),
                )
                kit_file = None
            else:
                ctx.problems.extend(read.problems)
        if code is None or kit_file is None:
            return None
        return Subtitle(code, kit_file)
