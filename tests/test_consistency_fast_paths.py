"""Fast paths of the consistency scorer against their plain versions (the oracles)."""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from credscore import facts
from credscore.analysis import analyse
from credscore.model import Document
from credscore.variants import _has_joining_mark


@given(st.lists(st.booleans(), max_size=60))
def test_true_positions_equal_compress_over_a_counter(flags: list[bool]) -> None:
    as_tuple = tuple(flags)
    expected = list(itertools.compress(itertools.count(), as_tuple))
    assert facts._true_positions(as_tuple) == expected


def plain_approximation(reader: facts._SentenceReader, before: int) -> tuple[float, float]:
    """The approximation look-up without the last-word gate."""
    table = facts.approximators()
    for length in (2, 1):
        phrase = tuple(reader.lower_at(i) for i in range(before - length, before))
        if phrase in table:
            return table[phrase]
    return 1.0, 1.0


PHRASE_WORDS = sorted({word for phrase in facts.approximators() for word in phrase})
WORDS = [*PHRASE_WORDS, "the", "sold", "30", ",", "a"]


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
def test_approximation_gate_keeps_the_plain_answer(words: list[str]) -> None:
    text = " ".join([*words, "30", "films."])
    analysis = analyse(Document("d", text))
    for index in range(len(analysis.sentences)):
        reader = facts._SentenceReader(analysis, index, facts._MentionIndex(_empty()), [])
        for before in range(reader.first, reader.stop + 1):
            assert reader.approximation(before) == plain_approximation(reader, before)


def _empty() -> facts.MentionTable:
    return facts.MentionTable([], [], [], [])


@given(st.lists(st.text(alphabet="ab-'’ ", max_size=6), max_size=12))
def test_joining_marks_equal_the_regex_search(words: list[str]) -> None:
    expected = [re.search("[-'’]", word) is not None for word in words]
    assert _has_joining_mark(words) == expected
