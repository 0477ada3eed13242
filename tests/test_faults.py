"""Configuration and plug-in faults: a bad config is a clear ConfigError (CLI exit 2, one
line on stderr, no traceback); a scorer that raises, returns garbage or cannot be created
gives an error record naming it for that document while the built-in scorers still report
and the batch goes on (CLI exit 3 when any document has an error)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from credscore import (
    Analysis,
    ConfigError,
    Finding,
    Pipeline,
    PipelineConfig,
    Registry,
    Report,
    ScorerResult,
    Segment,
    Span,
)
from credscore.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from credscore.output import jsonl_line
from credscore.registry import ENTRY_POINT_GROUP
from support import ROOT, assert_valid_report, schema_errors

TEXT = "Harbour plan approved\nThe council approved the harbour plan on Tuesday, officials said."

# --- configuration -------------------------------------------------------------------------------

BAD_CONFIGS = {
    "not TOML": ("scorers = [readability", "cannot read configuration"),
    "scorers not a list": ('scorers = "readability"', "'scorers' must be a list"),
    "scorers not names": ("scorers = [1, 2]", "'scorers' must be a list"),
    "scorer listed twice": ('scorers = ["readability", "readability"]', "more than once"),
    "unknown scorer": ('scorers = ["no_such_scorer"]', "no scorer named 'no_such_scorer'"),
    "unknown key": ("colour = 'blue'", "unknown configuration keys: colour"),
    "weight not a number": ('[weights]\nreadability = "heavy"', "'weights' must map"),
    "negative weight": ("[weights]\nreadability = -1", "'weights' must map"),
    "boolean weight": ("[weights]\nreadability = true", "'weights' must map"),
    "infinite weight": ("[weights]\nreadability = inf", "'weights' must map"),
    "nan weight": ("[weights]\nreadability = nan", "'weights' must map"),
    "weights a list": ("weights = [1, 2]", "'weights' must map"),
    "weight of a scorer not enabled": ("[weights]\nno_such_scorer = 1", "weights for scorers"),
    "options not tables": ("[options]\nreadability = 3", "'options' must hold one table"),
    "unknown option": ("[options.readability]\nno_such_option = 1", "scorer 'readability'"),
    "options of a scorer not enabled": ("[options.no_such_scorer]\nx = 1", "options for scorers"),
}


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_bad_config_is_a_clear_config_error(tmp_path: Path, case: str) -> None:
    content, message = BAD_CONFIGS[case]
    path = _write(tmp_path, "credscore.toml", content)
    with pytest.raises(ConfigError, match=message):
        Pipeline.from_config(path)


@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_bad_pyproject_table_is_a_clear_config_error(tmp_path: Path, case: str) -> None:
    content, message = BAD_CONFIGS[case]
    if case == "not TOML":
        body = content
    else:  # the same table under [tool.credscore]
        body = "\n".join(
            line.replace("[", "[tool.credscore.", 1) if line.startswith("[") else line
            for line in ["[tool.credscore]", *content.splitlines()]
        ).replace("[tool.credscore.tool.credscore]", "[tool.credscore]")
    path = _write(tmp_path, "pyproject.toml", "[project]\nname = 'x'\n" + body)
    with pytest.raises(ConfigError, match=message):
        Pipeline.from_config(path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("latin1.toml", b"scorers = ['readability'] # caf\xe9\n"),
        ("binary.toml", b"\x00\xff\xfe\x00junk"),
        ("empty.toml", b""),
    ],
)
def test_unreadable_or_empty_config(tmp_path: Path, name: str, content: bytes) -> None:
    path = _write(tmp_path, name, content)
    if content:
        with pytest.raises(ConfigError, match="cannot read configuration"):
            Pipeline.from_config(path)
    else:  # an empty file is the default configuration
        assert Pipeline.from_config(path).scorers


def test_missing_config_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read configuration"):
        Pipeline.from_config(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="cannot read configuration"):
        Pipeline.from_config(tmp_path)


@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_cli_bad_config_exits_2_with_one_line(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _write(tmp_path, "credscore.toml", BAD_CONFIGS[case][0])
    doc = _write(tmp_path, "doc.txt", TEXT)
    assert main(["score", str(doc), "--config", str(config)]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("credscore: ") and "Traceback" not in captured.err
    assert BAD_CONFIGS[case][1].split(":")[0] in captured.err


# --- plug-in scorers that misbehave --------------------------------------------------------------


class Raising:
    name = "boom"
    default_weight = 1.0
    description = "raises on documents that say boom"

    def score(self, analysis: Analysis) -> ScorerResult:
        if "boom" in analysis.text:
            raise RuntimeError("kaboom")
        return ScorerResult(90.0)


def _returning(result: Any) -> type:
    class Returning:
        name = "bad"
        default_weight = 1.0
        description = "returns a broken result"

        def score(self, analysis: Analysis) -> Any:
            return result(analysis) if callable(result) else result

    return Returning


def _bad_span(analysis: Analysis) -> ScorerResult:
    return ScorerResult(50.0, findings=[Finding("bad", "hedge", 0, 4, "nope", "m")])


def _past_the_end(analysis: Analysis) -> ScorerResult:
    end = len(analysis.text) + 5
    return ScorerResult(50.0, findings=[Finding("bad", "hedge", end - 1, end, "", "m")])


def _bad_related(analysis: Analysis) -> ScorerResult:
    finding = Finding.at(analysis.text, "bad", "x", 0, 3, "m", related=(Span(1, 2, "?!"),))
    return ScorerResult(50.0, findings=[finding])


BROKEN_RESULTS = {
    "None": None,
    "a dict": {"score": 50},
    "NaN metric": ScorerResult(50.0, metrics={"x": math.nan}),
    "infinite metric": ScorerResult(50.0, metrics={"x": math.inf}),
    "bool metric": ScorerResult(50.0, metrics={"x": True}),
    "string metric": ScorerResult(50.0, metrics={"x": "high"}),  # type: ignore[dict-item]
    "finding text that is not the document's": _bad_span,
    "finding past the end": _past_the_end,
    "related span with the wrong text": _bad_related,
    "a finding that is not a Finding": ScorerResult(50.0, findings=["oops"]),  # type: ignore[list-item]
}


def _registry_with(name: str, factory: Any) -> Registry:
    registry = Registry(group=ENTRY_POINT_GROUP)  # the built-ins, found as usual
    registry.register(name, factory)
    return registry


def _check_error_names(report: Report, scorer: str, text: str) -> None:
    assert report.error is not None and report.error.type == "scorer_error"
    assert repr(scorer) in report.error.message
    assert report.score is not None
    assert scorer not in report.scorers
    assert "readability" in report.scorers  # the built-ins still report
    assert_valid_report(report.to_dict(), text)
    Report.from_dict(json.loads(jsonl_line(report)))  # the writer copes


def test_a_raising_scorer_is_an_error_naming_it() -> None:
    pipeline = Pipeline.from_config(
        PipelineConfig(), scorer_registry=_registry_with("boom", Raising)
    )
    texts = ["First document, all fine.", "This one says boom.", "Last one, fine again."]
    reports = list(pipeline.score_many(texts))
    assert [r.id for r in reports] == ["doc-0", "doc-1", "doc-2"]
    _check_error_names(reports[1], "boom", texts[1])
    assert "RuntimeError: kaboom" in reports[1].error.message  # type: ignore[union-attr]
    for report in (reports[0], reports[2]):
        assert report.error is None and "boom" in report.scorers


@pytest.mark.parametrize("case", sorted(BROKEN_RESULTS))
def test_a_broken_result_is_an_error_naming_the_scorer(case: str) -> None:
    registry = _registry_with("bad", _returning(BROKEN_RESULTS[case]))
    pipeline = Pipeline.from_config(PipelineConfig(), scorer_registry=registry)
    _check_error_names(pipeline.score(TEXT), "bad", TEXT)


def test_findings_outside_the_article_are_allowed() -> None:
    # noise findings (comments, boilerplate) lie outside the article by design
    def noise_finding(analysis: Analysis) -> ScorerResult:
        text = analysis.text
        return ScorerResult(70.0, findings=[Finding.at(text, "bad", "comments", 0, 5, "m")])

    pipeline = Pipeline.from_config(
        PipelineConfig(), scorer_registry=_registry_with("bad", _returning(noise_finding))
    )
    assert pipeline.score(TEXT).error is None


class CannotStart:
    name = "nostart"
    default_weight = 1.0
    description = "its data file is missing"

    def __init__(self) -> None:
        raise FileNotFoundError("lexicon.txt")

    def score(self, analysis: Analysis) -> ScorerResult:  # pragma: no cover
        raise AssertionError


def test_a_discovered_scorer_that_cannot_start_is_named_in_every_report() -> None:
    pipeline = Pipeline.from_config(
        PipelineConfig(), scorer_registry=_registry_with("nostart", CannotStart)
    )
    report = pipeline.score(TEXT)
    _check_error_names(report, "nostart", TEXT)
    assert "FileNotFoundError" in report.error.message  # type: ignore[union-attr]


def test_a_configured_scorer_that_cannot_start_is_a_config_error() -> None:
    registry = _registry_with("nostart", CannotStart)
    with pytest.raises(ConfigError, match="nostart"):
        Pipeline.from_config(PipelineConfig(scorers=("nostart",)), scorer_registry=registry)


def test_a_segmenter_that_raises_or_breaks_the_partition() -> None:
    scorers = Pipeline.default().scorers

    def raising(text: str) -> tuple[Segment, ...]:
        raise RuntimeError("segmenter bug")

    def gappy(text: str) -> tuple[Segment, ...]:
        return (Segment("body", 0, 1),)

    for segmenter in (raising, gappy):
        report = Pipeline(scorers, segmenter=segmenter).score(TEXT, id="x")
        assert report.error is not None and report.error.type == "analysis_error"
        assert report.score is None and schema_errors(report.to_dict()) == []


# --- the CLI, end to end, with a real installed-style plug-in -----------------------------------

PLUGIN_SOURCE = """
from credscore import ScorerResult


