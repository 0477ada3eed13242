"""Linear time on hostile input, for the layers this benchmark's owner wrote: decoding
(``credscore.io.decode_bytes``), the shared analysis (Punkt, tokens) and the whole default
pipeline. Each input is scored at size n and 2n; the script fails (exit 1) when any
time(2n)/time(n) exceeds 2.5, which a quadratic step would. CPU time, best of three.

    .venv/bin/python benchmarks/hostile.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from credscore.analysis import analyse
from credscore.io import decode_bytes
from credscore.model import Document
from credscore.pipeline import Pipeline

UNITS = {
    "exclamation marks": "!",
    "quote marks": '"',
    "curly quotes never closed": "“",
    "initials": "A. ",
    "abbreviations": "Dr. ",
    "numbers with dots": "1.",
    "capitalised names": "Kim Jong Un ",
    "one-word lines": "Stop.\n",
    "quoted sentences": "“Yes.” ",
    "ellipses": "... ",
    "digits": "7",
    "closing brackets": "a.) ",
    "one long word": "abcdefghij",
    "blank lines": "\n",
}
LIMIT = 2.5


def cpu(function: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def ratio(make: Callable[[int], Callable[[], object]], size: int) -> tuple[float, float]:
    small = cpu(make(size))
    large = cpu(make(2 * size))
    return large, large / max(small, 1e-4)


def main() -> int:
    pipeline = Pipeline.default()
    pipeline.score("Warm up. Loads every resource.")
    failed = False
    print(f"{'input':28} {'pipeline 2n':>12} {'ratio':>6} {'analysis':>9} {'decode':>7}")
    for name, unit in UNITS.items():
        def scored(n: int, unit: str = unit) -> Callable[[], object]:
            document = Document("h", unit * (n // len(unit)))
            return lambda: pipeline.score_document(document)

        def analysed(n: int, unit: str = unit) -> Callable[[], object]:
            document = Document("h", unit * (n // len(unit)))
            return lambda: analyse(document)

        def decoded(n: int, unit: str = unit) -> Callable[[], object]:
            data = (unit * (n // len(unit))).encode("utf-8") + b"\xff"  # not clean UTF-8
            return lambda: decode_bytes(data)

        seconds, pipeline_ratio = ratio(scored, 100_000)
        _, analysis_ratio = ratio(analysed, 100_000)
        _, decode_ratio = ratio(decoded, 1_000_000)
        worst = max(pipeline_ratio, analysis_ratio, decode_ratio)
        failed |= worst > LIMIT
        flag = "  <-- superlinear" if worst > LIMIT else ""
        print(f"{name:28} {seconds:11.3f}s {pipeline_ratio:6.2f} {analysis_ratio:9.2f} "
              f"{decode_ratio:7.2f}{flag}")
    print(f"\nratios are time(2n)/time(n); the limit is {LIMIT}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
