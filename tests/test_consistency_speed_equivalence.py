"""The consistency scorer's fast helpers give exactly what their plain versions gave.

The speed work replaced character loops with regexes, ``str.translate`` and shortcuts for
ASCII; each plain version is kept here as the reference and compared on generated strings
that mix the awkward cases (diacritics, ligatures, "ß", apostrophes, underscores, digits)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from credscore.analysis import analyse
from credscore.entities import (
    _is_acronym,
    _strip_possessive,
    fold,
    hyphen_tails,
    is_headline_sentence,
    name_mentions,
    sentence_mentions,
    split_parts,
    surface_words,
)
from credscore.model import Document
from credscore.variants import deletions, skeleton

AWKWARD = "aAbBzZéÉüÜßẞﬁŁłİı0129_.-'’ \u0301\u00a0ﷺ¼Ó"
names = st.text(alphabet=AWKWARD, min_size=1, max_size=14)


def reference_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def reference_split_parts(surface: str) -> tuple[str, ...]:
    parts: list[str] = []
    current: list[str] = []
    for ch in reference_fold(surface):
        if ch.isalnum():
            current.append(ch)
        elif current and ch not in ".":
            parts.append("".join(current))
            current = []
    if current:
        parts.append("".join(current))
    return tuple(parts)


def reference_surface_words(surface: str) -> tuple[str, ...]:
    return tuple(
        folded
        for word in surface.split(" ")
        if (folded := "".join(ch for ch in reference_fold(word) if ch.isalnum()))
    )


def reference_strip_possessive(token: str) -> tuple[str, bool]:
    for ending in ("'s", "’s", "'S", "’S"):
        if token.endswith(ending) and len(token) > len(ending):
            return token[: -len(ending)], True
    return token, False


def reference_is_acronym(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


@given(names)
def test_fold_parts_and_words_match_the_character_loops(surface: str) -> None:
    assert fold(surface) == reference_fold(surface)
    assert split_parts(surface) == reference_split_parts(surface)
    assert surface_words(surface) == reference_surface_words(surface)


@given(st.text(alphabet="AaSsZ'’.é", min_size=1, max_size=6))
def test_possessive_and_acronym_shortcuts(token: str) -> None:
    assert _strip_possessive(token) == reference_strip_possessive(token)
    assert _is_acronym(token) == reference_is_acronym(token)


@given(st.text(alphabet="aeiouybcdyxé", max_size=12))
def test_skeleton_and_deletions(part: str) -> None:
    assert skeleton(part) == "".join(ch for ch in part if ch not in "aeiouy")
    assert deletions(part) == [part] + [part[:i] + part[i + 1 :] for i in range(len(part))]


@given(
    st.lists(
        st.sampled_from(
            [
                "Kim",
                "Jong-il",
                "de",
                "al-Assad",
                "W.",
                "Bush",
                "said",
                "The",
                "U.S.",
                "Kim's",
                "Ji",
                "hoon",
                "Park",
                "Ji-hoon",
                ",",
                ".",
                "When",
                "Plan",
                "B",
                "Ó",
                "Súil",
            ]
        ),
        max_size=30,
    ),
    st.sampled_from([" ", "  ", ". ", "\n"]),
)
def test_article_scan_equals_sentence_by_sentence(words: list[str], joiner: str) -> None:
    """name_mentions (one pass over the article) gives the mentions that sentence_mentions
    gives sentence by sentence."""
    analysis = analyse(Document("d", "Headline\n" + joiner.join(words)))
    tails = hyphen_tails(analysis)
    by_sentence = [
        mention
        for sentence in analysis.sentences
        for mention in sentence_mentions(
            analysis, sentence, is_headline_sentence(analysis, sentence), tails
        )
    ]
    assert name_mentions(analysis) == by_sentence
