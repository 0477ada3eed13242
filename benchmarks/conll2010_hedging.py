"""CoNLL-2010 (Wikipedia) sentence-level uncertainty: precision / recall / F1 of the
uncertain class, for the hedging scorer's two profiles.

    python benchmarks/conll2010_hedging.py [--data DIR]

``--data`` defaults to ../shared/bench-data/conll2010-wikipedia relative to the repository
(the project's shared folder). Each CSV row goes through credscore's own analysis (PTB tokens
are detokenised first); a row is uncertain when the scorer marks any of its sentences
uncertain. ``news`` uses the news hedge/weasel cues only; ``wiki`` adds the linear model
learned from train.csv (benchmarks/train_conll2010_model.py). Figures on train.csv are for
reference only (the model was fit on it). References: the 2010 shared-task winner scored
F1 60.2 on the Wikipedia test set, the best published result 70.2 (neural).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from conll2010_common import DEFAULT_DATA, analyses, load, precision_recall_f1

from credscore.scorers.hedging import PROFILES, HedgingScorer


def evaluate(path: Path, profile: str) -> tuple[float, float, float, float]:
    scorer = HedgingScorer(profile=profile)
    rows = load(path)
    started = time.perf_counter()
    predicted: list[bool] = []
    gold: list[int] = []
    for analysis, label in analyses(rows):
        decisions = scorer.analyse_sentences(analysis)
        predicted.append(any(decision.uncertain for decision in decisions))
        gold.append(label)
    elapsed = time.perf_counter() - started
    return (*precision_recall_f1(predicted, gold), len(rows) / elapsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    print(f"{'split':6s} {'profile':8s} {'P':>6s} {'R':>6s} {'F1':>6s}  sentences/s")
    for split in ("test", "train"):
        for profile in PROFILES:
            precision, recall, f1, rate = evaluate(args.data / f"{split}.csv", profile)
            print(f"{split:6s} {profile:8s} {precision:6.3f} {recall:6.3f} {f1:6.3f}  {rate:9.0f}")


if __name__ == "__main__":
    main()
