"""A news-like benchmark corpus: seed sentences recombined with generated variation.

Documents are built from the sentences of the seed articles, but each sentence is varied:
words are swapped for generated words, generated names (people, places, outlets) are put
in, numbers change, and some words get typos (dropped, doubled, swapped letters). Generated
words and names come from large made-up vocabularies (50,000 words, 20,000 names) drawn
with a Zipf-like law, as words are in real text: a heavy tail of rare words plus repeats.
Typos are fresh every time. So the corpus has many distinct words and names, as a real
crawl does, and caches keyed by word or sentence cannot make it look faster than it is.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
if not SEEDS.is_dir():  # pragma: no cover - a checkout without seeds/ beside it
    SEEDS = Path("/work/shared/seeds")

ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
          "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"]
CODAS = ["", "", "n", "r", "s", "l", "nd", "st", "rt", "m", "x"]
SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]+[\"”’)]*|[^\n]+")
WORD_RE = re.compile(r"[A-Za-z]{4,}")


def seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences.extend(s.strip() for s in SENTENCE_RE.findall(line) if len(s.split()) > 3)
    return sentences


def made_up_word(rng: random.Random, syllables: int | None = None) -> str:
    count = syllables or rng.choice([1, 2, 2, 3, 3, 4])
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
                   for _ in range(count))


class Vocabulary:
    """Made-up words and names drawn by rank with probability ~ 1/rank (Zipf)."""

    def __init__(self, rng: random.Random, words: int = 50_000, names: int = 20_000) -> None:
        self.words = [made_up_word(rng) for _ in range(words)]
        self.names = [
            f"{made_up_word(rng, 2).title()} {made_up_word(rng, rng.choice([2, 3])).title()}"
            for _ in range(names)
        ]
        self._rng = rng

    def _rank(self, size: int) -> int:
        # inverse of the cumulative 1/rank law, continuous approximation
        return min(size - 1, int(size ** self._rng.random()) - 1)

    def word(self) -> str:
        return self.words[self._rank(len(self.words))]

    def name(self) -> str:
        return self.names[self._rank(len(self.names))]


_vocabularies: dict[int, Vocabulary] = {}


def vocabulary(seed: int) -> Vocabulary:
    if seed not in _vocabularies:
        _vocabularies[seed] = Vocabulary(random.Random(seed * 7919))
    return _vocabularies[seed]


def name(rng: random.Random) -> str:
    return vocabulary(0).name()


def typo(rng: random.Random, word: str) -> str:
    position = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.33:
        return word[:position] + word[position + 1 :]
    if kind < 0.66:
        return word[:position] + word[position] + word[position:]
    return word[: position - 1] + word[position] + word[position - 1] + word[position + 1 :]


def vary(rng: random.Random, sentence: str) -> str:
    def replace(match: re.Match[str]) -> str:
        word = match.group()
        roll = rng.random()
        if roll < 0.12:
            new = vocabulary(0).word()
            return new.title() if word[0].isupper() else new
        if roll < 0.16:
            return typo(rng, word)
        return word

    varied = WORD_RE.sub(replace, sentence)
    varied = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), varied)
    roll = rng.random()
    if roll < 0.3:
        varied = f"{varied.rstrip('.')}, {name(rng)} said."
    elif roll < 0.4:
        outlet = vocabulary(0).word().title()
        varied = f"According to the {outlet} Times, {varied[0].lower()}{varied[1:]}"
    elif roll < 0.5:
        place = vocabulary(0).word().title()
        varied = f'"{varied}" {name(rng)} of {place} told reporters.'
    return varied


def document(rng: random.Random, sentences: list[str], target_chars: int) -> str:
    lines = [" ".join(vocabulary(0).word().title() for _ in range(rng.randint(3, 8)))]
    size = len(lines[0])
    while size < target_chars:
        paragraph = " ".join(vary(rng, rng.choice(sentences)) for _ in range(rng.randint(1, 5)))
        lines.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(lines) + "\n"


def documents(total_bytes: int, *, seed: int = 1, min_chars: int = 1_000,
              max_chars: int = 20_000) -> Iterator[str]:
    """Documents of ``min_chars`` to ``max_chars`` until ``total_bytes`` of UTF-8."""
    rng = random.Random(seed)
    _vocabularies.clear()  # the vocabulary draws from its own generator: same call, same text
    sentences = seed_sentences()
    produced = 0
    while produced < total_bytes:
        text = document(rng, sentences, rng.randint(min_chars, max_chars))
        produced += len(text.encode("utf-8"))
        yield text


def long_document(chars: int, *, seed: int = 2) -> str:
    """One document of about ``chars`` characters (for the linearity check)."""
    rng = random.Random(seed)
    _vocabularies.clear()
    return document(rng, seed_sentences(), chars)


def write_folder(folder: Path, total_bytes: int, *, seed: int = 1) -> int:
    """Write a corpus as files (in sub-folders of 500); returns how many."""
    count = 0
    for count, text in enumerate(documents(total_bytes, seed=seed), 1):
        path = folder / f"{count // 500:03d}" / f"doc{count:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return count
