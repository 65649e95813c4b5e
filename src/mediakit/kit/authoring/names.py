"""What a file's name says: its language (``film.fr.srt``, ``ROPED_EN.vtt``,
``subs-pt_BR.srt``), the text it holds (``synopsis.en.md``), and a kit id made
from a folder's name."""

from __future__ import annotations

import re
import unicodedata

# ISO 639-1: a two-letter token at the end of a name is a language only if it is one of these
# (but st, Sotho: ROPED_ST.srt means sous-titres, subtitles).
_ISO_639_1 = frozenset(
    re.findall(
        "[a-z]{2}",
        "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu "
        "cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi "
        "ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks "
        "ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl "
        "nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl "
        "sm sn so sq sr ss su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve "
        "vi vo wa wo xh yi yo za zh zu",
    )
)
# Three-letter codes (ISO 639-2, both forms) and names that subtitle files often carry.
_OTHER_NAMES = {
    "fra": "fr", "fre": "fr", "eng": "en", "deu": "de", "ger": "de", "spa": "es",
    "ita": "it", "por": "pt", "nld": "nl", "dut": "nl", "jpn": "ja", "zho": "zh",
    "chi": "zh", "kor": "ko", "rus": "ru", "ara": "ar", "pol": "pl", "swe": "sv",
    "dan": "da", "nor": "no", "fin": "fi", "tur": "tr", "ces": "cs", "cze": "cs",
    "ell": "el", "gre": "el", "heb": "he", "hin": "hi", "ukr": "uk", "cat": "ca",
    "english": "en", "french": "fr", "francais": "fr", "français": "fr", "german": "de",
    "deutsch": "de", "spanish": "es", "espanol": "es", "español": "es", "italian": "it",
    "italiano": "it", "portuguese": "pt", "dutch": "nl", "japanese": "ja", "chinese": "zh",
}  # fmt: skip
_TOKEN = re.compile(r"[^._\-\s]+")
_REGION = re.compile(r"[A-Z]{2}|[0-9]{3}")
# Which text a Markdown file holds, by a word of its name (statement: also French "note
# d'intention"). Checked in this order: "article-synopsis" is an article.
_TEXT_WORDS = (
    ("article", ("article",)),
    ("ai_disclosure", ("disclosure",)),
    ("statement", ("statement", "intention")),
    ("synopsis", ("synopsis",)),
)
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
POSTER_WORDS = ("poster", "affiche")
_ASCII_SPELLING = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})
_ID_LENGTH = 64  # ID_PATTERN: one character, then up to 63


def _language_of(token: str) -> str | None:
    lowered = token.casefold()
    if len(lowered) == 2 and lowered in _ISO_639_1:
        return lowered
    return _OTHER_NAMES.get(lowered)


def language_from_name(stem: str) -> str | None:
    """The language a name ends with: ``roped.fr`` → fr, ``ROPED_EN`` → en,
    ``subs-pt_BR`` → pt-BR, ``film.french`` → fr; None when it names none."""
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(stem)]
    if len(tokens) < 2:
        # A name that is only a language (fr.srt) still says it.
        return _language_of(tokens[0][0]) if tokens else None
    (before, _), (last, start) = tokens[-2], tokens[-1]
    language = _language_of(before)
    # pt-BR, pt_BR: a lower-case language joined to an upper-case region.
    if language and before.islower() and _REGION.fullmatch(last) and stem[start - 1] in "-_":
        return f"{language}-{last}"
    return _language_of(last)


def text_field(stem: str) -> str | None:
    """The kit field a Markdown file's name says it holds, or None."""
    words = [token.casefold() for token in _TOKEN.findall(stem)]
    for field, prefixes in _TEXT_WORDS:
        if any(word.startswith(prefixes) for word in words):
            return field
    return None


def is_poster_name(stem: str) -> bool:
    return stem.casefold().startswith(POSTER_WORDS)


def kit_id(name: str) -> str:
    """A folder's name as a kit id: ``Roped — Press kit 2025`` → ``roped-press-kit-2025``."""
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_ASCII_SPELLING))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    return slug[:_ID_LENGTH].rstrip("-") or "kit"


def natural_key(path: str) -> tuple[tuple[object, ...], str]:
    """Name order as people count: ``still2`` before ``still10``, case aside."""
    parts = re.split(r"(\d+)", path.casefold())
    return tuple(int(part) if index % 2 else part for index, part in enumerate(parts)), path
