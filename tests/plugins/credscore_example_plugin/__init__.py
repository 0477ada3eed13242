"""An outside scorer, packaged the way a third party would ship one.

The ``credscore_example_plugin-0.1.0.dist-info`` folder beside this package is what ``pip``
would leave behind: its ``entry_points.txt`` declares the scorer in the ``credscore.scorers``
group. Putting this folder on ``sys.path`` is enough for importlib.metadata to find it.
"""

from __future__ import annotations

from credscore import Analysis, Finding, ScorerResult


class ExclamationScorer:
    """Sensational punctuation: the sub-score falls with exclamation marks per sentence."""

    name = "exclamation"
    default_weight = 0.25
    description = "Exclamation marks per sentence (example third-party plug-in)."

    def __init__(self, penalty: float = 50.0) -> None:
        self.penalty = penalty

    def score(self, analysis: Analysis) -> ScorerResult:
        findings = [
            Finding.at(analysis.text, self.name, "exclamation", start, end, "An exclamation mark.")
            for start, end, token in zip(
                analysis.token_starts, analysis.token_ends, analysis.token_texts
            )
            if token == "!"
        ]
        per_sentence = len(findings) / max(1, len(analysis.sentences))
        return ScorerResult(
            score=max(0.0, 100.0 - self.penalty * per_sentence),
            metrics={"exclamations": len(findings), "exclamations_per_sentence": per_sentence},
            findings=findings,
        )
