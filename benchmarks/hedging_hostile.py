"""Hostile inputs for the hedging scorer: the time must grow linearly with the input.

    python benchmarks/hedging_hostile.py

For each hostile pattern the text is built at size n and 2n; the printed ratio
time(2n) / time(n) stays near 2 for linear work (4 would mean quadratic). The same check,
with a generous bound, runs in tests/test_hedging_hostile.py.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from credscore import Document, analyse
from credscore.analysis import Analysis
from credscore.model import Segment
from credscore.scorers.hedging import HedgingScorer

# One long "sentence" each: no sentence breaks to hide behind.
HOSTILE: dict[str, Callable[[int], str]] = {
    "could after if": lambda n: "if " + "could " * n,
    "openers then May": lambda n: "( " * n + "May " * n,
    "quotes": lambda n: '"' * (4 * n),
    "capitalised names": lambda n: "Kim Jong May " * n,
    "digits": lambda n: "May 5 " * n,
    "critics of": lambda n: "critics of " * n + "say",
    "-ly adverbs": lambda n: "is " + "reportedly " * n + "said to",
    "some some": lambda n: "some " * n,
    "it is it is": lambda n: "it is " * n,
    "must be": lambda n: "must " + "surely " * n + "be",
    "people on": lambda n: "People on " * n + "are saying",
    "residents are": lambda n: "Residents " + "are have " * n + "said",
    "may apply": lambda n: "Applicants may apply " * n,
    "experts typo": lambda n: "Experts beleive experts reccomend " * n,
    "more likely": lambda n: "twice as more likely than " * n,
}


def body_only(text: str) -> tuple[Segment, ...]:
    return (Segment("body", 0, len(text)),) if text else ()


def best_time(analysis: Analysis, scorer: HedgingScorer, repeats: int = 5) -> float:
    """The best of a few runs, with the garbage collector off: the least noisy estimate.
    CPU time, not wall clock: other programs loading the machine must not look like
    superlinear growth."""
    best = float("inf")
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeats):
            started = time.process_time()
            scorer.score(analysis)
            best = min(best, time.process_time() - started)
    finally:
        if collecting:
            gc.enable()
    return best


def growth_ratio(
    make: Callable[[int], str], size: int, factor: int = 2, profile: str = "wiki"
) -> float:
    """time(factor * n) / time(n) of the scorer alone (analysis built outside the clock).
    Small and large runs alternate, so a burst of load on the machine hits both."""
    scorer = HedgingScorer(profile=profile)
    small = analyse(Document("small", make(size)), body_only)
    large = analyse(Document("large", make(factor * size)), body_only)
    small_time = large_time = float("inf")
    for _ in range(4):
        small_time = min(small_time, best_time(small, scorer, repeats=2))
        large_time = min(large_time, best_time(large, scorer, repeats=2))
    return large_time / max(small_time, 1e-9)


def doubling_ratio(make: Callable[[int], str], size: int, profile: str = "wiki") -> float:
    return growth_ratio(make, size, 2, profile)


def throughput(profile: str) -> float:
    """MB/s of analysis + hedging scorer on the handwritten news sentences, repeated."""
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parent.parent / "tests" / "data" / "hedging_news.jsonl"
    sentences = [json.loads(line)["text"] for line in data.read_text().splitlines() if line]
    text = "\n".join(sentences * 60)
    scorer = HedgingScorer(profile=profile)
    started = time.perf_counter()
    analysis = analyse(Document("news", text), body_only)
    analysed = time.perf_counter()
    scorer.score(analysis)
    done = time.perf_counter()
    megabytes = len(text.encode()) / 1e6
    print(f"{profile}: {megabytes:.2f} MB, analysis {megabytes / (analysed - started):.2f} MB/s, "
          f"hedging scorer alone {megabytes / (done - analysed):.2f} MB/s")
    return megabytes / (done - analysed)


def main() -> None:
    for name, make in HOSTILE.items():
        print(f"{name:20s} time(2n)/time(n) = {doubling_ratio(make, 20_000):.2f}")
    for profile in ("news", "wiki"):
        throughput(profile)


if __name__ == "__main__":
    main()
