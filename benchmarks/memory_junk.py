"""Peak memory when every per-word memo fills: documents of new names and junk words.

    .venv/bin/python benchmarks/memory_junk.py [DOCUMENTS]     # default 1400 (about 30 MB)

Each document is 300 short lines of made-up capitalised names, made-up words, a speech
verb and confusable words ("to", "knew"), so every word memo of every scorer sees new keys
all the time. Prints the peak RSS of this process as the text goes by: it must level off
(the memos are bounded by ``resources.WORD_CACHE_SIZE``), whatever the amount of text.
"""

from __future__ import annotations

import random
import resource
import sys
import time

from credscore.pipeline import Pipeline

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def junk_document(rng: random.Random, lines: int = 300) -> str:
    def word() -> str:
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 12)))

    return "\n".join(
        f"{word().title()} {word().title()} said {word()} to {word()} then {word()} knew {word()}."
        for _ in range(lines)
    )


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1400
    rng = random.Random(1)
    pipeline = Pipeline.default()
    start = time.perf_counter()
    total = 0
    for index in range(count):
        text = junk_document(rng)
        total += len(text)
        pipeline.score(text)
        if index % 200 == 0:
            print(f"{total / 1e6:6.1f} MB of text  peak RSS {peak_mb()} MB  "
                  f"{time.perf_counter() - start:5.0f} s", flush=True)
    print(f"peak RSS {peak_mb()} MB after {total / 1e6:.1f} MB of text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
