"""Learn the "wiki" sentence model of the hedging scorer from CoNLL-2010 train.csv ONLY.

    pip install scikit-learn        # training only; credscore itself never needs it
    python benchmarks/train_conll2010_model.py [--data DIR] [--output FILE]

Every training sentence goes through credscore's own analysis and news cue finder; its
features are :func:`credscore.scorers.hedging.wiki_features` (words, word pairs, word
classes, whether a news cue fired). An L2-regularised logistic regression (C below) is fit
on them, and the decision threshold is the one that maximises the F1 of "a news cue fired
OR the model score exceeds the threshold" in 5-fold cross-validation on train.csv. The test
set is never read. Weights smaller than PRUNE in magnitude are dropped to keep the file small.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from conll2010_common import DEFAULT_DATA, REPO, analyses, load, precision_recall_f1
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from credscore.scorers.hedging import HedgingScorer, normalise, wiki_features

C = 0.1
MIN_FEATURE_COUNT = 2
PRUNE = 0.05
FOLDS = 5
OUTPUT = REPO / "src" / "credscore" / "data" / "hedging" / "conll2010_wiki_model.tsv"


def training_rows(data: Path) -> tuple[list[set[str]], list[bool], list[int]]:
    scorer = HedgingScorer(profile="news")
    features: list[set[str]] = []
    cues: list[bool] = []
    labels: list[int] = []
    for analysis, label in analyses(load(data / "train.csv")):
        has_cue = any(decision.uncertain for decision in scorer.analyse_sentences(analysis))
        tokens = [normalise(token) for token in analysis.token_texts]
        features.append(wiki_features(tokens, has_cue=has_cue))
        cues.append(has_cue)
        labels.append(label)
    return features, cues, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    features, cues, labels = training_rows(args.data)
    counts: dict[str, int] = {}
    for row in features:
        for feature in row:
            counts[feature] = counts.get(feature, 0) + 1
    kept = [{f: 1 for f in row if counts[f] >= MIN_FEATURE_COUNT} for row in features]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(kept)
    gold = np.array(labels)
    cue_fired = np.array(cues, dtype=bool)
    model = LogisticRegression(C=C, max_iter=5000)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
    held_out = cross_val_predict(model, matrix, gold, cv=folds, method="decision_function")
    best_f1, threshold = max(
        (precision_recall_f1(list((held_out > t) | cue_fired), labels)[2], float(t))
        for t in np.round(np.arange(-3.0, 1.01, 0.05), 2)
    )
    model.fit(matrix, gold)
    weights = dict(zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True))
    lines = [
        "# Linear sentence model of the hedging scorer's \"wiki\" profile. LEARNED from the",
        "# CoNLL-2010 shared task Wikipedia training set (train.csv) ONLY, by",
        f"# benchmarks/train_conll2010_model.py: logistic regression (C={C}) over",
        f"# credscore.scorers.hedging.wiki_features; threshold by {FOLDS}-fold CV on train",
        f"# (CV F1 of 'cue OR score > threshold' = {best_f1:.3f}). Weights |w| < {PRUNE} pruned.",
        "# Format: feature<TAB>weight; <bias> and <threshold> are the intercept and cut-off.",
        f"<bias>\t{model.intercept_[0]:.4f}",
        f"<threshold>\t{threshold:.2f}",
    ]
    lines += [
        f"{feature}\t{weight:.4f}"
        for feature, weight in sorted(weights.items())
        if abs(weight) >= PRUNE
    ]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"CV F1 on train {best_f1:.3f} at threshold {threshold:.2f}; "
          f"{len(lines) - 8} weights written to {args.output}")


if __name__ == "__main__":
    main()
