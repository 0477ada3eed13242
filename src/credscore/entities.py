"""Capitalised-name mentions in the article, from the shared analysis tokens.

A mention is a run of name tokens inside one sentence: capitalised words (not all-caps
acronyms), joined by single spaces, with lower-case particles allowed between them ("Charles
de Gaulle", "Osama bin Laden") and particle-prefixed tokens counted as name tokens
("al-Assad"). Function words, sentence openers and honorific or job titles are never part of
a name: they break a run ("When Kim Jong Il ..." gives "Kim Jong Il"; "Chief Executive Kari
Lindqvist" gives "Kari Lindqvist"). A possessive ("Kim's") ends a run and is left out of the
mention. Single capital initials with a period ("George W. Bush") stay inside a run.

Each mention carries its normalised ``parts`` (split at spaces, hyphens and apostrophes,
lower-cased, diacritics removed) so that spellings can be compared cheaply.
"""

from __future__ import annotations

import functools
import unicodedata

import attrs

from credscore.analysis import Analysis, Sentence
from credscore.resources import read_lines

POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")
HEADLINE_CAPITALISED_SHARE = 0.6
MAX_NAME_TOKENS = 6  # "Maria de los Angeles Garcia Lopez" is about as long as names get
MAX_TAIL_LENGTH = 4  # romanised syllables ("il", "hoon", "seo"), not words ("winning")
HEADLINE_LONG_WORD = 4  # words this long or longer decide whether a line is title-cased


@functools.cache
def name_stopwords() -> frozenset[str]:
    return frozenset(read_lines("consistency/name_stopwords.txt"))


@functools.cache
def title_words() -> frozenset[str]:
    return frozenset(read_lines("consistency/titles.txt"))


@functools.cache
def particles() -> frozenset[str]:
    return frozenset(read_lines("consistency/particles.txt"))


@attrs.frozen
class Mention:
    """One capitalised-name mention: where it is, how it is written, its normalised parts.

    ``headline`` is true inside the title or a title-cased line, where capitals follow
    house style rather than the name's spelling.
    """

    start: int
    end: int
    surface: str
    parts: tuple[str, ...]
    headline: bool

    @property
    def words(self) -> tuple[str, ...]:
        """Space-separated words, letters only: "Kim Jong-il" gives ("kim", "jongil")."""
        return surface_words(self.surface)

    @property
    def key(self) -> str:
        """The letters only: equal keys mean the spellings differ only in case, spacing,
        hyphens, apostrophes or diacritics."""
        return "".join(self.parts)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics removed, case folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@functools.lru_cache(maxsize=65536)
def surface_words(surface: str) -> tuple[str, ...]:
    """Space-separated words of a name, letters only: "Kim Jong-il" gives ("kim", "jongil")."""
    return tuple(
        folded
        for word in surface.split(" ")
        if (folded := "".join(ch for ch in fold(word) if ch.isalnum()))
    )


@functools.lru_cache(maxsize=65536)
def split_parts(surface: str) -> tuple[str, ...]:
    """Normalised name parts: split at whitespace, hyphens and apostrophes; initials' periods
    dropped."""
    parts: list[str] = []
    current: list[str] = []
    for ch in fold(surface):
        if ch.isalnum():
            current.append(ch)
        elif current and ch not in ".":
            parts.append("".join(current))
            current = []
    if current:
        parts.append("".join(current))
    return tuple(parts)


def _strip_possessive(token: str) -> tuple[str, bool]:
    for ending in POSSESSIVE_ENDINGS:
        if token.endswith(ending) and len(token) > len(ending):
            return token[: -len(ending)], True
    return token, False


