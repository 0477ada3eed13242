"""Name mentions of a whole article found by one regex over per-token kind codes.

:func:`credscore.entities.name_mentions` walks the article token by token in Python; it is
the reference. This module finds exactly the same mentions (``tests/test_name_runs.py``
compares the two) with no Python step per token:

1. every token gets a one-letter kind code by a dictionary look-up per token (C-level
   ``map``; the kinds of capitalised types are cached per process, bounded);
2. the few facts that depend on neighbours are patched in at the candidates only: whether a
   token is joined to the one before by exactly one space inside its sentence (the code is
   then upper-case), a period glued to an initial, a lower-case syllable after a name
   ("Park Ji hoon" for "Park Ji-hoon");
3. one regex over the code string finds every run, the way the reference's loop builds it:
   which token may follow which depends only on the previous token's kind, so the regex is
   one character class per step behind a one-character lookbehind (linear, no
   backtracking);
4. the start and end offsets, surfaces and headline flags of the runs are gathered with
   C-level maps; :class:`Mention` objects are made only when a caller asks for them.

Kind codes (lower-case: not joined to the token before by one space in the same sentence;
upper-case: joined):

=====  ============================================================================
n / N  a capitalised name token          s / S  the same with a possessive ("Kim's")
h / H  a particle-prefixed lower-case     q / Q  the same with a possessive
       name token ("al-Assad")
t / T  a hyphen-tail syllable after a     u / U  the same with a possessive
       capitalised name ("Ji hoon")
p / P  a lower-case particle ("de")       i / I  an initial ("W")
d      a period glued to an initial       o      anything else (never in a run)
=====  ============================================================================
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
import re
from collections.abc import Iterator, Sequence

from credscore.analysis import Analysis, Sentence
from credscore.entities import (  # (_hyphen_tails: the reference's own rule)
    HEADLINE_CAPITALISED_SHARE,
    HEADLINE_LONG_WORD,
    MAX_NAME_TOKENS,
    Mention,
    _hyphen_tails,
    name_stopwords,
    name_token_kind,
    particles,
    split_parts,
    title_words,
)
from credscore.resources import WORD_CACHE_SIZE

OTHER = "o"
MAX_CACHED_KINDS = 4 * WORD_CACHE_SIZE  # capitalised token types; the cache starts over when full

# A run opens at a name, an initial or a tail; what may follow a token depends on its kind
# alone: after a capitalised name also a joined tail; after an initial only a glued period
# or a joined name; after a lower-case name, tail, particle or glued period the rest.
# Possessives close a run (no step follows them).
_RUN_RE = re.compile(
    r"([nNhHtTiIsSqQuU](?:(?<=[nN])[NHTPISQU]|(?<=[hHtTpPd])[NHPISQ]|(?<=[iI])[dNHSQ])*)"
)
_NOT_KEPT = "pPiId"  # a run's trailing particles, initials and periods are not its name's
_NAME_CODES = frozenset("nNsShHqQtTuU")
_POSSESSIVE_CODES = frozenset("sSqQuU")
_POSSESSIVE_CUT = dict.fromkeys(_POSSESSIVE_CODES, 2)  # the "'s" left out of the name
_INITIAL_RE = re.compile("i")
# a token whose code may turn upper-case (joined), behind one that can continue a run
# (matched at the token before: a pattern that opens with a character set is searched in
# C, one that opens with a lookbehind is tried at every position)
_JOIN_CANDIDATE_RE = re.compile(r"[nhtpid](?=[nshqtupi])")


def _possessive(token: str) -> bool:
    """``entities._strip_possessive(token)[1]``: "'s" / "’s" (either case) after a letter."""
    return len(token) > 2 and token[-1] in "sS" and token[-2] in "'’"


def _kind_code(token: str) -> str:
    kind = name_token_kind(token)
    if kind == "name":
        possessive = _possessive(token)
        if token[0].isupper():
            return "s" if possessive else "n"
        return "q" if possessive else "h"
    if kind == "initial":
        return "i"
    if kind == "particle":
        return "p"
    return OTHER


# Most capitalised types are plain title-case ASCII words ("Smith", "The"): no possessive,
# no apostrophe, not an initial, not an acronym, so ``name_token_kind`` only asks whether
# the lower-case word is a stopword or a title. Those are decided in C-level passes.
_TITLE_CASE_RE = re.compile(r"[A-Z][a-z]+")
_NAME_OR_OTHER = ("n", OTHER)  # indexed by "is a stopword or a title"


@functools.cache
def _not_name_words() -> frozenset[str]:
    return name_stopwords() | title_words()


def _kind_codes(tokens: set[str]) -> dict[str, str]:
    """``_kind_code`` of each token, the plain title-case words without a call each."""
    ordered = list(tokens)
    plain = list(map(bool, map(_TITLE_CASE_RE.fullmatch, ordered)))
    plain_words = list(itertools.compress(ordered, plain))
    codes: dict[str, str] = {}
    if plain_words:
        lowers = "\n".join(plain_words).lower().split("\n")
        stop = map(_not_name_words().__contains__, lowers)
        codes = dict(zip(plain_words, map(_NAME_OR_OTHER.__getitem__, stop), strict=True))
    others = list(itertools.compress(ordered, map(operator.not_, plain)))
    codes.update(zip(others, map(_kind_code, others), strict=True))
    return codes


@functools.cache
def _static_codes() -> dict[str, str]:
    return {particle: "p" for particle in particles()}


_codes: dict[str, str] = {}


def _codes_for(types: set[str]) -> dict[str, str]:
    """The process-wide kind codes, holding every one of ``types``."""
    global _codes
    if not _codes:
        _codes = dict(_static_codes())
    missing = types.difference(_codes)
    if missing:
        if len(_codes) + len(missing) > MAX_CACHED_KINDS:
            _codes = dict(_static_codes())  # bounded: start over (a new dict, so that a
            missing = types.difference(_codes)  # caller still reading the old one is safe)
        _codes.update(_kind_codes(missing))
    return _codes


class MentionTable:
    """The article's name mentions as columns (document order): start and end offsets,
    surfaces, headline flags, and the token index each starts at."""

    def __init__(
        self,
        starts: list[int],
        ends: list[int],
        surfaces: list[str],
        headlines: list[bool],
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.surfaces = surfaces
        self.headlines = headlines

    @classmethod
    def of(cls, mentions: Sequence[Mention]) -> MentionTable:
        """The table of mention objects (from :func:`credscore.entities.name_mentions`)."""
        return cls(
            [mention.start for mention in mentions],
            [mention.end for mention in mentions],
            [mention.surface for mention in mentions],
            [mention.headline for mention in mentions],
        )

    def __len__(self) -> int:
        return len(self.starts)

    @functools.cached_property
    def last_words(self) -> tuple[list[str], list[bool]]:
        """Each surface's last space-separated word, and whether the surface had a space
        (asked by more than one variant search)."""
        split = list(map(str.rpartition, self.surfaces, itertools.repeat(" ")))
        return (
            list(map(operator.itemgetter(2), split)),
            list(map(bool, map(operator.itemgetter(1), split))),
        )

    def mention(self, index: int) -> Mention:
        surface = self.surfaces[index]
        return Mention(
            self.starts[index],
            self.ends[index],
            surface,
            split_parts(surface),
            self.headlines[index],
        )

    def mentions(self) -> list[Mention]:
        return [self.mention(index) for index in range(len(self))]


_FIRST_TOKEN = operator.attrgetter("first_token")
_END_TOKEN = operator.attrgetter("end_token")


def scan_mentions(analysis: Analysis) -> MentionTable:
    """Every name mention of the article: ``entities.name_mentions``, as a table."""
    texts = analysis.token_texts
    sentences = analysis.sentences
    if not texts or not sentences:
        return MentionTable([], [], [], [])
    sentence_firsts = list(map(_FIRST_TOKEN, sentences))
    sentence_ends = list(map(_END_TOKEN, sentences))
    if (
        sentence_firsts[0] != 0
        or sentence_ends[-1] != len(texts)
        or sentence_firsts[1:] != sentence_ends[:-1]
    ):  # pragma: no cover - sentences always hold every token, one after the other
        from credscore.entities import name_mentions

        return MentionTable.of(name_mentions(analysis))
    codes = _token_codes(analysis, set(sentence_firsts))
    pieces = _RUN_RE.split(codes)
    offsets = list(itertools.accumulate(map(len, pieces), initial=0))
    runs = pieces[1::2]
    kept = list(map(str.rstrip, runs, itertools.repeat(_NOT_KEPT)))
    firsts = offsets[1:-1:2]
    if any(map(operator.gt, map(len, kept), itertools.repeat(MAX_NAME_TOKENS))):
        kept = [_unless_too_long(name) for name in kept]
    # runs left with no name token (an initial alone) give no mention
    has_name = list(map(bool, kept))
    kept = list(itertools.compress(kept, has_name))
    firsts = list(itertools.compress(firsts, has_name))
    lasts = list(map(operator.add, firsts, map(len, kept)))  # one past the last token
    starts = list(map(analysis.token_starts.__getitem__, firsts))
    ends = list(map(analysis.token_ends.__getitem__, map(operator.sub, lasts, itertools.repeat(1))))
    last_codes = list(map(operator.itemgetter(-1), kept))
    if not _POSSESSIVE_CODES.isdisjoint(last_codes):  # "Kim's": the name is "Kim"
        cuts = map(_POSSESSIVE_CUT.get, last_codes, itertools.repeat(0))
        ends = list(map(operator.sub, ends, cuts))
    text = analysis.text
    surfaces = list(map(text.__getitem__, map(slice, starts, ends)))
    headlines = _headlines(analysis, firsts)
    return MentionTable(starts, ends, surfaces, headlines)


def _unless_too_long(name: str) -> str:
    """A run of more than MAX_NAME_TOKENS name tokens is a title-cased line or a list of
    names, not one name: it gives no mention."""
    if len(name) > MAX_NAME_TOKENS and sum(code in _NAME_CODES for code in name) > (
        MAX_NAME_TOKENS
    ):
        return ""
    return name


_SENTENCE_END_MARKS = frozenset({".", "!", "?", ";"})


def _headlines(analysis: Analysis, firsts: list[int]) -> list[bool]:
    """Whether each mention (by its first token, in order) is in a headline sentence.

    Headline sentences are few (the title, a subheading): they are found first, and only
    the mentions inside them are marked, by bisecting the mentions' first tokens."""
    flags = [False] * len(firsts)
    for sentence in _headline_sentences(analysis, firsts):
        low = bisect.bisect_left(firsts, sentence.first_token)
        high = bisect.bisect_left(firsts, sentence.end_token, lo=low)
        flags[low:high] = itertools.repeat(True, high - low)
    return flags


