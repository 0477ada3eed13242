"""Injected-error benchmark for the ``typos`` scorer.

Takes clean news-like paragraphs (``typos_clean_news.txt`` beside this script: written for
the benchmark, full of unusual proper nouns, British and American spelling, URLs and
handles), then

* runs the scorer on the clean text: every finding there is a false flag;
* injects one real-word error at a time (each confusable word swapped for each member of its
  confusion set) and checks that a ``real_word_error`` covers it with the original word as
  suggestion;
* injects one non-word at a time into a common word: a random character edit (deletion,
  insertion, substitution by a keyboard neighbour, transposition of two letters) or a common
  misspelling taken from codespell's list, and checks for a ``misspelling`` with the original
  word as suggestion.

Run:  .venv/bin/python benchmarks/typos_injected.py [--min-log-ratio X] [--sweep]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from credscore.analysis import analyse
from credscore.confusion import confusion_sets
from credscore.model import Document, Finding
from credscore.scorers.typos import TyposScorer
from credscore.spelling import known_misspellings, word_counts, zipf

HERE = Path(__file__).resolve().parent
TITLE = "Regional news roundup\n"
KEYBOARD = {
    "q": "wa",
    "w": "qes",
    "e": "wrd",
    "r": "etf",
    "t": "ryg",
    "y": "tuh",
    "u": "yij",
    "i": "uok",
    "o": "ipl",
    "p": "ol",
    "a": "qsz",
    "s": "adwx",
    "d": "sfe",
    "f": "dgr",
    "g": "fht",
    "h": "gjy",
    "j": "hku",
    "k": "jli",
    "l": "kop",
    "z": "asx",
    "x": "zcs",
    "c": "xvd",
    "v": "cbf",
    "b": "vng",
    "n": "bmh",
    "m": "nj",
}


CORPORA = {"dev": "typos_clean_news.txt", "heldout": "typos_heldout_news.txt"}


# The pairs the issue names: the errors a news corpus most often carries.
CLASSIC = {
    frozenset(pair.split())
    for pair in (
        "knew new",
        "their there",
        "then than",
        "loose lose",
        "affect effect",
        "to too",
        "weather whether",
        "past passed",
        "principal principle",
        "peace piece",
        "break brake",
        "accept except",
        "quiet quite",
        "advice advise",
        "lead led",
    )
}


def clean_paragraphs(corpus: str = "dev") -> list[str]:
    lines = (HERE / CORPORA[corpus]).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def findings_of(scorer: TyposScorer, text: str) -> tuple[Finding, ...]:
    return scorer.score(analyse(Document("bench", text))).findings


@dataclass
class Tally:
    injected: int = 0
    found: int = 0
    right_suggestion: int = 0
    false_flags: int = 0
    by_word: Counter[str] = field(default_factory=Counter)

    def line(self, name: str) -> str:
        precision = self.found / max(1, self.found + self.false_flags)
        recall = self.found / max(1, self.injected)
        accuracy = self.right_suggestion / max(1, self.found)
        return (
            f"{name:<28} injected {self.injected:5d}  found {self.found:5d}  "
            f"P {precision:.3f}  R {recall:.3f}  suggestion {accuracy:.3f}"
        )


def word_slots(paragraph: str) -> Iterator[tuple[int, int, str]]:
    """Lower-case ASCII word tokens of a paragraph with their offsets."""
    analysis = analyse(Document("slots", TITLE + paragraph))
    offset = len(TITLE)
    for start, end, token in zip(
        analysis.token_starts, analysis.token_ends, analysis.token_texts, strict=True
    ):
        if start >= offset and token.isalpha() and token.isascii() and token.islower():
            yield start - offset, end - offset, token


def score_injection(
    scorer: TyposScorer,
    tally: Tally,
    paragraph: str,
    start: int,
    end: int,
    replacement: str,
    original: str,
    kind: str,
) -> None:
    text = TITLE + paragraph[:start] + replacement + paragraph[end:]
    span_start = len(TITLE) + start
    span_end = span_start + len(replacement)
    tally.injected += 1
    hit = False
    for finding in findings_of(scorer, text):
        overlaps = finding.start < span_end and span_start < finding.end
        if overlaps and finding.kind == kind and not hit:
            hit = True
            tally.found += 1
            if finding.suggestion is not None and finding.suggestion.lower() == original:
                tally.right_suggestion += 1
        elif not overlaps:
            tally.false_flags += 1
    if not hit:
        tally.by_word[f"{original}->{replacement}"] += 1


def edit(word: str, rng: random.Random) -> str:
    position = rng.randrange(len(word))
    choice = rng.randrange(4)
    letter = word[position]
    if choice == 0 and len(word) > 4:
        return word[:position] + word[position + 1 :]
    if choice == 1:
        return word[:position] + rng.choice(KEYBOARD.get(letter, "e")) + word[position:]
    if choice == 2:
        return word[:position] + rng.choice(KEYBOARD.get(letter, "e")) + word[position + 1 :]
    if position + 1 < len(word) and word[position] != word[position + 1]:
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    return word[:position] + letter + word[position:]


def is_non_word(candidate: str) -> bool:
    return candidate not in word_counts() and zipf(candidate) < 1.0


def run(
    min_log_ratio: float, seed: int = 5, verbose: bool = True, corpus: str = "dev"
) -> dict[str, Tally]:
    scorer = TyposScorer(min_log_ratio=min_log_ratio)
    paragraphs = clean_paragraphs(corpus)
    rng = random.Random(seed)
    confusables = confusion_sets()
    misspelling_of: dict[str, list[str]] = {}
    for wrong, right in known_misspellings().items():
        misspelling_of.setdefault(right, []).append(wrong)
    names = ("clean", "real_word", "real_word_classic", "edit", "common_misspelling")
    tallies = {name: Tally() for name in names}

    clean_words = 0
    clean_false = Counter[str]()
    for index in range(0, len(paragraphs), 4):
        text = TITLE + "\n".join(paragraphs[index : index + 4])
        clean_words += analyse(Document("c", text)).word_count
        for finding in findings_of(scorer, text):
            clean_false[f"{finding.kind}:{finding.text}->{finding.suggestion}"] += 1
    tallies["clean"].false_flags = sum(clean_false.values())

    for paragraph in paragraphs:
        slots = list(word_slots(paragraph))
        for start, end, word in slots:
            for alternative in confusables.get(word, ()):
                if frozenset((word, alternative)) in CLASSIC:
                    score_injection(
                        scorer,
                        tallies["real_word_classic"],
                        paragraph,
                        start,
                        end,
                        alternative,
                        word,
                        "real_word_error",
                    )
                score_injection(
                    scorer,
                    tallies["real_word"],
                    paragraph,
                    start,
                    end,
                    alternative,
                    word,
                    "real_word_error",
                )
        common = [slot for slot in slots if len(slot[2]) >= 4 and slot[2] in word_counts()]
        for start, end, word in rng.sample(common, min(3, len(common))):
            typo = edit(word, rng)
            if is_non_word(typo):
                score_injection(
                    scorer, tallies["edit"], paragraph, start, end, typo, word, "misspelling"
                )
        for start, end, word in slots:
            if word in misspelling_of:
                typo = rng.choice(sorted(misspelling_of[word]))
                score_injection(
                    scorer,
                    tallies["common_misspelling"],
                    paragraph,
                    start,
                    end,
                    typo,
                    word,
                    "misspelling",
                )
    if verbose:
        print(
            f"clean text: {clean_words} words, {len(paragraphs)} paragraphs, "
            f"{tallies['clean'].false_flags} false flags"
        )
        for item, count in clean_false.most_common(30):
            print(f"   false flag {count} x {item}")
        for name in names[1:]:
            print(tallies[name].line(name))
            missed = tallies[name].by_word.most_common(12)
            print("   missed e.g.", ", ".join(f"{k}" for k, _ in missed))
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-log-ratio", type=float, default=TyposScorer().min_log_ratio)
    parser.add_argument("--sweep", action="store_true", help="try several log-ratio thresholds")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="dev")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    if args.sweep:
        for threshold in (2.0, 2.5, 3.0, 3.5, 4.0, 4.6, 5.5):
            tally = run(threshold, verbose=False, corpus=args.corpus)["real_word"]
            print(f"min_log_ratio {threshold}: {tally.line('real_word')}")
    else:
        run(args.min_log_ratio, corpus=args.corpus)
    print(f"({time.perf_counter() - began:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
