"""The scorer registry: built-in and third-party scorers register the same way.

A scorer is registered under a name with a factory (usually its class) that takes the
scorer's options as keyword arguments. Installed distributions declare scorers in the
entry-point group ``credscore.scorers`` (credscore's own scorers are declared there too, in
its ``pyproject.toml``); code can also call :func:`register_scorer` directly.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any, Protocol, TypeVar, runtime_checkable

import attrs

from credscore.analysis import Analysis
from credscore.model import ScorerResult

ENTRY_POINT_GROUP = "credscore.scorers"
# The built-in scorers, in the order reports list them; third-party scorers follow by name.
BUILTIN_ORDER = ("sourcing", "hedging", "consistency", "typos", "noise", "readability")

log = logging.getLogger(__name__)


@runtime_checkable
class Scorer(Protocol):
    """What the pipeline needs of a scorer.

    ``name`` is the registered name (the key in the report), ``default_weight`` its weight in
    the overall score unless configured otherwise, ``description`` one line for
    ``credscore scorers``. ``score`` must not mutate the analysis and must be deterministic.
    """

    name: str
    default_weight: float
    description: str

    def score(self, analysis: Analysis) -> ScorerResult: ...


ScorerFactory = Callable[..., Scorer]
F = TypeVar("F", bound=ScorerFactory)


@attrs.frozen
class BrokenPlugin:
    """An entry point that failed to load: kept so the CLI can say what is wrong."""

    name: str
    target: str
    error: str


class Registry:
    def __init__(self, *, group: str | None = ENTRY_POINT_GROUP) -> None:
        self._factories: dict[str, ScorerFactory] = {}
        self._broken: dict[str, BrokenPlugin] = {}
        self._group = group
        self._discovered = group is None
        self._lock = threading.Lock()

    def register(self, name: str, factory: ScorerFactory, *, replace: bool = False) -> None:
        if not name or not name.replace("_", "").replace("-", "").isalnum():
            raise ValueError(f"invalid scorer name {name!r}")
        if name in self._factories and not replace and self._factories[name] is not factory:
            raise ValueError(f"a scorer named {name!r} is already registered")
        self._factories[name] = factory
        self._broken.pop(name, None)

    def unregister(self, name: str) -> None:
        self._factories.pop(name, None)

    def discover(self, *, refresh: bool = False) -> None:
        """Load the entry points of the group once (again with ``refresh``)."""
        with self._lock:
            if self._group is None or (self._discovered and not refresh):
                return
            for entry_point in entry_points(group=self._group):
                if entry_point.name in self._factories and not refresh:
                    continue
                try:
                    factory = entry_point.load()
                except Exception as error:  # a broken plug-in must not break the others
                    message = f"{type(error).__name__}: {error}"
                    log.warning("scorer plug-in %r failed to load: %s", entry_point.name, message)
                    self._broken[entry_point.name] = BrokenPlugin(
                        entry_point.name, entry_point.value, message
                    )
                    continue
                self._factories[entry_point.name] = factory
            self._discovered = True

    def names(self) -> list[str]:
        """Registered names: built-ins in their fixed order, then the others sorted."""
        self.discover()
        builtin = [name for name in BUILTIN_ORDER if name in self._factories]
        others = sorted(name for name in self._factories if name not in BUILTIN_ORDER)
        return builtin + others

    def factory(self, name: str) -> ScorerFactory:
        self.discover()
        try:
            return self._factories[name]
        except KeyError:
            if name in self._broken:
                raise KeyError(
                    f"scorer {name!r} failed to load: {self._broken[name].error}"
                ) from None
            known = ", ".join(self.names()) or "none"
            raise KeyError(f"no scorer named {name!r} (registered: {known})") from None

    def create(self, name: str, options: dict[str, Any] | None = None) -> Scorer:
        scorer = self.factory(name)(**(options or {}))
        if not isinstance(scorer, Scorer):
            raise TypeError(f"scorer {name!r} does not implement the Scorer protocol")
        return scorer

    def broken(self) -> list[BrokenPlugin]:
        self.discover()
        return list(self._broken.values())


registry = Registry()


def register_scorer(name: str, *, replace: bool = False) -> Callable[[F], F]:
    """Class decorator: ``@register_scorer("mine")`` registers a scorer in this process."""

    def decorate(factory: F) -> F:
        registry.register(name, factory, replace=replace)
        return factory

    return decorate