def _headline_sentences(analysis: Analysis, firsts: list[int]) -> list[Sentence]:
    """The sentences for which ``entities.is_headline_sentence`` holds, among those holding
    a mention (``firsts``: the mentions' first tokens, in order). C-level passes but for
    the few body sentences that do not end with a mark."""
    sentences = analysis.sentences
    texts = analysis.token_texts
    titles = list(map(operator.eq, map(_SEGMENT, sentences), itertools.repeat("title")))
    # (a body sentence that ends with a mark is no headline: the reference's first test;
    # most sentences do, so few are looked at more closely. An empty sentence reads the
    # token before it, and holds no mention either way.)
    last_tokens = map(texts.__getitem__, map(operator.sub, map(_END_TOKEN, sentences), _ones()))
    open_ended = map(operator.not_, map(_SENTENCE_END_MARKS.__contains__, last_tokens))
    looked_at = map(operator.and_, open_ended, map(operator.not_, titles))
    found = list(itertools.compress(sentences, titles))
    for sentence in itertools.compress(sentences, looked_at):
        # the first mention at or after the sentence's start, if it starts inside it
        at = bisect.bisect_left(firsts, sentence.first_token)
        if (
            at < len(firsts)
            and firsts[at] < sentence.end_token
            and _title_cased(texts[sentence.first_token : sentence.end_token])
        ):
            found.append(sentence)
    return found


