"""A disk cache for tables built from data files, so that each process loads, not rebuilds.

Some tables (word frequencies, the typo index, syllable counts) take a second or more to
parse from their data files, and every process pays it again: the CLI on one file, each
spawned or Dask worker, each test run. ``derived(name, build, inputs)`` stores what
``build()`` returns with :mod:`marshal` (the format of ``.pyc`` files: built-in types only,
several times faster to read than the text it came from) and reads it back next time.

An entry is keyed by the Python version, the credscore version and the path, size and
modification time of every input file and of the builder's module, so an edited data file,
an edited builder or an upgrade rebuilds it (a builder's helpers in other modules are
inputs to name).
The cache is only ever an accelerator: an unreadable, corrupt, foreign or unwritable cache
means ``build()`` runs, never an error.

Where: ``$CREDSCORE_CACHE_DIR``, else ``$XDG_CACHE_HOME/credscore``, else
``~/.cache/credscore`` (``%LOCALAPPDATA%\\credscore`` on Windows). Set
``CREDSCORE_CACHE_DIR=off`` to turn it off. Like ``__pycache__``, the files are trusted:
do not point it at a directory that others can write.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")

DISABLED = frozenset({"", "0", "off", "no", "none", "false"})
_MAGIC = b"credscore-derived-1\n"


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when the cache is turned off."""
    configured = os.environ.get("CREDSCORE_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in DISABLED else Path(configured)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "credscore"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "credscore"


def _fingerprint(name: str, inputs: Iterable[Path | Traversable]) -> str:
    from credscore import __version__

    parts = [name, __version__, sys.implementation.cache_tag or "", str(marshal.version)]
    for source in inputs:
        try:
            stat = os.stat(str(source))
            parts.append(f"{source}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:  # inside a zip: the credscore version stands for it
            parts.append(str(source))
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _read(path: Path) -> tuple[bool, object]:
    try:
        data = path.read_bytes()
    except OSError:
        return False, None
    if not data.startswith(_MAGIC):
        return False, None
    try:
        return True, marshal.loads(data[len(_MAGIC) :])
    except (EOFError, ValueError, TypeError):
        return False, None


def _write(path: Path, value: object) -> None:
    try:
        data = _MAGIC + marshal.dumps(cast(Any, value))
    except ValueError:  # not made of built-in types: nothing to store
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)  # readers see the old file or the whole new one
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass  # a read-only or full disk only costs the rebuild next time


def derived(
    name: str,
    build: Callable[[], T],
    kind: type[T],
    inputs: Iterable[Path | Traversable] = (),
) -> T:
    """What ``build()`` returns, from the disk cache when an entry for the same inputs exists.

    ``build`` must be deterministic in its ``inputs`` and return a ``kind`` made of built-in
    types (dict, set, frozenset, tuple, list, str, bytes, int, float): those are what
    marshal stores. A cached value that is not a ``kind`` is rebuilt."""
    folder = cache_dir()
    if folder is None:
        return build()
    code = getattr(build, "__code__", None)
    # the builder's own module counts as an input: editing it rebuilds the table
    sources = [*inputs, *([Path(code.co_filename)] if code is not None else [])]
    path = folder / f"{name}-{_fingerprint(name, sources)}.marshal"
    found, value = _read(path)
    if found and isinstance(value, kind):
        return value
    built = build()
    _write(path, built)
    return built