def _is_acronym(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _is_particle_prefixed(token: str) -> bool:
    """``al-Assad``, ``el-Sisi``: a lower-case particle, a hyphen, a capitalised part."""
    head, hyphen, tail = token.partition("-")
    return bool(hyphen) and bool(tail) and tail[0].isupper() and head in particles()


@functools.lru_cache(maxsize=131072)
def name_token_kind(token: str) -> str:
    """``name`` for a token that can be part of a name, ``particle`` for a lower-case
    particle, ``initial`` for a single capital letter, else ``other``."""
    first = token[0]
    if first.isupper():
        bare, _ = _strip_possessive(token)
        lower = bare.lower()
        head = lower.replace("’", "'").split("'")[0]  # "We've", "Don't"
        stop = name_stopwords()
        if lower in stop or head in stop or lower in title_words():
            return "other"
        if len(bare) == 1:
            return "initial"
        if _is_acronym(bare):
            return "other"
        return "name" if bare[0].isalpha() else "other"
    if first.islower():
        if token in particles():
            return "particle"
        if _is_particle_prefixed(token):
            return "name"
    return "other"


def is_headline_sentence(analysis: Analysis, sentence: Sentence) -> bool:
    """The title, or a title-cased line (a subheading, a quoted title of a work)."""
    if sentence.segment == "title":
        return True
    texts = analysis.token_texts
    if sentence.end_token > sentence.first_token and texts[sentence.end_token - 1] in {
        ".",
        "!",
        "?",
        ";",
    }:
        return False  # a sentence full of names, not a title-cased line
    long_words = [
        texts[i]
        for i in sentence.token_indices
        if len(texts[i]) >= HEADLINE_LONG_WORD and texts[i][0].isalpha()
    ]
    if len(long_words) < 2:
        return False
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return capitalised >= HEADLINE_CAPITALISED_SHARE * len(long_words)


def _only_space_between(text: str, end: int, start: int) -> bool:
    return start - end == 1 and text[end] == " "


def hyphen_tails(analysis: Analysis) -> frozenset[str]:
    """Lower-case syllables that follow a hyphen in capitalised names of this article
    ("Jong-il", "Ji-hoon"): written with a space instead ("Park Ji hoon"), they still belong
    to the name. Words ("Oscar-winning") and letter prefixes ("B-movie") are not syllables."""
    tails: set[str] = set()
    stop = name_stopwords()
    for token in analysis.token_texts:
        if token[0].isupper() and "-" in token:
            head, *rest = _strip_possessive(token)[0].split("-")
            if len(head) < 2 or _is_acronym(head):
                continue  # "B-movie", "AI-generated"
            for tail in rest:
                if (
                    tail
                    and len(tail) <= MAX_TAIL_LENGTH
                    and tail[0].islower()
                    and tail.isalpha()
                    and tail not in stop
                ):
                    tails.add(tail)
    return frozenset(tails)


def sentence_mentions(
    analysis: Analysis, sentence: Sentence, headline: bool, tails: frozenset[str] = frozenset()
) -> list[Mention]:
    """The name mentions of one sentence, in order."""
    text = analysis.text
    texts = analysis.token_texts
    starts = analysis.token_starts
    ends = analysis.token_ends
    mentions: list[Mention] = []
    run: list[int] = []  # token indices of the current run (name tokens and inner particles)
    kinds: dict[int, str] = {}

    def close() -> None:
        if not run:
            return
        # trailing particles or initials are not a name's end ("Smith de", "Bush W")
        while run and kinds.get(run[-1]) != "name":
            run.pop()
        while run and kinds.get(run[0]) == "particle":
            run.pop(0)
        name_tokens = sum(1 for i in run if kinds.get(i) == "name")
        if name_tokens > MAX_NAME_TOKENS:
            run.clear()  # a title-cased line or a list of names, not one name
            return
        if name_tokens:
            start = starts[run[0]]
            last_text, _ = _strip_possessive(texts[run[-1]])
            end = starts[run[-1]] + len(last_text)
            surface = text[start:end]
            parts = split_parts(surface)
            if parts:
                mentions.append(Mention(start, end, surface, parts, headline))
        run.clear()

    index = sentence.first_token
    stop = sentence.end_token
    while index < stop:
        token = texts[index]
        if not run and not token[0].isupper():
            if token[0].islower() and "-" in token:
                pass  # maybe "al-Assad"
            else:
                index += 1  # the common case: a lower-case word or a mark outside any name
                continue
        kind = name_token_kind(token)
        if (
            kind == "other"
            and run
            and _strip_possessive(token)[0] in tails
            and texts[run[-1]][0].isupper()
        ):
            kind = "name"  # "Park Ji hoon" for "Park Ji-hoon"
        joined = not run or _only_space_between(text, ends[run[-1]], starts[index])
        if kind == "other":
            if run:
                close()
            index += 1
            continue
        if run and not joined:
            close()
        if kind == "particle" and not run:
            index += 1
            continue
        kinds[index] = kind
        if kind == "initial" and index > 0 and ends[index - 1] == starts[index]:
            close()  # "U.S.": letters glued to punctuation are an abbreviation, not initials
            index += 1
            continue
        run.append(index)
        if kind == "initial":
            # "W." inside "George W. Bush": keep the period in the run
            if index + 1 < stop and texts[index + 1] == "." and ends[index] == starts[index + 1]:
                index += 1
                run.append(index)
            elif not (
                index + 1 < stop
                and _only_space_between(text, ends[index], starts[index + 1])
                and name_token_kind(texts[index + 1]) == "name"
            ):
                close()  # "Plan B" ends here; "Ó Súilleabháin" goes on
        elif kind == "name" and _strip_possessive(token)[1]:
            close()  # a possessive ends the name
        index += 1
    close()
    return mentions


def name_mentions(analysis: Analysis) -> list[Mention]:
    """Every name mention of the article, in document order."""
    found: list[Mention] = []
    tails = hyphen_tails(analysis)
    for sentence in analysis.sentences:
        headline = is_headline_sentence(analysis, sentence)
        found.extend(sentence_mentions(analysis, sentence, headline, tails))
    return found
