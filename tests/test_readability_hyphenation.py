"""The fast hyphenation (a trie of Pyphen's patterns with merged values, values as
bit fields) counts exactly what Pyphen does, for short, long and odd words (linear time:
``benchmarks/readability_hostile.py``)."""

from __future__ import annotations

import random

import pyphen
from hypothesis import given
from hypothesis import strategies as st

from credscore.scorers.readability import (
    _english_tables,
    _hyphenation_syllables,
    _new_word_counts,
    _tables_count,
)

PYPHEN = pyphen.Pyphen(lang="en_US")


def pyphen_count(word: str) -> int:
    return len(PYPHEN.positions(word)) + 1


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéëïß'’.-", min_size=1, max_size=40))
def test_same_count_as_pyphen(word: str) -> None:
    tables = _english_tables()
    assert tables is not None
    assert _hyphenation_syllables(word, tables) == pyphen_count(word)


def test_same_count_as_pyphen_on_long_words() -> None:
    """Words longer than one chunk of the bit-field int are counted chunk by chunk."""
    tables = _english_tables()
    assert tables is not None
    rng = random.Random(3)
    for size in [*range(50, 400, 13), 1000, 2500]:
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size))
        assert _hyphenation_syllables(word, tables) == pyphen_count(word), size


@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzAÉéëïßİﬁ'’.-", min_size=1, max_size=70),
        max_size=20,
    )
)
def test_new_word_counts_match_the_general_path(words: list[str]) -> None:
    """The inlined first-sight path counts as the general one (CMU, then hyphenation),
    for plain, capitalised, odd-cased, punctuated and long words."""
    tables = _english_tables()
    assert tables is not None
    words += ["the", "naïve", "x" * 62, "x" * 63, "x" * 64, "reporters", "co-op"]
    assert _new_word_counts(tables, words) == [_tables_count(tables, word) for word in words]
