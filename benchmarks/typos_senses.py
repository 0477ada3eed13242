"""Sense-cue benchmark for the ``typos`` scorer's real-word check (:mod:`credscore.senses`).

Takes clean news-like paragraphs (``typos_senses_news.txt`` beside this script: each uses
members of the sense-cue confusion sets correctly), then

* runs the scorer on each clean paragraph: every real-word finding there is a false flag;
* swaps one sense-cue word at a time for each of its twins ("poll" -> "pole") and checks
  that a ``real_word_error`` covers it with the original word as the suggestion.

Run:  .venv/bin/python benchmarks/typos_senses.py [--hostile]

``--hostile`` times (CPU) pages of one endless sentence and of many short ones, packed with
sense-cue words and their twins' cues, at doubling sizes: the ratio of successive times
stays near 2 when the check is linear (4 would be quadratic).
"""

from __future__ import annotations

import itertools
import re
import sys
import time
from pathlib import Path

from credscore.analysis import analyse
from credscore.model import Document, Finding
from credscore.scorers.typos import TyposScorer
from credscore.senses import sense_twins

HERE = Path(__file__).resolve().parent
TITLE = "Regional news roundup\n"
WORD_RE = re.compile(r"[A-Za-z]+")


def paragraphs() -> list[str]:
    lines = (HERE / "typos_senses_news.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def real_word_findings(scorer: TyposScorer, body: str) -> list[Finding]:
    analysis = analyse(Document(id="bench", text=TITLE + body))
    return [f for f in scorer.find(analysis) if f.kind == "real_word_error"]


HOSTILE_UNITS = (
    "the pole votes ballot minors colliery desert cake tenets landlord ",
    "A pole of voters. The minors at the colliery. Desert cake. Tenets, landlord, rent.\n",
)


def hostile() -> int:
    scorer = TyposScorer()
    worst = 0.0
    for unit in HOSTILE_UNITS:
        times = []
        for repeats in (2_000, 4_000, 8_000):
            analysis = analyse(Document(id="hostile", text=TITLE + unit * repeats))
            started = time.process_time()
            scorer.find(analysis)
            times.append(time.process_time() - started)
        ratios = [later / max(earlier, 1e-6) for earlier, later in itertools.pairwise(times)]
        worst = max(worst, *ratios)
        print(f"{unit[:30]!r:34} CPU s {[round(t, 3) for t in times]}  ratios {ratios}")
    return 1 if worst > 3.0 else 0


def main() -> int:
    if "--hostile" in sys.argv[1:]:
        return hostile()
    scorer = TyposScorer()
    twins = sense_twins()
    started = time.process_time()
    false_flags: list[str] = []
    injected = found = wrong_flags = 0
    missed: list[str] = []
    for body in paragraphs():
        for finding in real_word_findings(scorer, body):
            false_flags.append(f"{finding.text}->{finding.suggestion}: {body[:60]}")
        for match in WORD_RE.finditer(body):
            word = match.group()
            for twin in twins.get(word.lower(), ()):
                written = twin.capitalize() if word[0].isupper() else twin
                changed = body[: match.start()] + written + body[match.end() :]
                start = len(TITLE) + match.start()
                injected += 1
                hits = real_word_findings(scorer, changed)
                if any(f.start == start and f.suggestion.lower() == word.lower() for f in hits):
                    found += 1
                else:
                    missed.append(f"{word}->{twin}")
                wrong_flags += sum(1 for f in hits if f.start != start)
    recall = found / injected if injected else 0.0
    print(f"clean paragraphs: {len(paragraphs())}, {len(false_flags)} false flags")
    for flag in false_flags:
        print("   false flag", flag)
    print(f"injected {injected}  found {found}  R {recall:.3f}  other flags {wrong_flags}")
    print("   missed:", ", ".join(missed))
    print(f"({time.process_time() - started:.1f} s CPU)")
    return 1 if false_flags else 0


if __name__ == "__main__":
    sys.exit(main())
