"""The sections made of the kit's media: the film (with its poster and
subtitles), the people (with their photos), the stills' gallery and the
archive to download."""

from __future__ import annotations

from mediakit.languages import show_subtitle, subtitle_order
from mediakit.publish.web import words
from mediakit.publish.web.blocks import GALLERY_SIZES, Context, picture_img, prose, section
from mediakit.publish.web.markup import Markup, element, href, join
from mediakit.typography import credit_line
from mediakit.units import human_size


def film(c: Context) -> Markup | None:
    kit, media = c.kit, c.media
    if kit.film is None or media.film is None:
        return None
    poster = media.poster
    poster_src = None
    if poster is not None:
        fitting = [t for t in poster.thumbs if t[1] >= 960] or list(poster.thumbs)
        poster_src = href(fitting[0][0]) if fitting else href(poster.original)
    languages = [track.language for track in media.tracks]
    shown = show_subtitle(languages, c.language, kit.languages[0])
    tracks = [
        element(
            "track",
            kind="subtitles",
            srclang=track.language,
            label=words.language_name(track.language),
            src=track.data_url,
            default=index == shown,
        )
        for index, track in enumerate(media.tracks)
    ]
    order = subtitle_order(languages, c.language)
    fallback = element("a", c.w(words.NO_VIDEO), href=href(media.film))
    video = element(
        "video",
        element("source", src=href(media.film), type=_video_type(media.film)),
        *tracks,
        fallback,
        controls=True,
        preload="metadata",
        playsinline=True,
        poster=poster_src,
        aria_label=c.t(kit.title),
    )
    downloads = [
        element(
            "li",
            element(
                "a",
                c.w(words.FILM_FILE).format(size=human_size(media.film_size)),
                href=href(media.film),
                download=True,
            ),
        )
    ]
    for index in order:
        track = media.tracks[index]
        name = c.w(words.SUBTITLE_FILE).format(language=words.language_name(track.language))
        label = f"{c.w(words.SUBTITLES)} — {name}"
        downloads.append(
            element("li", element("a", label, href=href(track.file), hreflang=track.language))
        )
    return section(
        "film",
        c.w(words.FILM),
        video,
        element("ul", *downloads, class_="downloads"),
    )


def _video_type(path: str) -> str:
    suffix = path.rsplit(".", 1)[-1].lower()
    return {"mp4": "video/mp4", "m4v": "video/mp4", "webm": "video/webm", "mov": "video/quicktime",
            "mkv": "video/x-matroska", "ogv": "video/ogg"}.get(suffix, "video/mp4")  # fmt: skip


def people(c: Context) -> Markup | None:
    if not c.kit.people:
        return None
    cards = []
    for index, person in enumerate(c.kit.people):
        photo = c.media.photos.get(index)
        image = None
        if photo is not None and photo.thumbs:
            alt = c.w(words.PHOTO_OF).replace("%1", person.name)
            image = picture_img(photo, alt, "150px", loading="lazy", decoding="async")
        roles = ", ".join(c.t(role) for role in person.roles if c.t(role))
        filmography = None
        if person.filmography:
            items = []
            for work in person.filmography:
                facts = ", ".join(
                    p for p in (c.t(work.kind), str(work.year) if work.year else "") if p
                )
                items.append(
                    element(
                        "li", element("cite", c.t(work.title)), f" — {facts}" if facts else None
                    )
                )
            filmography = join([element("h4", c.w(words.FILMOGRAPHY)), element("ul", *items)])
        text = element(
            "div",
            element("h3", person.name),
            element("p", roles, class_="role") if roles else None,
            prose(c.kit.text(person.bio, c.language), 4) if person.bio is not None else None,
            filmography,
        )
        classes = "card person with-photo" if image else "card person"
        cards.append(element("article", image, text, class_=classes))
    return section("people", c.w(words.PEOPLE), *cards)


def stills(c: Context) -> Markup | None:
    if not c.kit.stills:
        return None
    items = []
    for number, (still, picture) in enumerate(zip(c.kit.stills, c.media.stills, strict=True), 1):
        if picture is None:
            continue  # its file could not be read: the export said so
        caption = c.t(still.caption)
        alt = c.t(still.alt) or caption or c.w(words.FULL_SIZE).format(number=number)
        if picture.thumbs:
            shown: Markup = element(
                "a",
                picture_img(
                    picture,
                    alt,
                    GALLERY_SIZES,
                    loading="lazy" if number > 2 else None,
                    decoding="async",
                ),
                href=href(picture.original),
            )
        else:
            shown = element(
                "a", c.w(words.FULL_SIZE).format(number=number), href=href(picture.original)
            )
        credit = (
            element("span", credit_line(still.credit), class_="credit") if still.credit else None
        )
        figcaption = (
            element("figcaption", caption, element("br") if caption and credit else None, credit)
            if caption or credit
            else None
        )
        items.append(element("li", element("figure", shown, figcaption)))
    return section("stills", c.w(words.STILLS), element("ul", *items, class_="gallery"))


def download(c: Context) -> Markup | None:
    archive = c.media.archive
    if archive is None:
        return None
    label = c.w(words.ARCHIVE_FILE).format(name=archive.file, size=human_size(archive.size))
    return section(
        "download",
        c.w(words.DOWNLOAD),
        element("p", element("a", label, href=href(archive.file), download=True)),
        element("p", c.w(words.ARCHIVE_HINT), class_="hint"),
        element("p", archive.sha256, class_="checksum"),
    )
