"""An outside scorer, found through its entry point, runs like a built-in one."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from credscore import Pipeline, Registry
from credscore.registry import ENTRY_POINT_GROUP
from support import PLUGINS, ROOT


@pytest.fixture()
def plugin_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(PLUGINS))


def test_entry_point_discovery_finds_the_plugin(plugin_on_path: None) -> None:
    registry = Registry(group=ENTRY_POINT_GROUP)
    assert "exclamation" in registry.names()
    assert "readability" in registry.names()  # built-ins come the same way
    pipeline = Pipeline.from_config(
        __import__("credscore").PipelineConfig(), scorer_registry=registry
    )
    report = pipeline.score("Shocking news! You will not believe it! Really.")
    result = report.scorers["exclamation"]
    assert result.metrics["exclamations"] == 2
    assert [f.text for f in result.findings] == ["!", "!"]
    assert result.weight == 0.25


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(PLUGINS), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.run(
        [sys.executable, "-m", "credscore", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )


def test_plugin_shows_in_the_cli() -> None:
    listing = _cli("scorers")
    assert listing.returncode == 0, listing.stderr
    assert "exclamation" in listing.stdout
    table = _cli("score", "seeds")
    assert table.returncode == 0, table.stderr
    assert "exclamation" in table.stdout.splitlines()[0]


def test_a_broken_plugin_does_not_break_the_others(
    tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    root = Path(str(tmp_path))
    info = root / "broken_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[credscore.scorers]\nbroken = no_such_module:Scorer\n")
    monkeypatch.syspath_prepend(str(root))
    registry = Registry()
    assert "broken" not in registry.names()
    assert [b.name for b in registry.broken()] == ["broken"]
    assert "readability" in registry.names()
