"""Dask: the same corpus scored locally and on a two-worker LocalCluster gives identical
reports, through the bag API, the dataframe API and ``credscore score --dask``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")
pandas = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import credscore  # noqa: E402
from batch_corpus import write_corpus  # noqa: E402
from credscore.cli import EXIT_OK, main  # noqa: E402
from credscore.dask import score_bag, score_dataframe  # noqa: E402
from credscore.frame import score_frame  # noqa: E402
from credscore.model import Report  # noqa: E402


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as local_cluster, Client(local_cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("dask-corpus")
    return folder, write_corpus(folder, 16, seed=5)


def test_bag_on_a_cluster_equals_local(cluster: Any, corpus: tuple[Path, list[str]]) -> None:
    folder, ids = corpus
    local = [r.to_dict() for r in credscore.score_folder(folder, jobs=1)]
    documents = [(doc_id, (folder / doc_id).read_text(encoding="utf-8")) for doc_id in ids]
    bag = db.from_sequence(documents, npartitions=4)
    remote = score_bag(bag).map(Report.to_dict).compute(scheduler=cluster)
    assert remote == local


def test_bare_strings_get_stable_ids(cluster: Any) -> None:
    texts = ["First text. It is short.", "Second text, also short."]
    bag = db.from_sequence(texts, npartitions=2)
    first = [r.id for r in score_bag(bag).compute(scheduler=cluster)]
    again = [r.id for r in score_bag(bag).compute(scheduler="sync")]
    assert first == again and len(set(first)) == 2 and first[0].startswith("sha1:")


def test_dataframe_on_a_cluster_equals_score_frame(cluster: Any,
                                                   corpus: tuple[Path, list[str]]) -> None:
    folder, ids = corpus
    texts = pandas.Series([(folder / i).read_text(encoding="utf-8") for i in ids], index=ids)
    frame = pandas.DataFrame({"text": texts, "url": [f"https://x.test/{i}" for i in ids]})
    ddf = dd.from_pandas(frame, npartitions=3)
    remote = score_dataframe(ddf, "text", id_column="url").compute(scheduler=cluster)
    assert list(remote.index) == ids
    assert list(remote["id"]) == list(frame["url"])
    local = score_frame(texts.set_axis(frame["url"].to_list()))
    for column in remote.columns:
        if column in ("id", "error"):
            continue
        assert remote[column].to_list() == pytest.approx(local[column].to_list(), nan_ok=True)


def test_cli_on_a_cluster_equals_local(cluster: Any, corpus: tuple[Path, list[str]],
                                       tmp_path: Path) -> None:
    folder, ids = corpus
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    assert main(["score", str(folder), "--format", "jsonl", "-o", str(local), "-q"]) == EXIT_OK
    address = cluster.scheduler.address
    assert main(["score", str(folder), "--format", "jsonl", "-o", str(remote), "-q",
                 "--dask", address]) == EXIT_OK
    assert remote.read_bytes() == local.read_bytes()
    assert [json.loads(line)["id"] for line in remote.read_text().splitlines()] == ids
