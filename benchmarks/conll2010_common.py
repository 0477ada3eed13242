"""Shared helpers of the CoNLL-2010 benchmark and the script that learns the wiki cue model.

The CoNLL-2010 shared task (Farkas et al. 2010), Wikipedia part: sentences labeled 1 when
they hold a weasel or hedge cue ("uncertain"). The CSV files hold ``text,label`` with
Penn-Treebank-tokenised text; :func:`detokenise` turns it back into plain text so that the
sentences go through credscore's own analysis, exactly as an article would.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from credscore import Document, analyse
from credscore.analysis import Analysis
from credscore.model import Segment

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent.parent / "shared" / "bench-data" / "conll2010-wikipedia"
if not DEFAULT_DATA.exists():  # the worktree layout (/work/wt/<name>) or a plain checkout
    DEFAULT_DATA = REPO.parent / "shared" / "bench-data" / "conll2010-wikipedia"

PTB_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
CONTRACTION_RE = re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)(?= |$)", re.IGNORECASE)


def detokenise(ptb_text: str) -> str:
    """Plain text from PTB tokens: brackets and quotes back, contractions re-attached."""
    tokens = [PTB_BRACKETS.get(token, token) for token in ptb_text.split()]
    text = " ".join(tokens).replace("``", '"').replace("''", '"')
    return CONTRACTION_RE.sub(r"\1", text)


def load(path: Path) -> list[tuple[str, int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(detokenise(row["text"]), int(row["label"])) for row in csv.DictReader(handle)]


def analyses(rows: list[tuple[str, int]]) -> Iterator[tuple[Analysis, int]]:
    """Each benchmark sentence as a one-paragraph document, analysed by credscore."""
    for index, (text, label) in enumerate(rows):
        yield analyse(Document(f"conll-{index}", text), segmenter=body_only), label


def body_only(text: str) -> tuple[Segment, ...]:
    """A benchmark sentence is body text (the default segmenter would call it a title)."""
    return (Segment("body", 0, len(text)),) if text else ()


def precision_recall_f1(predicted: list[bool], gold: list[int]) -> tuple[float, float, float]:
    true_positives = sum(1 for p, g in zip(predicted, gold, strict=True) if p and g)
    predicted_positives = sum(predicted)
    gold_positives = sum(gold)
    precision = true_positives / predicted_positives if predicted_positives else 0.0
    recall = true_positives / gold_positives if gold_positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
