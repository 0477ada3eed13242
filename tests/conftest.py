"""Shared test fixtures and hypothesis profiles.

Profiles: ``ci`` (the default: quick, deterministic) and ``thorough`` (a long local run):
``pytest --hypothesis-profile=thorough``.
"""

from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import HealthCheck, settings

from support import SEEDS

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile("ci")

# The derived-table cache of this test run (and of the CLIs it starts): never the user's.
os.environ.setdefault("CREDSCORE_CACHE_DIR", tempfile.mkdtemp(prefix="credscore-test-cache-"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}
