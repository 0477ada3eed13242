"""A hostile run of thousands of comment cues must cost time linear in its length: the
thread-start walk reads what the cues after each one hold from tables built once (it used
to rebuild them per cue: 8 s for 16,000 mail header lines). A ratio of CPU times, never a
timed assertion: four times the text must cost well under sixteen times the time."""

from __future__ import annotations

import time

from credscore.segment import noise_segmenter

BLOCK = "Re: [list] Topic\nFrom: Jane <j@x>\nDate: 3 Mar 2026\nText.\n"


def _cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        noise_segmenter(text)
        best = min(best, time.process_time() - started)
    return best


def test_a_long_run_of_mail_header_blocks_is_segmented_in_linear_time() -> None:
    short = _cpu_seconds(BLOCK * 1_000)
    long = _cpu_seconds(BLOCK * 4_000)
    assert long / max(short, 1e-6) < 8.0  # linear: about 4; quadratic: about 16
