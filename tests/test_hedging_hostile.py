"""Hostile inputs: the hedging scorer's work grows linearly (a size-growth ratio, not a
wall-clock limit, so a slow machine cannot fail it and a quadratic path cannot pass it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from hedging_hostile import HOSTILE, growth_ratio


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_linear(name: str) -> None:
    # Four times the input: about 4x the time if linear, 16x if quadratic.
    ratio = growth_ratio(HOSTILE[name], 8_000, factor=4)
    assert ratio < 8.5, f"{name}: 4x the input multiplied the time by {ratio:.2f}"
