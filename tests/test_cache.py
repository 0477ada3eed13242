"""The disk cache of derived tables: a pure accelerator, never a source of errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from credscore import cache


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CREDSCORE_CACHE_DIR", str(folder))
    return folder


class Builder:
    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_second_call_reads_what_the_first_built(cache_folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("alpha\nbeta\n", encoding="utf-8")
    table = {"alpha": 1, "beta": 2, "naïve": 3}
    builder = Builder(table)
    first = cache.derived("table", builder, dict, [source])
    second = cache.derived("table", builder, dict, [source])
    assert first == second == table
    assert builder.calls == 1
    assert len(list(cache_folder.glob("table-*.marshal"))) == 1


def test_an_edited_input_rebuilds(cache_folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("alpha\n", encoding="utf-8")
    builder = Builder(frozenset({"alpha"}))
    cache.derived("words", builder, frozenset, [source])
    source.write_text("alpha\nbeta\n", encoding="utf-8")
    builder.value = frozenset({"alpha", "beta"})
    assert cache.derived("words", builder, frozenset, [source]) == {"alpha", "beta"}
    assert builder.calls == 2


def test_a_corrupt_or_foreign_file_is_rebuilt(cache_folder: Path) -> None:
    builder = Builder({"x": 1})
    cache.derived("table", builder, dict)
    (path,) = cache_folder.glob("table-*.marshal")
    for damage in (b"", b"garbage", path.read_bytes()[:-3]):
        path.write_bytes(damage)
        assert cache.derived("table", builder, dict) == {"x": 1}
    assert builder.calls == 4


def test_a_value_of_the_wrong_kind_is_rebuilt(cache_folder: Path) -> None:
    cache.derived("table", Builder([1, 2]), list)
    builder = Builder({"x": 1})
    assert cache.derived("table", builder, dict) == {"x": 1}
    assert builder.calls == 1


def test_turned_off_it_builds_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CREDSCORE_CACHE_DIR", "off")
    builder = Builder((1, 2))
    cache.derived("t", builder, tuple)
    cache.derived("t", builder, tuple)
    assert builder.calls == 2
    assert cache.cache_dir() is None


def test_an_unwritable_folder_costs_only_the_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CREDSCORE_CACHE_DIR", str(blocker / "cache"))
    builder = Builder({"x"})
    assert cache.derived("t", builder, set) == {"x"}
    assert cache.derived("t", builder, set) == {"x"}
    assert builder.calls == 2


def test_values_marshal_cannot_store_are_returned_uncached(cache_folder: Path) -> None:
    value = {"f": os.path}  # a module: not a marshal type
    builder = Builder(value)
    assert cache.derived("odd", builder, dict) is value
    assert not list(cache_folder.glob("odd-*"))


def test_default_location_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CREDSCORE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if os.name != "nt":
        assert cache.cache_dir() == tmp_path / "credscore"


def test_an_edited_builder_module_rebuilds(cache_folder: Path, tmp_path: Path) -> None:
    module = tmp_path / "builder_module.py"
    module.write_text("def build():\n    return {'a': 1}\n", encoding="utf-8")
    namespace: dict[str, object] = {}
    exec(compile(module.read_text(encoding="utf-8"), str(module), "exec"), namespace)
    assert cache.derived("mod", namespace["build"], dict) == {"a": 1}  # type: ignore[arg-type]
    module.write_text("def build():\n    return {'a': 2, 'b': 3}\n", encoding="utf-8")
    exec(compile(module.read_text(encoding="utf-8"), str(module), "exec"), namespace)
    assert cache.derived("mod", namespace["build"], dict) == {"a": 2, "b": 3}  # type: ignore[arg-type]


def test_the_real_tables_read_back_equal_to_a_fresh_build(
    cache_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from credscore import confusion
    from credscore.scorers import readability

    builders = [
        ("typos-bigrams", confusion._build_bigram_tables, tuple),
        ("cmu-syllables", readability._build_cmu_syllable_counts, dict),
    ]
    for name, build, kind in builders:
        fresh = build()
        cache.derived(name, build, kind)  # builds and writes
        assert list(cache_folder.glob(f"{name}-*.marshal"))
        with monkeypatch.context() as patch:  # a rebuild would write again
            patch.setattr(cache, "_write", lambda *_: pytest.fail("rebuilt, not read"))
            read_back = cache.derived(name, build, kind)
        assert read_back == fresh
