"""Dask integration: score a ``dask.bag`` of documents or a ``dask.dataframe`` text column,
or send a CLI batch to an existing cluster. Needs the ``dask`` extra; imported lazily.

    import dask.bag as db
    from credscore.dask import score_bag, score_dataframe

    reports = score_bag(db.read_text("corpus/*.txt", files_per_partition=100)...)
    metrics = score_dataframe(ddf, text_column="text", id_column="url")

Each worker process builds (or receives) the pipeline once and reuses it for every partition
it runs. Dask does the scheduling; credscore brings only the per-partition function.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from credscore.batch import (
    WARM_UP_TEXT,
    Mode,
    Outcome,
    WorkerSpec,
    flat_row,
    process_source,
)
from credscore.io import DEFAULT_MAX_BYTES, Source
from credscore.model import Document, Report
from credscore.pipeline import Pipeline, default_pipeline

FIXED_COLUMNS = ("id", "score", "error")
DEFAULT_BATCH = 32


def require_dask() -> None:
    try:
        import dask  # noqa: F401
    except ImportError:
        raise RuntimeError("credscore.dask needs Dask: pip install 'credscore[dask]'") from None


def text_id(text: str) -> str:
    """A stable id for a document given as a bare string: a hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def as_document(item: Any, *, text_field: str = "text", id_field: str = "id") -> Document:
    """A Document from a Document, a ``(id, text)`` pair, a mapping or a bare string."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(text_id(item), item)
    if isinstance(item, Mapping):
        text = item[text_field]
        raw_id = item.get(id_field)
        return Document(text_id(text) if raw_id is None else str(raw_id), text)
    if isinstance(item, tuple) and len(item) == 2:
        return Document(str(item[0]), str(item[1]))
    raise TypeError(f"cannot score a {type(item).__name__}: give str, (id, text), dict or Document")


def score_partition(
    items: Iterable[Any],
    pipeline: Pipeline | None = None,
    text_field: str = "text",
    id_field: str = "id",
) -> list[Report]:
    """Reports for one partition (runs on a worker; the default pipeline is built once per
    worker process)."""
    active = pipeline if pipeline is not None else default_pipeline()
    return [
        active.score_document(as_document(item, text_field=text_field, id_field=id_field))
        for item in items
    ]


def score_bag(
    bag: Any, pipeline: Pipeline | None = None, *, text_field: str = "text", id_field: str = "id"
) -> Any:
    """A bag of :class:`Report` for a bag of documents (str, ``(id, text)``, dict, Document).

    Use ``.map(Report.to_dict)`` for plain dicts, ``.compute()`` to collect."""
    require_dask()
    return bag.map_partitions(score_partition, pipeline, text_field, id_field)


def metric_columns(pipeline: Pipeline | None = None) -> list[str]:
    """The columns of a metrics frame: id, score, error, then each scorer and its metrics,
    as the pipeline reports them for a small sample article."""
    active = pipeline if pipeline is not None else default_pipeline()
    probe = flat_row(active.score(WARM_UP_TEXT, "probe"))
    return list(FIXED_COLUMNS) + [c for c in probe if c not in FIXED_COLUMNS]


def rows_frame(rows: Sequence[Mapping[str, object]], columns: Sequence[str], index: Any) -> Any:
    """A pandas frame of flat rows with fixed dtypes (object id/error, float64 elsewhere)."""
    import pandas as pd

    data = {
        column: pd.Series(
            [row.get(column) for row in rows],
            index=index,
            dtype=object if column in ("id", "error") else "float64",
        )
        for column in columns
    }
    return pd.DataFrame(data, index=index, columns=list(columns))


def _score_frame_partition(
    frame: Any,
    text_column: str,
    id_column: str | None,
    columns: Sequence[str],
    pipeline: Pipeline | None,
) -> Any:
    active = pipeline if pipeline is not None else default_pipeline()
    ids = frame.index if id_column is None else frame[id_column]
    rows = [
        flat_row(active.score_document(Document(str(doc_id), "" if text is None else str(text))))
        for doc_id, text in zip(ids, frame[text_column], strict=True)
    ]
    return rows_frame(rows, columns, frame.index)


def score_dataframe(
    frame: Any,
    text_column: str = "text",
    id_column: str | None = None,
    pipeline: Pipeline | None = None,
    *,
    columns: Sequence[str] | None = None,
) -> Any:
    """A Dask DataFrame of scores and metrics for a text column, on the same index.

    Ids come from ``id_column`` or the index. The columns are fixed before computing (Dask
    needs them): by default those the pipeline reports for a sample article (see
    :func:`metric_columns`); a metric a scorer reports only for some documents still has its
    column when it appears in the sample, else pass ``columns``. Missing values are NaN."""
    require_dask()
    chosen = list(columns) if columns is not None else metric_columns(pipeline)
    import pandas as pd

    meta = rows_frame([], chosen, pd.RangeIndex(0))
    return frame.map_partitions(
        _score_frame_partition, text_column, id_column, chosen, pipeline, meta=meta
    )


# --------------------------------------------------------------------------- CLI on a cluster


def _score_batch(sources: list[Source], spec: WorkerSpec) -> list[Outcome]:
    return [process_source(source, spec) for source in sources]


def _batches(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    batch: list[Source] = []
    for source in sources:
        batch.append(source)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def score_sources_on_cluster(
    scheduler: Any,
    sources: Iterable[Source],
    pipeline: Pipeline,
    *,
    mode: Mode = "jsonl",
    max_bytes: int = DEFAULT_MAX_BYTES,
    ordered: bool = True,
    batch_size: int = DEFAULT_BATCH,
    window: int | None = None,
) -> Iterator[Outcome]:
    """Outcomes for ``sources`` scored on a Dask cluster (``scheduler``: an address or a
    ``distributed.Client``), in small batches, at most ``window`` batches in flight.

    File sources are read by the workers: they must see the same paths (a shared file
    system). JSONL lines and standard input travel with the task."""
    require_dask()
    import distributed

    dist: Any = distributed  # distributed's API is untyped
    client: Any = scheduler if isinstance(scheduler, dist.Client) else dist.Client(scheduler)
    owns_client = client is not scheduler
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = window or 4 * workers
        spec_future = client.scatter(WorkerSpec(pipeline, mode, max_bytes), broadcast=True)
        batches = _batches(sources, batch_size)
        in_flight: list[Any] = []
        pending = dist.as_completed()
        for batch in batches:
            future = client.submit(_score_batch, batch, spec_future, pure=False)
            in_flight.append(future)
            if not ordered:
                pending.add(future)
            if len(in_flight) >= limit:
                yield from _drain(in_flight, pending, ordered, keep=limit // 2)
        yield from _drain(in_flight, pending, ordered, keep=0)
    finally:
        if owns_client:
            client.close()


def _drain(in_flight: list[Any], pending: Any, ordered: bool, *, keep: int) -> Iterator[Outcome]:
    """Emit finished batches until at most ``keep`` remain in flight."""
    while len(in_flight) > keep:
        if ordered:
            future = in_flight.pop(0)
            outcomes: list[Outcome] = future.result()
        else:
            future = next(pending)
            in_flight.remove(future)
            outcomes = future.result()
        yield from outcomes
