"""Liang hyphenation counts in one pass per word: Pyphen's patterns as an Aho-Corasick
automaton.

Pyphen (through textstat) counts the syllables of a word the CMU dictionary lacks as one
more than its hyphenation points: every pattern found in ".word." leaves its values at the
positions it covers, the highest value at each position wins, an odd value is a point. A
walk of the pattern trie from every start costs about four dictionary look-ups per start;
on first sight of a document's new words (names, rare words, typos) those walks were most
of the readability scorer's time.

An Aho-Corasick automaton finds the same patterns in one step per character: the state
after a character is the longest pattern prefix ending there, and each state carries the
values of every pattern that ends there (itself and, through failure links, its
suffixes). Values are bit fields of one int (value v at a position sets the lowest v bits
of its field, so OR keeps the highest), placed relative to the character's end, with a
bias of ``bias_fields`` fields so that no shift is ever negative.

:func:`credscore.scorers.readability._hyphenation_syllables` (the trie walk) is the
oracle: ``tests/test_liang.py`` checks that the two agree with each other and with Pyphen.
"""

from __future__ import annotations

import functools
from collections import deque
from pathlib import Path
from typing import Any

import attrs

from credscore.cache import derived

Patterns = dict[str, tuple[int, tuple[int, ...]]]  # Pyphen's: letters -> (offset, values)


@attrs.frozen
class LiangAutomaton:
    """The automaton over the ASCII characters of the patterns, as one flat list.

    Row ``state`` (a multiple of ``row_size``) holds at column 0 the merged values of the
    patterns ending in that state, and at column ``code`` the next state for a character
    of that code (:attr:`codes` translates ASCII bytes; any other character has a code
    whose column leads back to the start state)."""

    table: list[int]
    codes: bytes  # bytes.translate table: ASCII byte -> column
    row_size: int
    field_bits: int
    bias_fields: int  # the longest pattern: values sit this many fields to the right
    max_letters: int  # the longest word :meth:`count` takes
    odd_value_bits: int  # every field's even bits (where an odd value's top bit is)
    left: int
    right: int

    @classmethod
    def from_patterns(
        cls, patterns: Patterns, left: int, right: int, max_letters: int
    ) -> LiangAutomaton:
        if right < 1:  # then a pattern from the final "." could reach the counted positions
            raise ValueError("right margin below 1")
        highest = max((max(values, default=0) for _, values in patterns.values()), default=0)
        field_bits = highest + 1 + (highest + 1) % 2  # room for the highest value; even
        bias = max(map(len, patterns), default=0)
        alphabet = sorted({char for key in patterns for char in key if char.isascii()})
        column = {char: index + 1 for index, char in enumerate(alphabet)}
        other = len(alphabet) + 1  # a character in no pattern: back to the start state
        codes = bytes(column.get(chr(byte), other) for byte in range(256))
        row_size = other + 1
        children, ends_here = _trie(patterns, field_bits, bias)
        table = _flat_automaton(children, ends_here, alphabet, column, row_size)
        return cls(
            table,
            codes,
            row_size,
            field_bits,
            bias,
            max_letters,
            # ".word." has max_letters + 3 positions, each bias fields to the right
            int("01" * (field_bits // 2 * (max_letters + 3 + bias)), 2),
            left,
            right,
        )

    def count(self, word: str) -> int:
        """``len(Pyphen.positions(word)) + 1`` for a lower-case ASCII word of at most
        ``max_letters`` letters (so that the ints stay short)."""
        if len(word) > self.max_letters:
            raise ValueError(f"a word of {len(word)} letters, over {self.max_letters}")
        table = self.table
        field_bits = self.field_bits
        dot = self.codes[ord(".")]  # the column of the "." around the word
        # ".word.": the leading "." from the start state, the letters, the closing "."
        state = table[dot]
        references = table[state] << field_bits  # the character at i ends at i + 1
        shift = 2 * field_bits
        for code in word.encode("ascii").translate(self.codes):
            state = table[state + code]
            values = table[state]
            if values:  # under half of the states end a pattern
                references |= values << shift
            shift += field_bits
        references |= table[table[state + dot]] << shift
        first = max(self.left + 1, 0) + self.bias_fields
        last = len(word) - self.right + 1 + self.bias_fields
        if last < first:
            return 1
        window = (1 << ((last + 1) * field_bits)) - (1 << (first * field_bits))
        # a field holding an odd value v has bit v-1 (even) set and bit v clear
        return (references & ~(references >> 1) & self.odd_value_bits & window).bit_count() + 1


def cached_automaton(
    patterns: Patterns, left: int, right: int, max_letters: int, source: Any
) -> LiangAutomaton:
    """:meth:`LiangAutomaton.from_patterns`, read from the disk cache
    (:mod:`credscore.cache`) once built for the pattern file ``source``: building costs a
    tenth of a second in every process, reading it back a hundredth."""
    build = functools.partial(_automaton_fields, patterns, left, right, max_letters)
    name = f"liang-automaton-{left}-{right}-{max_letters}"
    fields = derived(name, build, tuple, [source, Path(__file__)])
    try:
        return LiangAutomaton(*fields)
    except TypeError:  # a cached entry of another shape: never trust, rebuild
        return LiangAutomaton(*build())


def _automaton_fields(
    patterns: Patterns, left: int, right: int, max_letters: int
) -> tuple[Any, ...]:
    automaton = LiangAutomaton.from_patterns(patterns, left, right, max_letters)
    return attrs.astuple(automaton, recurse=False)


def _trie(patterns: Patterns, field_bits: int, bias: int) -> tuple[list[dict[str, int]], list[int]]:
    """The pattern trie as node lists: each node's children, and the values of the
    pattern that ends at the node (0 for none), relative to the pattern's end + bias."""
    children: list[dict[str, int]] = [{}]
    ends_here = [0]
    for key, (offset, values) in patterns.items():
        node = 0
        for char in key:
            child = children[node].get(char)
            if child is None:
                child = len(children)
                children[node][char] = child
                children.append({})
                ends_here.append(0)
            node = child
        # value j of the pattern sits at position start + offset + j, and the pattern's
        # end is start + len(key): so at field bias - len(key) + offset + j from the end
        merged = 0
        for index, value in enumerate(values):
            merged |= ((1 << value) - 1) << ((bias - len(key) + offset + index) * field_bits)
        ends_here[node] = merged
    return children, ends_here


def _flat_automaton(
    children: list[dict[str, int]],
    ends_here: list[int],
    alphabet: list[str],
    column: dict[str, int],
    row_size: int,
) -> list[int]:
    """Failure links by breadth-first search, then every (state, ASCII character)
    transition written out, states numbered by their row's first index."""
    table = [0] * (len(children) * row_size)
    failure = [0] * len(children)
    values = list(ends_here)
    queue = deque([0])
    while queue:
        node = queue.popleft()
        row = node * row_size
        for char in alphabet:
            child = children[node].get(char)
            if child is not None:
                if node:  # the longest proper suffix that is a trie node
                    fallback = failure[node]
                    while fallback and char not in children[fallback]:
                        fallback = failure[fallback]
                    failure[child] = children[fallback].get(char, 0)
                values[child] |= values[failure[child]]  # failure is nearer the root
                table[row + column[char]] = child * row_size
                queue.append(child)
            elif node:
                table[row + column[char]] = table[failure[node] * row_size + column[char]]
        table[row] = values[node]
    return table
