"""Package data: lexicons, phrase lists and tables, loaded lazily once per process.

Data files live in ``credscore/data``. Text lists hold one entry a line; a line starting with
``#`` is a comment (every file opens with a header that says where its entries came from).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from importlib.abc import Traversable
from typing import Any

# The bound of every per-word memo (lru_cache and the like) in the scorers: a news
# vocabulary's head fits, and all of them together stay tens of MB on any input (a stream
# of unique junk words fills them all; unbounded, they would grow with the corpus).
WORD_CACHE_SIZE = 32_768


def data_path(name: str) -> Traversable:
    """The package data file ``credscore/data/<name>``."""
    return resources.files("credscore").joinpath("data", *name.split("/"))


@functools.cache
def read_text(name: str) -> str:
    text: str = data_path(name).read_text(encoding="utf-8")
    return text


@functools.cache
def read_lines(name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of a text list, stripped."""
    lines = (line.strip() for line in read_text(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@functools.cache
def read_json(name: str) -> Any:
    return json.loads(read_text(name))


def report_schema() -> dict[str, Any]:
    """The JSON Schema of one report (a copy of the project's contract)."""
    schema: dict[str, Any] = read_json("report.schema.json")
    return schema
