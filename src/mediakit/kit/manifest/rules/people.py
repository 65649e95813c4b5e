"""The makers and the festivals: ``people`` (name, roles, biography, photo,
filmography) and ``awards`` (event, year, prize, place)."""

from __future__ import annotations

from mediakit.kit.manifest.model import Award, KitFile, Person, Text, Work
from mediakit.kit.manifest.rules.base import (
    Context,
    check_keys,
    expect_list,
    expect_map,
    integer,
    join,
    optional,
    required,
    string,
)
from mediakit.kit.manifest.rules.media import MediaReader
from mediakit.kit.manifest.rules.text import TextReader, Warn
from mediakit.kit.manifest.yamlread import Map, Node
from mediakit.kit.problems import manifest as say

PERSON_KEYS = ("name", "roles", "bio", "photo", "filmography")
WORK_KEYS = ("title", "year", "kind")
AWARD_KEYS = ("event", "year", "prize", "place")


class PeopleReader:
    def __init__(self, ctx: Context, texts: TextReader, media: MediaReader) -> None:
        self.ctx = ctx
        self.texts = texts
        self.media = media

    def _text(self, m: Map, where: str, key: str, warn: Warn) -> Text | None:
        node = optional(m, key)
        return self.texts.text(node, join(where, key), warn) if node is not None else None

    def _year(self, m: Map, where: str) -> int | None:
        node = optional(m, "year")
        return integer(self.ctx, node, join(where, "year"), "2025") if node is not None else None

    def person(self, m: Map, where: str) -> Person | None:
        ctx = self.ctx
        check_keys(ctx, m, where, PERSON_KEYS)
        name_node = required(ctx, m, where, "name", say.PERSON_NAME())
        name = string(ctx, name_node, join(where, "name")) if name_node else None
        roles = self._roles(optional(m, "roles"), join(where, "roles"))
        bio_node = optional(m, "bio")
        bio_files: dict[str, KitFile] = {}
        bio = None
        if bio_node is not None:
            bio = self.texts.text(bio_node, join(where, "bio"), Warn.PROSE, bio_files)
        photo_node = optional(m, "photo")
        photo = self.media.image(photo_node, join(where, "photo")) if photo_node else None
        works = self._filmography(optional(m, "filmography"), join(where, "filmography"))
        if name is None:
            return None
        return Person(name, roles, bio, photo, works, bio_files)

    def _roles(self, node: Node | None, where: str) -> tuple[Text, ...]:
        if node is None:
            return ()
        roles: list[Text] = []
        for index, item in enumerate(expect_list(self.ctx, node, where, say.ROLES()) or ()):
            role = self.texts.text(item, join(where, index), Warn.LABEL)
            if role is not None:
                roles.append(role)
        return tuple(roles)

    def _filmography(self, node: Node | None, where: str) -> tuple[Work, ...]:
        if node is None:
            return ()
        works: list[Work] = []
        for index, item in enumerate(expect_list(self.ctx, node, where, say.WORKS()) or ()):
            here = join(where, index)
            mapping = expect_map(self.ctx, item, here, say.A_WORK())
            work = self._work(mapping, here) if mapping is not None else None
            if work is not None:
                works.append(work)
        return tuple(works)

    def _work(self, m: Map, where: str) -> Work | None:
        ctx = self.ctx
        check_keys(ctx, m, where, WORK_KEYS)
        title_node = required(ctx, m, where, "title", say.WORK_TITLE())
        title = None
        if title_node is not None:
            title = self.texts.text(title_node, join(where, "title"), Warn.LABEL)
        year = self._year(m, where)
        kind = self._text(m, where, "kind", Warn.LABEL)
        return Work(title, year, kind) if title is not None else None

    def award(self, m: Map, where: str) -> Award | None:
        ctx = self.ctx
        check_keys(ctx, m, where, AWARD_KEYS)
        event_node = required(ctx, m, where, "event", say.AWARD_EVENT())
        event = None
        if event_node is not None:
            event = self.texts.text(event_node, join(where, "event"), Warn.LABEL)
        year = self._year(m, where)
        prize = self._text(m, where, "prize", Warn.LABEL)
        place = self._text(m, where, "place", Warn.LABEL)
        return Award(event, year, prize, place) if event is not None else None
