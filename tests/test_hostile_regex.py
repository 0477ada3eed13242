"""No regular expression in credscore backtracks catastrophically on hostile text.

Every compiled pattern credscore holds is found two ways: module-level attributes of every
credscore module (also inside tuples, lists, sets and dict values), and every
``re.compile`` call made from credscore code while the modules are imported and a few
documents are scored (so lazily compiled lexicon patterns count too). Each pattern scans
hostile strings of n and 4n characters; linear scanning takes about 4x as long, quadratic
16x, exponential never returns. The scan runs in a subprocess with a timeout, so a
catastrophic pattern fails this test instead of hanging the suite; progress goes to stderr
so the culprit is named.

Run the scan alone: ``python tests/test_hostile_regex.py`` (prints JSON).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

SIZE = 3000  # characters in the short hostile string; the long one is 4x
MAX_RATIO = 9.0  # linear is ~4; quadratic ~16
MIN_SECONDS = 0.003  # below this the long scan is fast whatever the ratio says
HOSTILE_UNITS = (
    '"',
    "“",
    "”",
    "'",
    "’",
    "«",
    ".",
    "..",
    " ",
    "\n",
    "\r\n",
    "\t",
    "a",
    "A",
    "Aa ",
    "Kim ",
    "Kim Jong-un ",
    "1",
    "1,",
    "1.",
    "$1 ",
    "9 %",
    "-",
    "a-",
    "a'",
    "(",
    "[",
    "said ",
    "according to ",
    "Mr. ",
    "A. ",
    "“a ",
    "!",
    "?!",
    ", ",
    "\u200b",
    "\u0301",
    "é",
    "http://",
    "@a ",
    "# ",
    "&amp;",
    "<a>",
    "Reply\n",
    "5 years ago\n",
    "\x00",
)

# --- the scan (runs in a subprocess) -----------------------------------------------------------


def _patterns_in(value: Any) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            if isinstance(item, re.Pattern):
                yield item
    elif isinstance(value, dict):
        for item in value.values():
            if isinstance(item, re.Pattern):
                yield item


def collect_patterns() -> dict[str, re.Pattern[str]]:
    """Every str pattern credscore compiles, by a readable name."""
    found: dict[str, re.Pattern[str]] = {}
    original_compile = re.compile

    def recording_compile(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        compiled = original_compile(pattern, flags)
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if caller.startswith("credscore") and isinstance(compiled.pattern, str):
            found.setdefault(f"{caller}: {compiled.pattern[:60]!r}", compiled)
        return compiled

    re.compile = recording_compile  # type: ignore[assignment]
    try:
        import credscore
        from credscore.strategies import generate_article

        modules = [credscore]
        for info in pkgutil.walk_packages(credscore.__path__, "credscore."):
            if info.name.endswith("__main__"):  # runs the CLI when imported
                continue
            try:
                modules.append(importlib.import_module(info.name))
            except ImportError:  # optional dependencies (dask...)
                continue
        for seed in range(5):
            credscore.score(generate_article(seed).text)
        credscore.score("")
    finally:
        re.compile = original_compile
    for module in modules:
        for attribute, value in vars(module).items():
            for pattern in _patterns_in(value):
                if isinstance(pattern.pattern, str):
                    found.setdefault(f"{module.__name__}.{attribute}", pattern)
    # one entry per distinct compiled pattern
    unique: dict[tuple[str, int], str] = {}
    for name, pattern in sorted(found.items()):
        unique.setdefault((pattern.pattern, pattern.flags), name)
    return {name: found[name] for name in unique.values()}


def _scan_seconds(pattern: re.Pattern[str], text: str, repeats: int = 1) -> float:
    """CPU seconds of the scan (best of ``repeats``): CPU time, not wall clock, so that
    other processes loading the machine do not pass for a superlinear pattern."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for _match in pattern.finditer(text):
            pass
        best = min(best, time.process_time() - start)
    return best


def hostile_strings(
    size: int, units: Iterable[str] = HOSTILE_UNITS
) -> Iterable[tuple[str, str, str]]:
    """(unit, short, long) with ``long`` four times ``short``; with and without a tail."""
    for unit in units:
        count = max(1, size // len(unit))
        for tail in ("", "x!"):
            yield unit + tail, unit * count + tail, unit * (4 * count) + tail


def slow_patterns(
    patterns: dict[str, re.Pattern[str]],
    size: int = SIZE,
    units: Iterable[str] = HOSTILE_UNITS,
    progress: bool = False,
) -> list[dict[str, Any]]:
    """The (pattern, hostile unit) pairs whose scan time grows faster than linearly."""
    offenders: list[dict[str, Any]] = []
    for name, pattern in patterns.items():
        if progress:
            print(f"scanning {name}", file=sys.stderr, flush=True)
        for unit, short, long in hostile_strings(size, units):
            long_seconds = _scan_seconds(pattern, long)
            if long_seconds < MIN_SECONDS:
                continue
            ratio = long_seconds / max(_scan_seconds(pattern, short), 1e-9)
            # measure again before blaming it: on a busy machine one slow run is noise, a
            # superlinear pattern is slow every time
            for _ in range(3):
                if ratio <= MAX_RATIO:
                    break
                long_seconds = _scan_seconds(pattern, long, repeats=5)
                ratio = long_seconds / max(_scan_seconds(pattern, short, repeats=5), 1e-9)
            if ratio > MAX_RATIO:
                offenders.append(
                    {"pattern": name, "unit": unit, "ratio": round(ratio, 1), "s": long_seconds}
                )
    return offenders


def main() -> None:
    patterns = collect_patterns()
    offenders = slow_patterns(patterns, progress=True)
    print(json.dumps({"patterns": sorted(patterns), "offenders": offenders}))


# --- the tests ---------------------------------------------------------------------------------


def test_no_credscore_regex_is_superlinear_on_hostile_text() -> None:
    try:
        result = subprocess.run(
            [sys.executable, str(Path(__file__))],
            capture_output=True,
            text=True,
            timeout=240,
        )
    except subprocess.TimeoutExpired as error:
        stderr = error.stderr.decode() if isinstance(error.stderr, bytes) else error.stderr or ""
        last = stderr.strip().splitlines()[-1:] or ["?"]
        pytest.fail(f"a regex did not finish on hostile text: {last[0]}")
    assert result.returncode == 0, result.stderr[-2000:]
    outcome = json.loads(result.stdout)
    # the scan really found credscore's patterns (the tokenizer's at least)
    assert any(name.endswith("TOKEN_RE") for name in outcome["patterns"]), outcome["patterns"]
    assert outcome["offenders"] == [], outcome["offenders"]


def test_the_scan_catches_a_quadratic_pattern() -> None:
    # the control: a word run that must end in "X" rescans the word from every start
    quadratic = {"quadratic": re.compile(r"\w+X")}
    linear = {"linear": re.compile(r"\w+")}
    units = ("a", "Kim ", '"')
    caught = {o["unit"] for o in slow_patterns(quadratic, 3000, units)}
    assert caught and caught <= {"a", "ax!"}
    assert slow_patterns(linear, 1500, units) == []


if __name__ == "__main__":
    main()
