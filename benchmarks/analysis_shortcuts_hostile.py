"""Linear time for the sentence splitter's shortcuts (FastPunkt.plain_break and
sure_no_break) on input built to stress them: long capitalised words after abbreviations,
runs of initials, quoted and hyphenated words before periods, one huge line or many lines.
Each input is analysed at size n and 2n; exits 1 when any time(2n)/time(n) exceeds 2.5,
which a quadratic step would. CPU time, best of three.

    .venv/bin/python benchmarks/analysis_shortcuts_hostile.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from credscore.analysis import analyse
from credscore.model import Document

UNITS = {
    "abbreviation + long word": "Mr. " + "A" + "b" * 5_000 + " ",
    "initials before capitals": "J. K. L. Smith ",
    "quoted words": '"art. (VBS. “Godzilla. ',
    "hyphenated words": "close-minded. Eun-hee? Jong-U. ",
    "abbreviation, comma": "etc. Smith, ",
    "one long compound": "a-" * 2_000 + "b. ",
    "opening marks only": '"(“' * 1_000 + ". ",
    "many short lines": "Dr. Who\n",
}
LIMIT = 2.5


def cpu(function: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    analyse(Document("w", "Warm up. Loads Punkt."))
    failed = False
    for name, unit in UNITS.items():
        times = []
        for size in (200_000, 400_000):
            document = Document("h", unit * max(1, size // len(unit)))
            times.append(cpu(lambda document=document: analyse(document)))
        ratio = times[1] / max(times[0], 1e-4)
        failed |= ratio > LIMIT
        flag = "  <-- superlinear" if ratio > LIMIT else ""
        print(f"{name:28} {times[1]:8.3f}s at 2n  ratio {ratio:5.2f}{flag}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