_SEGMENT = operator.attrgetter("segment")


def _ones() -> Iterator[int]:
    return itertools.repeat(1)


def _title_cased(words: Sequence[str]) -> bool:
    """``entities.is_headline_sentence`` of a body sentence not ending with a mark, in
    C-level passes: most of its long words (first character a letter) are capitalised."""
    long_words = itertools.compress(
        words, map(operator.ge, map(len, words), itertools.repeat(HEADLINE_LONG_WORD))
    )
    initials = list(map(operator.itemgetter(0), long_words))
    letters = list(itertools.compress(initials, map(str.isalpha, initials)))
    if len(letters) < 2:
        return False
    return sum(map(str.isupper, letters)) >= HEADLINE_CAPITALISED_SHARE * len(letters)


def _token_codes(analysis: Analysis, sentence_firsts: set[int]) -> str:
    """The kind code of every token (see the module docstring); ``sentence_firsts``: the
    first token of every sentence.

    Most tokens are lower-case words with code ``o``: the codes start as all ``o`` and only
    the capitalised tokens and the few lower-case ones that can be names or particles are
    written in (a kind is a property of the token's text alone)."""
    texts = analysis.token_texts
    is_capitalised = analysis.is_capitalised
    capitalised_at = list(itertools.compress(itertools.count(), is_capitalised))
    capitalised_texts = list(itertools.compress(texts, is_capitalised))
    capitalised = set(capitalised_texts)
    hyphenated = list(
        itertools.compress(capitalised, map(operator.contains, capitalised, _repeat_hyphen()))
    )
    lower_named = _lower_particle_prefixed(analysis)
    kinds = _codes_for(capitalised | lower_named)
    codes = bytearray(b"o") * len(texts)
    _write(codes, capitalised_at, map(kinds.__getitem__, capitalised_texts))
    lower_present = lower_named.union(particles().intersection(texts))
    if lower_present:
        lower_at = _positions_of(texts, lower_present)
        _write(codes, lower_at, map(kinds.__getitem__, map(texts.__getitem__, lower_at)))
    token_starts = analysis.token_starts
    token_ends = analysis.token_ends
    tails = _hyphen_tails(hyphenated) if hyphenated else frozenset()
    joined = codes.decode("ascii")
    if tails and "no" in joined:
        _mark_tails(texts, codes, joined, tails, sentence_firsts)
        joined = codes.decode("ascii")
    if "i" in joined:
        for match in _INITIAL_RE.finditer(joined):
            index = match.start()
            if index > 0 and token_ends[index - 1] == token_starts[index]:
                codes[index] = _OTHER_BYTE  # "U.S.": glued to the mark before, no name
            elif (
                index + 1 < len(texts)
                and (index + 1) not in sentence_firsts
                and texts[index + 1] == "."
                and token_ends[index] == token_starts[index + 1]
            ):
                codes[index + 1] = _PERIOD_BYTE  # "W." in "George W. Bush"
        joined = codes.decode("ascii")
    upper = list(_joined(analysis, joined, sentence_firsts))
    # (ASCII lower to upper case: 32 less)
    _write_bytes(codes, upper, map(_CASE_OFFSET.__rsub__, map(codes.__getitem__, upper)))
    return codes.decode("ascii")


