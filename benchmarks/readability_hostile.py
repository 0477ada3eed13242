"""Hostile inputs for the readability scorer's syllable count: time must grow linearly.

    python benchmarks/readability_hostile.py

A one-word document of n and 2n letters (no CMU entry: the hyphenation trie is walked at
every letter) and a document of n and 2n distinct made-up words; the printed ratio
time(2n) / time(n) stays near 2 for linear work (4 would mean quadratic).
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable

from credscore.scorers.readability import (
    _english_tables,
    _hyphenation_syllables,
    _syllable_cache,
    syllable_counts_of,
)

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_long_word(size: int) -> Callable[[], object]:
    tables = _english_tables()
    assert tables is not None
    word = "".join(random.Random(size).choice(LETTERS) for _ in range(size))
    return lambda: _hyphenation_syllables(word, tables)


def distinct_words(size: int) -> Callable[[], object]:
    rng = random.Random(size)
    words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 12)))
             for _ in range(size // 8)]

    def count() -> object:
        _syllable_cache.clear()  # every word new, every time
        return syllable_counts_of(words)

    return count


def best_time(function: Callable[[], object], repeats: int = 5) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(repeats):
            start = time.process_time()
            function()
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def main() -> None:
    for name, build in (("one long word", one_long_word), ("distinct words", distinct_words)):
        for size in (100_000, 400_000):
            small = best_time(build(size))
            large = best_time(build(2 * size))
            print(f"{name:15s} n={size:>7,}: {small:6.3f} s -> 2n: {large:6.3f} s, "
                  f"ratio {large / small:4.2f}")


if __name__ == "__main__":
    main()
