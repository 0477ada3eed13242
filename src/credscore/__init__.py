"""credscore: score how credible a news-like text document is, and show why.

>>> import credscore
>>> report = credscore.score("Officials said the bridge would reopen in May.", id="example")
>>> 0 <= report.score <= 100
True
"""

from credscore.analysis import Analysis, Sentence, analyse
from credscore.batch import score_documents, score_folder
from credscore.frame import score_frame
from credscore.model import (
    Document,
    Finding,
    Report,
    ReportError,
    ScorerResult,
    Segment,
    Span,
    Stats,
)
from credscore.pipeline import ConfigError, Pipeline, PipelineConfig, score, weighted_mean
from credscore.registry import Registry, Scorer, register_scorer, registry

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "ConfigError",
    "Document",
    "Finding",
    "Pipeline",
    "PipelineConfig",
    "Registry",
    "Report",
    "ReportError",
    "Scorer",
    "ScorerResult",
    "Segment",
    "Sentence",
    "Span",
    "Stats",
    "__version__",
    "analyse",
    "register_scorer",
    "registry",
    "score",
    "score_documents",
    "score_folder",
    "score_frame",
    "weighted_mean",
]
