"""Throughput of the ``typos`` scorer, and linear time on hostile input.

Throughput: the clean benchmark paragraphs, shuffled into many distinct documents, scored
after the lexicons are loaded; the shared analysis is timed apart (every scorer shares it).

Hostile input: each pattern at n and 2n repetitions; the time ratio must stay near 2 (a
quadratic step would give ~4). The script exits 1 when a ratio exceeds 3.

Run:  .venv/bin/python benchmarks/typos_speed.py
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from credscore.analysis import Analysis, analyse
from credscore.confusion import bigram_tables, evidence_neighbours
from credscore.model import Document
from credscore.scorers.typos import TyposScorer
from credscore.spelling import foreign_words, known_misspellings, suggest, web_words

HERE = Path(__file__).resolve().parent

HOSTILE: dict[str, Callable[[int], str]] = {
    "quote marks": lambda n: '"' * n,
    "curly quotes and words": lambda n: "“a ’ " * n,
    "capitalised names": lambda n: "Zyx Qwerty Vbnm " * n,
    "digits": lambda n: "1234567890 " * n,
    "one long token run": lambda n: "ab-" * n,
    "apostrophe chain": lambda n: "a'" * n,
    "no spaces url": lambda n: "http://x.org/" + "a/" * n,
    "unknown words, one per sentence": lambda n: "".join(
        f"The qz{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}vk fell. " for i in range(n)
    ),
    "confusable words": lambda n: "their there then than knew new " * n,
    "known misspellings": lambda n: "recieve goverment teh " * n,
    # phrase-rule words checked wherever they stand, and the families' frames with gaps
    "phrase-rule frames": lambda n: (
        "he discretely left and could loose the advise of staff who flaunted the new rules "
        "and took a quick peak at the data they poured over with quiet worried "
    )
    * n,
    # round-6 one-edit frames: long slots (a school's name, a vote's tally), wide words
    "one-edit frames": lambda n: (
        "the principle of Oak Hill Primary said counsellors voted 9 - 4 and we new that "
        "the firm cloud face fines as prices threw the roof and it was on of the best "
    )
    * n,
    "web marks in one sentence": lambda n: "a.bc x@y www. " * n,
    "full stops, no spaces": lambda n: "." * n,
    "hyphenated unknown compound": lambda n: "-".join(["qzvk"] * n),
}


def paragraphs() -> list[str]:
    text = (HERE / "typos_clean_news.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def timed(scorer: TyposScorer, analysis: Analysis) -> float:
    began = time.perf_counter()
    scorer.score(analysis)
    return time.perf_counter() - began


def load_lexicons() -> None:
    known_misspellings()
    web_words()
    bigram_tables()
    evidence_neighbours()
    foreign_words()
    suggest("qwertyuiop")  # no word one edit away: the distance-2 search


def throughput(scorer: TyposScorer) -> None:
    rng = random.Random(7)
    lines = paragraphs()
    documents = []
    for index in range(400):
        rng.shuffle(lines)
        documents.append(Document(f"d{index}", "News in brief\n" + "\n".join(lines[:20])))
    began = time.perf_counter()
    analyses = [analyse(document) for document in documents]
    analysis_seconds = time.perf_counter() - began
    began = time.perf_counter()
    load_lexicons()
    print(f"lexicons loaded in {time.perf_counter() - began:.2f} s (once per process)")
    began = time.perf_counter()
    for analysis in analyses:
        scorer.score(analysis)
    scorer_seconds = time.perf_counter() - began
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    print(
        f"throughput: {megabytes:.1f} MB in {len(documents)} documents: typos scorer "
        f"{megabytes / scorer_seconds:.1f} MB/s (shared analysis {megabytes / analysis_seconds:.1f}"
        " MB/s, not counted)"
    )


def hostile(scorer: TyposScorer, size: int = 50_000) -> bool:
    linear = True
    for name, make in HOSTILE.items():
        small = analyse(Document("s", make(size)))
        large = analyse(Document("l", make(2 * size)))
        timed(scorer, small)  # warm caches
        small_seconds = min(timed(scorer, small) for _ in range(3))
        large_seconds = min(timed(scorer, large) for _ in range(3))
        ratio = large_seconds / max(small_seconds, 1e-6)
        # Below ~20 ms the timer noise swamps the ratio; such inputs are not a risk anyway.
        suspect = ratio > 3.0 and large_seconds >= 0.02
        flag = "  <-- NOT LINEAR" if suspect else ""
        linear &= not suspect
        print(
            f"hostile {name:<34} n={size}: {small_seconds:.3f}s  2n: {large_seconds:.3f}s  "
            f"ratio {ratio:.2f}{flag}"
        )
    return linear


def main() -> int:
    scorer = TyposScorer()
    throughput(scorer)
    return 0 if hostile(scorer) else 1


if __name__ == "__main__":
    sys.exit(main())