_OTHER_BYTE = ord(OTHER)
_PERIOD_BYTE = ord("d")
_CASE_OFFSET = ord("a") - ord("A")
_MAX_INDEX_SCANS = 4  # present lower-case types found by C-level scans; more: one pass


def _repeat_hyphen() -> Iterator[str]:
    return itertools.repeat("-")


def _write(codes: bytearray, positions: Sequence[int], letters: Iterator[str]) -> None:
    """``codes[position] = letter`` for each pair (one-letter ASCII codes)."""
    _write_bytes(codes, positions, iter("".join(letters).encode("ascii")))


def _write_bytes(codes: bytearray, positions: Sequence[int], values: Iterator[int]) -> None:
    collections.deque(map(codes.__setitem__, positions, values), maxlen=0)


def _positions_of(texts: Sequence[str], present: set[str]) -> list[int]:
    """The indices of the tokens in ``present`` (a few types), in order."""
    if len(present) > _MAX_INDEX_SCANS:
        return [index for index, token in enumerate(texts) if token in present]
    found: list[int] = []
    for token in present:
        index = texts.index(token)  # (present: it occurs)
        while True:
            found.append(index)
            try:
                index = texts.index(token, index + 1)
            except ValueError:
                break
    found.sort()
    return found


_MATCH_END = operator.methodcaller("end")