class Boom:
    name = "boom"
    default_weight = 1.0
    description = "raises on documents that say boom"

    def score(self, analysis):
        if "boom" in analysis.text:
            raise RuntimeError("kaboom")
        return ScorerResult(90.0)


class NoStart:
    name = "nostart"
    default_weight = 1.0
    description = "cannot start"

    def __init__(self):
        raise RuntimeError("no lexicon")

    def score(self, analysis):
        raise AssertionError
"""


def _install_plugin(root: Path, entry_points: str) -> None:
    (root / "faulty_plugin.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    info = root / "faulty_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: faulty-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[credscore.scorers]\n{entry_points}\n")


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.run(
        [sys.executable, "-m", "credscore", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def _corpus(root: Path) -> Path:
    folder = root / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("A calm report about the harbour.", encoding="utf-8")
    (folder / "b.txt").write_text("This document says boom twice: boom.", encoding="utf-8")
    (folder / "c.txt").write_text("Another calm report about the council.", encoding="utf-8")
    return folder


def test_cli_plugin_raising_on_one_document(tmp_path: Path) -> None:
    _install_plugin(tmp_path, "boom = faulty_plugin:Boom")
    out = tmp_path / "out.jsonl"
    run = _cli(tmp_path, "score", str(_corpus(tmp_path)), "--format", "jsonl", "-o", str(out))
    assert run.returncode == EXIT_PARTIAL, run.stderr
    reports = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert sorted(reports) == ["a.txt", "b.txt", "c.txt"]  # the batch went on
    assert reports["b.txt"]["error"]["type"] == "scorer_error"
    assert "'boom'" in reports["b.txt"]["error"]["message"]
    assert reports["a.txt"]["error"] is None and reports["c.txt"]["error"] is None
    assert all("readability" in r["scorers"] and schema_errors(r) == [] for r in reports.values())


def test_cli_plugin_that_cannot_start(tmp_path: Path) -> None:
    _install_plugin(tmp_path, "nostart = faulty_plugin:NoStart")
    out = tmp_path / "out.jsonl"
    run = _cli(tmp_path, "score", str(_corpus(tmp_path)), "--format", "jsonl", "-o", str(out))
    assert run.returncode == EXIT_PARTIAL, run.stderr
    reports = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(reports) == 3
    for report in reports:
        assert "'nostart'" in report["error"]["message"]
        assert "no lexicon" in report["error"]["message"]
        assert "readability" in report["scorers"] and report["score"] is not None
    listing = _cli(tmp_path, "scorers")
    assert listing.returncode == EXIT_OK, listing.stderr
    assert "nostart" in listing.stdout and "BROKEN" in listing.stdout
    assert "readability" in listing.stdout


def test_cli_plugin_that_fails_to_import(tmp_path: Path) -> None:
    _install_plugin(tmp_path, "ghost = no_such_module:Scorer")
    run = _cli(tmp_path, "score", str(_corpus(tmp_path)), "--format", "jsonl")
    assert run.returncode == EXIT_OK, run.stderr  # skipped with a warning, listed as broken
    assert len(run.stdout.splitlines()) == 3
    listing = _cli(tmp_path, "scorers")
    assert "ghost" in listing.stdout and "BROKEN" in listing.stdout


def test_cli_config_naming_a_scorer_that_cannot_start(tmp_path: Path) -> None:
    _install_plugin(tmp_path, "nostart = faulty_plugin:NoStart")
    config = _write(tmp_path, "credscore.toml", 'scorers = ["readability", "nostart"]')
    run = _cli(tmp_path, "score", str(_corpus(tmp_path)), "--config", str(config))
    assert run.returncode == EXIT_USAGE
    assert run.stderr.startswith("credscore: scorer 'nostart'") and "Traceback" not in run.stderr
