"""The hyphenation automaton (Pyphen's patterns as Aho-Corasick, one step per letter)
counts exactly what the trie walk (the oracle) and Pyphen itself count."""

from __future__ import annotations

import random
from pathlib import Path

import pyphen
import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.liang import LiangAutomaton, cached_automaton
from credscore.scorers.readability import CHUNK, _english_tables, _hyphenation_syllables

PYPHEN = pyphen.Pyphen(lang="en_US")
# letters, plus the ASCII characters Pyphen's patterns hold ("." and "'")
ASCII_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz.'", min_size=1, max_size=CHUNK)


def automaton() -> LiangAutomaton:
    tables = _english_tables()
    assert tables is not None
    return tables.automaton


@given(ASCII_WORD)
def test_same_count_as_the_trie_walk_and_pyphen(word: str) -> None:
    tables = _english_tables()
    assert tables is not None
    count = tables.automaton.count(word)
    assert count == _hyphenation_syllables(word, tables)
    assert count == len(PYPHEN.positions(word)) + 1


def test_same_count_on_many_random_and_real_words() -> None:
    tables = _english_tables()
    assert tables is not None
    rng = random.Random(11)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, CHUNK)))
             for _ in range(3_000)]
    words += ["hyphenation", "mississippi", "reporters", "antidisestablishmentarianism",
              "a", "ab", "abc", "x" * CHUNK, "tion", "pre", "co'op", "...", "'s"]
    for word in words:
        assert tables.automaton.count(word) == _hyphenation_syllables(word, tables), word


def liang_reference(patterns: dict[str, tuple[int, tuple[int, ...]]], left: int,
                    right: int, word: str) -> int:
    """Pyphen's ``positions`` (HyphDict, then the margins), written out, plus one."""
    pointed = f".{word}."
    references = [0] * (len(pointed) + 1)
    longest = max(map(len, patterns))
    for i in range(len(pointed) - 1):
        for j in range(i + 1, min(i + longest, len(pointed)) + 1):
            pattern = patterns.get(pointed[i:j])
            if pattern:
                offset, values = pattern
                for index, value in enumerate(values):
                    references[i + offset + index] = max(references[i + offset + index], value)
    points = [i - 1 for i, value in enumerate(references) if value % 2]
    return len([i for i in points if left <= i <= len(word) - right]) + 1


SMALL_PATTERNS = {"ab": (1, (1,)), "bc": (1, (2,)), "abc": (2, (3,)), ".a": (1, (1, 2)),
                  "c.": (0, (5,)), "ca": (1, (4,)), "b": (0, (1,)), "aab": (0, (2, 0, 3))}


@given(st.text(alphabet="abcz", max_size=30), st.integers(0, 3), st.integers(1, 3))
def test_same_count_as_pyphens_procedure_on_made_up_patterns(word: str, left: int,
                                                             right: int) -> None:
    """Overlapping patterns, the highest value winning, suffix patterns found through
    failure links, margins: against Pyphen's own procedure written out."""
    machine = LiangAutomaton.from_patterns(SMALL_PATTERNS, left=left, right=right,
                                           max_letters=30)
    assert machine.count(word) == liang_reference(SMALL_PATTERNS, left, right, word)


def test_a_right_margin_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        LiangAutomaton.from_patterns({"ab": (1, (1,))}, left=1, right=0, max_letters=10)


def test_the_disk_cache_gives_back_the_same_automaton(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CREDSCORE_CACHE_DIR", str(tmp_path))
    source = tmp_path / "patterns.dic"  # stands for the pattern file the entry depends on
    source.write_text("made-up patterns\n")
    built = LiangAutomaton.from_patterns(SMALL_PATTERNS, left=1, right=1, max_letters=30)
    first = cached_automaton(SMALL_PATTERNS, 1, 1, 30, source)  # builds and writes
    assert list(tmp_path.glob("liang-automaton-*"))  # the entry was written
    second = cached_automaton(SMALL_PATTERNS, 1, 1, 30, source)  # reads
    assert first == built
    assert second == built
    assert second.count("abcabc") == built.count("abcabc")


def test_a_word_over_the_limit_is_refused() -> None:
    machine = LiangAutomaton.from_patterns(SMALL_PATTERNS, left=1, right=1, max_letters=5)
    assert machine.count("abcab") == liang_reference(SMALL_PATTERNS, 1, 1, "abcab")
    with pytest.raises(ValueError):
        machine.count("abcabc")
