"""Size-doubling check for the round-11 slot and phrase rules of the typos scorer.

Each unit repeats a context one rule reads ("ever week", ", out older people are",
"it's budget was", ...) n and 2n times in one sentence-free line; the CPU time of the
scorer should about double (ratio near 2), never square.

Run:  .venv/bin/python benchmarks/typos_slots_hostile.py
"""

from __future__ import annotations

import time

from credscore import Document, analyse
from credscore.scorers.typos import TyposScorer

UNITS = (
    "ever week ",
    ", out older people are ",
    "they wear the ",
    "it's budget was ",
    "a whole in the ",
    "hole on to ",
    "told then to ",
    "roads our closed . ",
)


def seconds(scorer: TyposScorer, unit: str, repeats: int) -> float:
    analysis = analyse(Document("hostile", "Head\n" + unit * repeats))
    start = time.process_time()
    scorer.score(analysis)
    return time.process_time() - start


def main() -> None:
    scorer = TyposScorer()
    for unit in UNITS:
        small, large = seconds(scorer, unit, 4000), seconds(scorer, unit, 8000)
        print(f"{unit!r:28} {small:.3f}s -> {large:.3f}s  ratio {large / max(small, 1e-9):.2f}")


if __name__ == "__main__":
    main()