def _joined(analysis: Analysis, codes: str, sentence_firsts: set[int]) -> Iterator[int]:
    """The tokens, among those whose joining can matter, that follow the token before them
    after exactly one space in the same sentence (in C-level passes over the candidates)."""
    candidates = list(map(_MATCH_END, _JOIN_CANDIDATE_RE.finditer(codes)))
    gap_starts = list(
        map(analysis.token_ends.__getitem__, map(operator.sub, candidates, itertools.repeat(1)))
    )
    gaps = map(operator.sub, map(analysis.token_starts.__getitem__, candidates), gap_starts)
    one_wide = map(operator.eq, gaps, itertools.repeat(1))
    # (a gap wider than one never reads past the text; a gap of none reads a token's letter)
    spaces = map(operator.eq, map(analysis.text.__getitem__, gap_starts), itertools.repeat(" "))
    inside = map(operator.not_, map(sentence_firsts.__contains__, candidates))
    return itertools.compress(
        candidates, map(operator.and_, map(operator.and_, one_wide, spaces), inside)
    )


def _token_at(analysis: Analysis, position: int) -> int:
    """The index of the token that holds character ``position``, or -1."""
    index = bisect.bisect_right(analysis.token_starts, position) - 1
    return index if index >= 0 and position < analysis.token_ends[index] else -1


def clear_kind_cache() -> None:
    """Forget the cached kind codes (for timings that start cold)."""
    global _codes
    _codes = {}


def _lower_particle_prefixed(analysis: Analysis) -> set[str]:
    """Lower-case tokens whose first hyphen is followed by a capital ("al-Assad"): the only
    lower-case tokens that can be names. Found from the hyphens of the text (few)."""
    text = analysis.text
    texts = analysis.token_texts
    found: set[str] = set()
    for match in _HYPHEN_NOT_BEFORE_LOWER_RE.finditer(text):
        position = match.start()
        if text[position + 1].isupper():
            index = _token_at(analysis, position)
            if index >= 0 and texts[index][0].islower():
                found.add(texts[index])
    return found


# a hyphen followed by a character that may be a capital (most hyphens are followed by a
# lower-case ASCII letter: "well-known"), found in C
_HYPHEN_NOT_BEFORE_LOWER_RE = re.compile(r"-(?=[^a-z0-9\s-])")


def _mark_tails(
    texts: Sequence[str],
    codes: bytearray,
    joined: str,
    tails: frozenset[str],
    sentence_firsts: set[int],
) -> None:
    """Lower-case syllables of the article's hyphenated names written after a capitalised
    name token with white space instead of the hyphen ("Park Ji hoon"): tails (t, or u with
    a possessive), which the run may take. Only a token right after a capitalised name can
    be one."""
    forms = {tail: ord("t") for tail in tails}
    for tail in tails:
        for ending in ("'s", "’s", "'S", "’S"):
            forms[tail + ending] = ord("u")
    pieces = joined.split("no")
    # the k-th "no" starts after the first k + 1 pieces and k earlier "no"s: its "o" is
    # one further (offsets and look-ups in C-level passes; Python only at the few tails)
    after_names = list(
        map(operator.add, itertools.accumulate(map(len, pieces[:-1])), itertools.count(1, 2))
    )
    found = list(map(forms.get, map(texts.__getitem__, after_names)))
    for index, code in zip(
        itertools.compress(after_names, found), filter(None, found), strict=True
    ):
        if index not in sentence_firsts:
            codes[index] = code
