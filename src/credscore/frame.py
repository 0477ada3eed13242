"""pandas: :func:`score_frame` scores a Series of texts into a DataFrame of scores and
metrics. Needs pandas (the ``pandas`` extra); imported lazily."""

from __future__ import annotations

from typing import Any

from credscore.batch import flat_row, score_documents
from credscore.model import Document
from credscore.pipeline import Pipeline


def require_pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise RuntimeError("score_frame needs pandas: pip install 'credscore[pandas]'") from None
    return pandas


def score_frame(series: Any, *, pipeline: Pipeline | None = None, jobs: int | None = 1) -> Any:
    """One row per text of ``series`` (same index; the index gives the ids): ``id``,
    ``score``, ``error``, each scorer's sub-score and each ``scorer.metric``.

    Columns are the union over the documents; a metric a document lacks is NaN. ``jobs``
    scores in worker processes (``None``: all cores)."""
    pd = require_pandas()
    if not isinstance(series, pd.Series):
        series = pd.Series(series)
    documents = (
        Document(str(index), "" if text is None else str(text))
        for index, text in series.items()
    )
    rows = [flat_row(report) for report in score_documents(documents, jobs=jobs,
                                                              pipeline=pipeline)]
    columns: dict[str, None] = dict.fromkeys(("id", "score", "error"))
    for row in rows:
        columns.update(dict.fromkeys(row))
    frame = pd.DataFrame(rows, columns=list(columns), index=series.index)
    numeric = [c for c in columns if c not in ("id", "error")]
    frame[numeric] = frame[numeric].astype("float64")
    return frame
