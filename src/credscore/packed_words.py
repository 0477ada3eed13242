"""A large read-only word set in a few bytes a word, for lexicons that are only asked about
a few words a document.

A ``frozenset`` of 300,000 short ``str`` objects costs about 90 bytes a word (the object
header, the hash and the table slot); the same words grouped by their first two letters
into newline-joined strings cost about their length. Membership is then one dict look-up and
one substring search in a short string, both in C: about a microsecond, fine for look-ups
made per candidate word (not per token).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

# By default, words sharing this many first letters share one group string: a few hundred
# words at most, so the substring search stays short, and few groups to build quickly. A
# set asked often takes a longer prefix (smaller groups, more of them).
GROUP_PREFIX = 2
_SEPARATOR = "\n"
_LAST_CHARACTER = 0x10FFFF
# A packed set as built-in types: (group prefix length, word count, groups by prefix).
PackedState = tuple[int, int, dict[str, str]]


def _group_end(ordered: list[str], start: int, key: str, prefix: int) -> int:
    """The end of the run of ``ordered`` (sorted) from ``start`` whose words begin ``key``
    (``prefix`` letters, or the whole of a shorter word)."""
    if len(key) < prefix:
        # a word shorter than the prefix: longer words beginning with it have longer keys
        return bisect.bisect_right(ordered, key, start)
    last = ord(key[-1])
    if last == _LAST_CHARACTER:  # no successor string: walk
        end = start
        while end < len(ordered) and ordered[end].startswith(key):
            end += 1
        return end
    return bisect.bisect_left(ordered, key[:-1] + chr(last + 1), start)


class PackedWords:
    """An immutable set of strings supporting ``in``; a string holding a newline is never a
    member (the newline separates the words of a group). ``len`` counts the words given,
    which callers keep distinct."""

    __slots__ = ("_groups", "_prefix", "_size")

    def __init__(self, words: Iterable[str], prefix: int = GROUP_PREFIX) -> None:
        # Sorting concatenated sorted runs (wordfreq's buckets are alphabetical) is fast,
        # and a sorted list puts each group in one contiguous slice found by bisection.
        ordered = sorted(words)
        if _SEPARATOR in "".join(ordered):
            ordered = [word for word in ordered if _SEPARATOR not in word]
        self._size = len(ordered)
        self._prefix = prefix
        self._groups: dict[str, str] = {}
        start = 0
        while start < len(ordered):
            key = ordered[start][:prefix]
            end = _group_end(ordered, start, key, prefix)
            members = _SEPARATOR.join(ordered[start:end])
            self._groups[key] = f"{_SEPARATOR}{members}{_SEPARATOR}"
            start = end

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or _SEPARATOR in word:
            return False
        group = self._groups.get(word[: self._prefix])
        return group is not None and f"{_SEPARATOR}{word}{_SEPARATOR}" in group

    def state(self) -> PackedState:
        """What :meth:`from_state` rebuilds this set from (built-in types only, so the
        disk cache can store it)."""
        return (self._prefix, self._size, dict(self._groups))

    @classmethod
    def from_state(cls, state: PackedState) -> PackedWords:
        """The set whose :meth:`state` is ``state``, without sorting or grouping again."""
        prefix, size, groups = state
        packed = cls.__new__(cls)
        packed._prefix, packed._size, packed._groups = prefix, size, groups
        return packed

    def __len__(self) -> int:
        return self._size

    def __repr__(self) -> str:
        return f"PackedWords({self._size} words)"
