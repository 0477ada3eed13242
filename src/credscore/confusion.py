"""Real-word errors: a correctly spelled word that does not fit its context ("nothing knew
about them"), decided by a bigram context model over curated confusion sets.

The n-gram statistics are symspellpy's ``frequency_bigramdictionary_en_243_342.txt`` (the
243,342 most frequent English word bigrams of the Google Books n-gram data; every count is
at least 6.4 million) with its unigram list for the word counts. For a word ``w`` between
``left`` and ``right`` and each member ``c`` of its confusion set, a bigram (Markov) model
compares ``P(left c right) / P(left w right) = P(c | left) / P(w | left) * P(right | c) /
P(right | w)``, one factor per side:

* a side where neither ``left c`` nor ``left w`` is in the list carries no evidence (a name,
  a number, a rare word next to it); the neighbour may also be missing (punctuation);
* a bigram absent from the list while the other is present: the writer's word gets
  ``UNSEEN_SHARE`` of the list's floor (absence says only "rarer than 6.4 million", and the
  writer gets the benefit of the doubt), the alternative gets ``COLLOCATION_ALLOWANCE``
  times the count independence of its two words predicts, capped the same way;
* ``c`` must be attested on at least one side and on no side may only ``w`` be attested;
  a decision resting on one side alone pays ``ONE_SIDED_PENALTY``.

``w`` is flagged when the natural-log ratio reaches ``min_log_ratio`` (default 3.5, odds of
about 33 to 1). Two-word rules (``data/typos/context_rules.txt``) are checked first, for
frequent errors whose evidence lies beyond one bigram or in an apostrophe form.

The constants were chosen on the injected-error benchmark (``benchmarks/typos_injected.py``)
as the point with no false flag on clean text and a margin to spare, then checked on
held-out text.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from importlib.abc import Traversable
from pathlib import Path

import attrs

from credscore import spelling
from credscore.cache import derived
from credscore.resources import WORD_CACHE_SIZE, data_path, read_lines
from credscore.spelling import package_file, word_counts

# The list holds only bigrams seen at least this often: an absent bigram was seen less.
BIGRAM_FLOOR = 6_400_000.0
# An absent bigram facing a present one is taken as this share of the floor.
UNSEEN_SHARE = 0.1
# Words in the unigram list's corpus (the sum of its counts), for independence estimates.
CORPUS_WORDS = 5.4e11
# An absent bigram is estimated as this many times what independence of its words predicts
# (word pairs attract), capped at UNSEEN_SHARE of the floor.
COLLOCATION_ALLOWANCE = 30.0
GENEROUS_TO_WRITER = True
# Extra log-ratio a decision needs when only one neighbour carries evidence.
ONE_SIDED_PENALTY = 2.0
# The smallest log-likelihood ratio (natural log) that flags a word: e^3.5 ~ 33 to 1.
DEFAULT_MIN_LOG_RATIO = 3.5
BIGRAM_FILE = "frequency_bigramdictionary_en_243_342.txt"  # in the symspellpy package


def _read_sets(name: str) -> dict[str, set[str]]:
    """One confusion-set file: each member -> the other members of its lines."""
    alternatives: dict[str, set[str]] = {}
    for line in read_lines(name):
        members = line.lower().split()
        for member in members:
            alternatives.setdefault(member, set()).update(m for m in members if m != member)
    return alternatives


def _homophone_alternatives() -> dict[str, set[str]]:
    """The homophone sets, one way: each member -> the members more frequent than it. A
    slip types the rarer twin for the common one ("makes no cents"); the other way round
    ("some" for "sum") is rare, and judging every "some" would cost time for nothing."""
    counts = word_counts()
    alternatives: dict[str, set[str]] = {}
    for word, others in _read_sets("typos/homophone_sets.txt").items():
        own = counts.get(word, 0)
        commoner = {other for other in others if counts.get(other, 0) > own}
        if commoner:
            alternatives[word] = commoner
    return alternatives


@functools.cache
def confusion_sets() -> dict[str, tuple[str, ...]]:
    """Each confusable word -> the words it may have been typed for (sorted): the curated
    sets and the homophone sets (see :func:`guarded_pairs`)."""
    alternatives = _read_sets("typos/confusion_sets.txt")
    for word, others in _homophone_alternatives().items():
        alternatives.setdefault(word, set()).update(others)
    return {word: tuple(sorted(others)) for word, others in alternatives.items()}


@functools.cache
def guarded_pairs() -> frozenset[tuple[str, str]]:
    """(word, alternative) pairs only the homophone sets hold: judged only when the word is
    at least as frequent as the bigram list's floor, so that its own missing bigrams say
    something (a rare word in its right use, "at the quay", would look like a slip)."""
    curated = _read_sets("typos/confusion_sets.txt")
    return frozenset(
        (word, other)
        for word, others in _homophone_alternatives().items()
        for other in others
        if other not in curated.get(word, ())
    )


# For each confusable word, its bigram counts with the words before it (``left word``) and
# with the words after it (``word right``): every bigram the model looks up has a confusable
# word (the writer's or an alternative) on the side it asks about.
BigramTable = dict[str, dict[str, int]]


def _typos_inputs() -> list[Path | Traversable]:
    """The files the bigram tables and their neighbour gates are built from."""
    return [
        package_file("symspellpy", BIGRAM_FILE),
        package_file("symspellpy", "frequency_dictionary_en_82_765.txt"),
        data_path("typos/confusion_sets.txt"),
        data_path("typos/homophone_sets.txt"),
        data_path("typos/context_rules.txt"),
        data_path("typos/allow_words.txt"),
        data_path("irregular_verbs.txt"),
        Path(spelling.__file__),
        Path(__file__),
    ]


@functools.cache
def bigram_tables() -> tuple[BigramTable, BigramTable]:
    """symspellpy's bigram counts where one side is a confusable word, as two tables:
    ``before[word][left]`` and ``after[word][right]``. Built once, then read from the disk
    cache (:mod:`credscore.cache`): parsing the 243,000 bigrams costs a quarter second."""
    return derived("typos-bigrams", _build_bigram_tables, tuple, _typos_inputs())


def _build_bigram_tables() -> tuple[BigramTable, BigramTable]:
    """Nested dicts keyed by words the core lexicon already holds (its string objects are
    reused) take a third of the memory of one dict keyed by pairs."""
    sets = confusion_sets()
    # every word a set names, as the writer's or as an alternative (the homophone sets are
    # one way: "sense" is only an alternative)
    confusable = set(sets).union(*sets.values())
    shared = {word: word for word in word_counts()}
    before: BigramTable = {}
    after: BigramTable = {}
    path = package_file("symspellpy", BIGRAM_FILE)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) != 3 or not parts[2].isdigit():
                continue
            first, second = parts[0], parts[1]
            if first not in confusable and second not in confusable:
                continue
            first, second = shared.get(first, first), shared.get(second, second)
            count = int(parts[2])
            if second in confusable:
                before.setdefault(second, {})[first] = count
            if first in confusable:
                after.setdefault(first, {})[second] = count
    return before, after


def _left_bigram(left: str, word: str) -> int | None:
    """The count of ``left word`` (``word`` confusable), None when not listed."""
    return bigram_tables()[0].get(word, {}).get(left)


def _right_bigram(word: str, right: str) -> int | None:
    """The count of ``word right`` (``word`` confusable), None when not listed."""
    return bigram_tables()[1].get(word, {}).get(right)


def _count_or_estimate(
    seen: int | None, first: str | None, second: str | None, *, generous: bool = False
) -> float:
    """A listed count, or for an absent bigram the count independence of its two words
    predicts, times ``COLLOCATION_ALLOWANCE`` (word pairs attract), capped at
    ``UNSEEN_SHARE`` of the list's floor."""
    if seen is not None:
        return float(seen)
    if generous:
        return BIGRAM_FLOOR * UNSEEN_SHARE
    counts = word_counts()
    expected = counts.get(first or "", 1) * counts.get(second or "", 1) / CORPUS_WORDS
    return min(BIGRAM_FLOOR * UNSEEN_SHARE, max(1.0, expected * COLLOCATION_ALLOWANCE))


@attrs.frozen
class Verdict:
    """The best alternative to a word in context and by how much it beats the word."""

    suggestion: str
    log_ratio: float


def _side_evidence(
    alternative: str, word: str, left: str | None, right: str | None
) -> tuple[float, int]:
    """log of how much better ``alternative`` fits than ``word`` next to one neighbour
    (``left`` or ``right``), and whether that side counts: 1 if the alternative is attested
    there, 0 if neither is (no evidence), -1 if only ``word`` is."""
    if left is not None:
        alt_seen = _left_bigram(left, alternative)
        own_seen = _left_bigram(left, word)
        alt_norm = own_norm = 1.0
    else:
        assert right is not None
        alt_seen = _right_bigram(alternative, right)
        own_seen = _right_bigram(word, right)
        # P(right | x): the right bigram over the word's own count.
        counts = word_counts()
        alt_norm = float(counts.get(alternative, 1))
        own_norm = float(counts.get(word, 1))
    if alt_seen is None and own_seen is None:
        return 0.0, 0
    if left is not None:
        alt_count = _count_or_estimate(alt_seen, left, alternative)
        own_count = _count_or_estimate(own_seen, left, word, generous=GENEROUS_TO_WRITER)
    else:
        alt_count = _count_or_estimate(alt_seen, alternative, right)
        own_count = _count_or_estimate(own_seen, word, right, generous=GENEROUS_TO_WRITER)
    expected = _expected_if_fitting(alt_seen, alternative, word)
    rare_word = word_counts().get(word, 0) < BIGRAM_FLOOR
    if own_seen is None and expected is not None and expected < BIGRAM_FLOOR and rare_word:
        # A word rarer than the list's floor has no listed bigram at all ("pallet" beside
        # "palette"): its missing one proves nothing, so the writer gets the count the word
        # would have if it fitted as well as the alternative.
        own_count = max(own_count, expected)
    evidence = math.log(alt_count / alt_norm) - math.log(own_count / own_norm)
    return evidence, -1 if alt_seen is None else 1


def _expected_if_fitting(alt_seen: int | None, alternative: str, word: str) -> float | None:
    """The count the writer's bigram would have if the word fitted as well as the
    alternative (the alternative's bigram scaled by the two words' counts), never more than
    the word's own count; None when the alternative's bigram is not listed either."""
    if alt_seen is None:
        return None
    counts = word_counts()
    own_total = float(counts.get(word, 1))
    return min(own_total, alt_seen * own_total / max(1, counts.get(alternative, 1)))


@functools.cache
def context_rules() -> dict[tuple[str, str], tuple[int, str]]:
    """Two-word rules: (left, right) -> (which of the two is wrong: 0 or 1, intended word)."""
    rules: dict[tuple[str, str], tuple[int, str]] = {}
    for line in read_lines("typos/context_rules.txt"):
        pattern, arrow, intended = line.partition("->")
        words = pattern.lower().split()
        if not arrow or len(words) != 2:
            raise ValueError(f"bad context rule: {line!r}")
        wrong = [index for index, word in enumerate(words) if word.startswith("[")]
        if len(wrong) != 1:
            raise ValueError(f"context rule needs one [bracketed] word: {line!r}")
        pair = (words[0].strip("[]"), words[1].strip("[]"))
        rules[pair] = (wrong[0], intended.strip().lower())
    return rules


def rule_verdict(word: str, left: str | None, right: str | None) -> Verdict | None:
    """The intended word when a two-word rule names ``word`` wrong next to its neighbour."""
    rules = context_rules()
    if left is not None:
        rule = rules.get((left, word))
        if rule is not None and rule[0] == 1:
            return Verdict(rule[1], math.inf)
    if right is not None:
        rule = rules.get((word, right))
        if rule is not None and rule[0] == 0:
            return Verdict(rule[1], math.inf)
    return None


def _apostrophe_variants(word: str) -> list[str]:
    """``word`` with each straight apostrophe kept or typeset ("it's", "it’s")."""
    pieces = word.split("'")
    variants = [pieces[0]]
    for piece in pieces[1:]:
        variants = [head + mark + piece for head in variants for mark in ("'", "’")]
    return variants


def _with_variants(words: set[str]) -> frozenset[str]:
    typeset = (variant for word in words if "'" in word for variant in _apostrophe_variants(word))
    return frozenset(words.union(typeset))


NeighbourGates = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]


def _gates(lefts: dict[str, set[str]], rights: dict[str, set[str]]) -> NeighbourGates:
    """The neighbour sets with every two-word rule's other word added (a rule decides
    whatever the counts), frozen with their apostrophe variants."""
    for (left, right), (wrong, _) in context_rules().items():
        if wrong == 1:
            lefts.setdefault(right, set()).add(left)
        else:
            rights.setdefault(left, set()).add(right)
    return (
        {word: _with_variants(words) for word, words in lefts.items()},
        {word: _with_variants(words) for word, words in rights.items()},
    )


@functools.cache
def evidence_neighbours() -> NeighbourGates:
    """For each word :func:`judge` looks at, the left and the right neighbours (lower-case,
    apostrophes straight or typeset) next to which it can return a verdict at all: a
    two-word rule's other word, or a word listed in a bigram with one of the word's
    alternatives (a verdict needs an alternative attested on one side). Next to any other
    word ``judge`` returns None, so a caller may skip the word there without asking."""
    before, after = bigram_tables()
    lefts: dict[str, set[str]] = {}
    rights: dict[str, set[str]] = {}
    for word, alternatives in confusion_sets().items():
        word_lefts = lefts.setdefault(word, set())
        word_rights = rights.setdefault(word, set())
        for alternative in alternatives:
            word_lefts.update(before.get(alternative, ()))
            word_rights.update(after.get(alternative, ()))
    return _gates(lefts, rights)


# Slack for the bounds below: they are computed in another order than judge's margins, so
# their rounding may differ by a few ulps.
_BOUND_SLACK = 1e-6


def _log_ratio_bound(seen: int, own: int | None, own_floor: float) -> float:
    """An upper bound of ``log(seen) - log(own count)``: the writer's count is its listed
    one, or (unlisted) never below ``own_floor`` (judge may only raise it)."""
    return math.log(seen) - math.log(float(own) if own is not None else own_floor)


@functools.lru_cache(maxsize=8)
def decisive_neighbours(min_log_ratio: float = DEFAULT_MIN_LOG_RATIO) -> NeighbourGates:
    """:func:`_build_decisive_neighbours`, read from the disk cache once built."""
    return derived(
        f"typos-neighbours-{min_log_ratio!r}",
        functools.partial(_build_decisive_neighbours, min_log_ratio),
        tuple,
        _typos_inputs(),
    )


def _build_decisive_neighbours(min_log_ratio: float) -> NeighbourGates:
    """:func:`evidence_neighbours` narrowed to the neighbours next to which :func:`judge`
    can reach ``min_log_ratio``: a verdict needs an alternative attested on one side, and
    its margin is that side's evidence plus at most the best evidence the other side can
    give any word (or the one-sided penalty). Each bound is computed from the listed
    counts and the least count an unlisted bigram of the writer's can get, so a context
    left out can never be flagged; the rest are judged in full."""
    before, after = bigram_tables()
    counts = word_counts()
    unseen = BIGRAM_FLOOR * UNSEEN_SHARE if GENEROUS_TO_WRITER else 1.0
    listed = min(min(table.values()) for table in (*before.values(), *after.values()))
    own_floor = min(unseen, float(listed))
    threshold = min_log_ratio - _BOUND_SLACK
    lefts: dict[str, set[str]] = {}
    rights: dict[str, set[str]] = {}
    for word, alternatives in confusion_sets().items():
        own_before, own_after = before.get(word, {}), after.get(word, {})
        word_norm = math.log(counts.get(word, 1))
        word_lefts = lefts.setdefault(word, set())
        word_rights = rights.setdefault(word, set())
        for alternative in alternatives:
            alt_before, alt_after = before.get(alternative, {}), after.get(alternative, {})
            alt_norm = math.log(counts.get(alternative, 1))
            # the best evidence each side can give this alternative against the word
            best_left = -math.inf
            if alt_before:
                best_left = math.log(max(alt_before.values())) - math.log(own_floor)
            best_right = -math.inf
            if alt_after:
                best_right = math.log(max(alt_after.values())) - alt_norm
                best_right += word_norm - math.log(own_floor)
            other_right = max(best_right, -ONE_SIDED_PENALTY)
            other_left = max(best_left, -ONE_SIDED_PENALTY)
            for left, seen in alt_before.items():
                bound = _log_ratio_bound(seen, own_before.get(left), own_floor)
                if bound + other_right >= threshold:
                    word_lefts.add(left)
            for right, seen in alt_after.items():
                bound = _log_ratio_bound(seen, own_after.get(right), own_floor)
                if bound - alt_norm + word_norm + other_left >= threshold:
                    word_rights.add(right)
    return _gates(lefts, rights)


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def judge(
    word: str,
    left: str | None,
    right: str | None,
    *,
    min_log_ratio: float = DEFAULT_MIN_LOG_RATIO,
) -> Verdict | None:
    """The alternative that fits between ``left`` and ``right`` far better than ``word``
    (all lower-case; a missing neighbour is None), or None when ``word`` is fine.

    Both neighbours must be words the lexicon knows, and the alternative must be attested
    with both: one-sided evidence ("Tagovailoa, threw for") is too weak to accuse a writer.
    """
    ruled = rule_verdict(word, left, right)
    if ruled is not None:
        return ruled
    alternatives = confusion_sets().get(word)
    if not alternatives or word in phrase_rules().classes.get("@bigram_exempt", frozenset()):
        return None
    unigrams = word_counts()
    if left is not None and left not in unigrams:
        left = None
    if right is not None and right not in unigrams:
        right = None
    if left is None and right is None:
        return None
    best: Verdict | None = None
    guarded = guarded_pairs()
    rare_word = unigrams.get(word, 0) < BIGRAM_FLOOR
    for alternative in alternatives:
        if alternative not in unigrams:
            continue
        if rare_word and (word, alternative) in guarded:
            continue
        left_evidence, left_state = (
            _side_evidence(alternative, word, left, None)
            if left is not None and not _same_verb_kind_after_adverb(left, word, alternative)
            else (0.0, 0)
        )
        right_evidence, right_state = (
            _side_evidence(alternative, word, None, right) if right is not None else (0.0, 0)
        )
        states = (left_state, right_state)
        if -1 in states or 1 not in states:
            continue
        margin = left_evidence + right_evidence
        if 0 in states:
            margin -= ONE_SIDED_PENALTY
        if margin >= min_log_ratio and (best is None or margin > best.log_ratio):
            best = Verdict(alternative, margin)
    return best


def _past_form(token: str) -> bool:
    """A verb's past form: one of @irregular_past or a word in -ed."""
    irregular = phrase_rules().classes.get("@irregular_past", frozenset())
    return token in irregular or (len(token) >= GRADABLE_MIN_LENGTH and token.endswith("ed"))


def _same_verb_kind_after_adverb(left: str, word: str, alternative: str) -> bool:
    """``left`` is a pre-verbal adverb and both words are past forms: that side tells them
    no apart."""
    adverbs = phrase_rules().classes.get("@pre_verb_adverb", frozenset())
    return left in adverbs and _past_form(word) and _past_form(alternative)


def bigrams_favour_word(word: str, alternative: str, left: str | None, right: str | None) -> bool:
    """Whether the bigram model holds evidence for ``word`` against ``alternative`` here: a
    side where only ``word`` is attested, or sides that together favour it by at least
    ``ONE_SIDED_PENALTY`` (a sense cue then may not overrule the bigrams)."""
    unigrams = word_counts()
    if alternative not in unigrams:
        return True
    margin = 0.0
    for side_left, side_right in ((left, None), (None, right)):
        if (side_left or side_right) not in unigrams:
            continue
        evidence, state = _side_evidence(alternative, word, side_left, side_right)
        if state == 0:
            continue
        if state == -1:
            own_seen = (
                _left_bigram(side_left, word)
                if side_left is not None
                else _right_bigram(word, side_right or "")
            )
            # the alternative's bigram is missing; that says something only if it would
            # reach the list's floor were it as usual with the alternative as with the word
            share = unigrams[alternative] / max(1, unigrams.get(word, 1))
            if (own_seen or 0) * share >= BIGRAM_FLOOR:
                return True
            continue
        if side_left is not None:
            # P(c | left) / P(w | left) holds the words' own frequencies: only the
            # likelihood P(left | c) / P(left | w) is evidence about this context
            evidence -= math.log(unigrams[alternative] / max(1, unigrams.get(word, 1)))
        margin += evidence
    return margin <= -ONE_SIDED_PENALTY


@attrs.frozen
class CompoundRule:
    """A hyphenated compound written with a wrong part: which part (its character offsets
    in the compound) and the part meant."""

    start: int
    end: int
    intended: str


@functools.cache
def compound_rules() -> dict[str, CompoundRule]:
    """data/typos/compound_rules.txt: each compound as written (lower-case, hyphens) -> its
    rule ("risk-adverse" -> "adverse" at 5-12, meant "averse")."""
    rules: dict[str, CompoundRule] = {}
    for line in read_lines("typos/compound_rules.txt"):
        pattern, arrow, intended = line.partition("->")
        pattern = pattern.strip().lower()
        start, end = pattern.find("["), pattern.find("]")
        if not arrow or start < 0 or end < start or not intended.strip():
            raise ValueError(f"bad compound rule: {line!r}")
        written = pattern.replace("[", "").replace("]", "")
        rules[written] = CompoundRule(start, end - 1, intended.strip().lower())
    return rules


# Words that cannot be the noun or adjective between a comparative and "than" ("lower and
# then", "faster so then"): coordination, not comparison.
_NOT_COMPARED = frozenset(("and", "or", "but", "so", "nor", "yet", "even", "just", "only"))


@functools.cache
def comparatives() -> frozenset[str]:
    return frozenset(read_lines("typos/comparatives.txt"))


@functools.cache
def than_complements() -> frozenset[str]:
    return frozenset(read_lines("typos/than_complements.txt"))


def comparative_then(before: str | None, previous: str | None, right: str | None) -> Verdict | None:
    """'then' for 'than' after a comparative, next to it or one word on ("higher then
    expected", "a steeper decline then the sector"), when what follows opens a comparison's
    complement (a determiner, "expected", "ever", a number; a subject pronoun after a
    compared noun: "more years then I make"). ``previous`` is the word just
    before "then", ``before`` the one before that (None when not a plain word)."""
    if right is None or previous is None:
        return None
    opens_complement = right in than_complements() or right[:1].isdigit()
    if opens_complement and previous in comparatives():
        return Verdict("than", math.inf)
    if (
        (opens_complement or right in _GAP_COMPLEMENT_SUBJECTS)
        and before in comparatives()
        and previous not in _NOT_COMPARED
        and not previous.endswith("ly")
        and previous not in than_complements()
        and previous not in _GAP_COMPLEMENT_SUBJECTS
    ):
        return Verdict("than", math.inf)
    return None


# Subject pronouns open a comparison's complement clause ("more tickets then we expected")
# only after a compared noun: right after the comparative "then" may start a new clause
# ("if you want more then you should pay").
_GAP_COMPLEMENT_SUBJECTS = frozenset(("i", "we", "he", "she", "they"))


# --- phrase rules: grammatical patterns beyond one bigram ---------------------------------

# Built-in slot classes of data/typos/phrase_rules.txt (see its header).
SENTENCE_START = "^"
POSSESSIVE_SLOT = "@possessive"
SINGULAR_SLOT = "@singular"
# The intended word of a rule that finds the writer's word right where it matches.
KEEP = "="
# Any word (letters, inner hyphens or apostrophes): a gap of one word ("a quick peek at").
ANY_WORD_SLOT = "*"
# A lower-case word, never a number or a mark ("peek at the", not "peak at 4,000").
WORD_SLOT = "@word"
# A word "quite" can grade: an adjective or a participle ("quite sure", "quite stressed").
GRADABLE_SLOT = "@gradable"
# A manner or degree adverb in -ly ("too quickly", "too literally").
LY_ADVERB_SLOT = "@ly_adverb"
# A known lower-case plural ("devices"), and a capitalised word (a name inside a sentence).
PLURAL_SLOT = "@plural"
NAME_SLOT = "@name"
# A verb in the past ("withdrew" is listed, "asked" ends in -ed), not a technical one.
PAST_SLOT = "@past"
# A capitalised word naming a kind of school ("Elementary", "Academy": ``@school_word``),
# the end of a school's name.
SCHOOL_SLOT = "@school"
# A number written in digits ("9" of "voted 9-4").
NUMBER_SLOT = "@number"
# a superlative or an ordinal-like word before "ever" ("the biggest ever week"): a known
# word in -est, or one of @superlative_word
SUPERLATIVE_SLOT = "@superlative"
SUPERLATIVE_ENDING = "est"
BUILT_IN_SLOTS = frozenset(
    (
        SENTENCE_START,
        POSSESSIVE_SLOT,
        SINGULAR_SLOT,
        ANY_WORD_SLOT,
        WORD_SLOT,
        GRADABLE_SLOT,
        LY_ADVERB_SLOT,
        PLURAL_SLOT,
        NAME_SLOT,
        PAST_SLOT,
        SCHOOL_SLOT,
        NUMBER_SLOT,
        SUPERLATIVE_SLOT,
    )
)
# Endings of adjectives and participles (for GRADABLE_SLOT, beside @quite_gradable); not
# "-al", "-ent", "-ant", "-ary", which end as many nouns and verbs ("appeal", "comment").
GRADABLE_ENDINGS = ("ed", "ful", "ous", "ive", "able", "ible", "ic", "less", "ish")
# Verbs that end like a participle ("proceed", "succeed").
NOT_PARTICIPLE_ENDINGS = ("eed",)
GRADABLE_MIN_LENGTH = 5
# Contractions of "is" that end like a possessive noun ("he's", "that's"): never one.
_IS_CONTRACTIONS = frozenset(
    (
        "it's",
        "he's",
        "she's",
        "that's",
        "there's",
        "what's",
        "who's",
        "here's",
        "where's",
        "let's",
        "how's",
        "one's",
        "everyone's",
        "nobody's",
        "someone's",
        "everything's",
    )
)


@attrs.frozen
class Excluded:
    """A slot that any token of the sentence fills except the class's words (never the
    sentence's edge): ``!@class`` in the rules file."""

    words: frozenset[str]


Slot = str | frozenset[str] | Excluded


@attrs.frozen
class PhraseRule:
    """A token pattern around a wrong word: ``slots`` from the first to the last token, each
    a literal token, a word class (a frozenset), an excluded class or a built-in class name;
    ``wrong`` is the index of the wrong word's slot."""

    slots: tuple[Slot, ...]
    wrong: int
    intended: str


@attrs.frozen
class PhraseRules:
    """The phrase rules by their wrong word, and the word classes the file defines."""

    by_word: dict[str, tuple[PhraseRule, ...]]
    classes: dict[str, frozenset[str]]


def _parse_slot(slot: str, classes: dict[str, frozenset[str]], line: str) -> Slot:
    if slot in BUILT_IN_SLOTS or not slot.startswith(("@", "!@")):
        return slot
    name = slot.removeprefix("!")
    if name not in classes:
        raise ValueError(f"phrase rule uses an undefined class {name}: {line!r}")
    return Excluded(classes[name]) if slot.startswith("!") else classes[name]


def _targets(
    slot: str, intended: str, pairs: dict[str, dict[str, str]], line: str
) -> dict[str, str]:
    """The wrong words a rule's bracketed slot names, each with its intended word: one word
    ("[loose] ... -> lose"), or every pair of a pair class ("[%nonverb] ... -> %nonverb")."""
    target = slot.strip("[]")
    if not target.startswith("%"):
        return {target: intended}
    if target not in pairs or intended != target:
        raise ValueError(f"pair-class rule needs a defined class on both sides: {line!r}")
    return pairs[target]


# The pair class of irregular past forms and their base verbs, built from
# data/irregular_verbs.txt (:func:`past_only_forms`), less the words of the class
# ``@past_for_base_exempt`` of the rules file.
PAST_FOR_BASE = "%past_for_base"
PAST_FOR_BASE_EXEMPT = "@past_for_base_exempt"


@functools.cache
def past_only_forms() -> dict[str, str]:
    """Each irregular simple past that is never a base form or a participle in
    data/irregular_verbs.txt ("went", "spoke", "took"), with its base form: in a
    slot only a bare verb fits (after a modal, "didn't", an infinitive "to") it is a
    wrong word ("didn't went", "want to spoke")."""
    rows = [line.lower().split() for line in read_lines("irregular_verbs.txt")]
    bases = {row[0] for row in rows if row}
    participles = {form for row in rows for form in row[2:]}
    forms: dict[str, str] = {}
    for row in rows:
        if len(row) < 2:
            continue
        past = row[1]
        if past not in bases and past not in participles and past.isalpha():
            forms.setdefault(past, row[0])
    return forms


@functools.cache
def phrase_rules() -> PhraseRules:
    """data/typos/phrase_rules.txt, parsed (class lines first, then rules)."""
    classes: dict[str, frozenset[str]] = {}
    pairs: dict[str, dict[str, str]] = {PAST_FOR_BASE: past_only_forms()}
    by_word: dict[str, list[PhraseRule]] = {}
    for line in read_lines("typos/phrase_rules.txt"):
        if line.startswith("@") and " = " in line:
            name, _, members = line.partition(" = ")
            classes[name.strip()] = frozenset(members.lower().split())
            if name.strip() == PAST_FOR_BASE_EXEMPT:
                exempt = classes[PAST_FOR_BASE_EXEMPT]
                pairs[PAST_FOR_BASE] = {
                    past: base for past, base in pairs[PAST_FOR_BASE].items() if past not in exempt
                }
            continue
        if line.startswith("%") and " = " in line:
            name, _, members = line.partition(" = ")
            pair_words = (member.partition(":") for member in members.lower().split())
            pairs[name.strip()] = {wrong: right for wrong, _, right in pair_words if right}
            continue
        pattern, arrow, intended = line.partition("->")
        words = pattern.lower().split()
        wrong = [index for index, word in enumerate(words) if word.startswith("[")]
        if not arrow or len(wrong) != 1 or not intended.strip():
            raise ValueError(f"bad phrase rule: {line!r}")
        targets = _targets(words[wrong[0]], intended.strip().lower(), pairs, line)
        for target, right_word in targets.items():
            slots = tuple(
                target if index == wrong[0] else _parse_slot(word, classes, line)
                for index, word in enumerate(words)
            )
            by_word.setdefault(target, []).append(PhraseRule(slots, wrong[0], right_word))
    # a rule that keeps a word is tried before any that calls it wrong
    return PhraseRules(
        {
            word: tuple(sorted(rules, key=lambda rule: rule.intended != KEEP))
            for word, rules in by_word.items()
        },
        classes,
    )


@functools.cache
def gradable_words() -> frozenset[str]:
    """``@quite_gradable``: adjectives and adverbs "quite" grades that no adjective ending
    shows ("quite sure", "quite right")."""
    return phrase_rules().classes.get("@quite_gradable", frozenset())


def _is_gradable(token: str) -> bool:
    """An adjective or participle "quite" may grade: listed, or a known word with an
    adjective's or participle's ending, and not in ``@not_gradable`` (words that follow
    a verb's complement: "quiet compared with", "quiet overnight")."""
    if not token.isalpha() or not token.islower():
        return False
    if token in phrase_rules().classes.get("@not_gradable", frozenset()):
        return False
    if token in bigram_tables()[1].get("quiet", {}):
        return False  # "quiet time", "quiet residential": what a quiet thing is
    if token in gradable_words():
        return True
    return (
        len(token) >= GRADABLE_MIN_LENGTH
        and token.endswith(GRADABLE_ENDINGS)
        and not token.endswith(NOT_PARTICIPLE_ENDINGS)
        and token in spelling.core_words()
    )


def phrase_rule_words() -> frozenset[str]:
    """The words a phrase rule or the contraction check can name wrong (apostrophes
    straight and typeset)."""
    return _with_variants(set(phrase_rules().by_word).union(CONTRACTION_POSSESSIVES))


def _is_word_token(token: str) -> bool:
    """Letters with inner hyphens or apostrophes: a word, never a number or a mark."""
    return token[:1].isalpha() and token.replace("-", "").replace("'", "").isalpha()


def _slot_matches(slot: Slot, token: str | None) -> bool:
    if isinstance(slot, frozenset):
        return token is not None and token in slot
    if isinstance(slot, Excluded):
        return bool(token) and token not in slot.words
    if slot == SENTENCE_START:
        return token is None
    if not token:
        return False
    if slot == ANY_WORD_SLOT:
        return _is_word_token(token)
    if slot == WORD_SLOT:
        return token.islower() and _is_word_token(token)
    if slot == GRADABLE_SLOT:
        return _is_gradable(token)
    if slot == PLURAL_SLOT:
        return (
            token.isalpha()
            and token.islower()
            and token.endswith("s")
            and not token.endswith(("ss", "us", "is"))
            and token in spelling.core_words()
        )
    if slot == NAME_SLOT:
        return token[:1].isupper() and token.isalpha()
    if slot == NUMBER_SLOT:
        return token.isdigit()
    if slot == SUPERLATIVE_SLOT:
        superlatives = phrase_rules().classes.get("@superlative_word", frozenset())
        return token in superlatives or (
            len(token) >= GRADABLE_MIN_LENGTH
            and token.endswith(SUPERLATIVE_ENDING)
            and token.isalpha()
            and token in spelling.core_words()
        )
    if slot == SCHOOL_SLOT:
        school_words = phrase_rules().classes.get("@school_word", frozenset())
        return token[:1].isupper() and token.lower() in school_words
    if slot == PAST_SLOT:
        classes = phrase_rules().classes
        if token in classes.get("@technical", frozenset()):
            return False
        return token in classes.get("@irregular_past", frozenset()) or (
            len(token) >= GRADABLE_MIN_LENGTH
            and token.endswith("ed")
            and not token.endswith(NOT_PARTICIPLE_ENDINGS)
            and token.isalpha()
            and token in spelling.core_words()
        )
    if slot == LY_ADVERB_SLOT:
        return (
            len(token) >= GRADABLE_MIN_LENGTH
            and token.endswith("ly")
            and token in spelling.core_words()
        )
    if slot == POSSESSIVE_SLOT:
        return (
            len(token) > 2
            and (token.endswith("'s") or token.endswith("s'"))
            and token not in _IS_CONTRACTIONS
            and token.replace("'", "").isalpha()
        )
    if slot == SINGULAR_SLOT:
        plural = phrase_rules().classes.get("@plural_antecedent", frozenset())
        return (
            token.isalpha()
            and token.islower()
            and (not token.endswith("s") or token.endswith("ss"))
            and token not in plural
        )
    return token == slot


def phrase_verdict(word: str, token_at: Callable[[int], str | None]) -> Verdict | None:
    """The intended word when a phrase rule names ``word`` wrong, or a verdict whose
    suggestion is ``KEEP`` when a rule finds it right (no other check may then call it
    wrong). ``token_at(offset)`` gives the lower-case token (apostrophes straight)
    ``offset`` places from the word in its sentence: None just before the sentence's first
    token, "" further out."""
    for rule in phrase_rules().by_word.get(word, ()):
        if all(
            _slot_matches(slot, token_at(index - rule.wrong))
            for index, slot in enumerate(rule.slots)
            if index != rule.wrong
        ):
            return Verdict(rule.intended, math.inf)
    return None


# Words written for a possessive determiner: read as "it is", "who has" or the adverb or
# existential "there" they cannot stand before a plain noun ("cut it's rate", "the player
# who's name", "to protect there homes").
CONTRACTION_POSSESSIVES = {
    "it's": "its",
    "who's": "whose",
    "there": "their",
    "they're": "their",
}
# The possessive determiners whose listed right neighbours show a word is a noun (or an
# attributive adjective, filtered below). "who's" uses only "whose": after "who's" a bare
# predicate noun is common ("who's team captain").
POSSESSIVE_EVIDENCE = {
    "it's": ("its", "his", "her", "their", "our", "your", "my"),
    "who's": ("whose",),
    "there": ("their",),
    "they're": ("their",),
}
# Per contraction, the verb it holds: a word listed after it ("are friends", "were
# students") may follow "they're" as a predicate, so it is no evidence for the possessive.
OWN_VERB_READINGS = {"they're": ("are", "were")}
# Words whose listed right neighbours may also follow the wrong word itself: after the
# adverb "there" (or "here") come times and places ("lived there years", "there last week").
OWN_READINGS = {"there": ("there", "here")}
# A word the bigram data lists after one of these may follow "is" (a participle, an
# adjective, a noun phrase) or is an adjective (after a degree word that never precedes a
# noun): it is no evidence for the possessive.
CONTRACTION_READINGS = (
    "is",
    "was",
    "so",
    "too",
    "quite",
    "extremely",
    "highly",
    "fairly",
    "rather",
)
# Endings of adjectives ("it's national", "it's historic"): a predicate after "it's".
ADJECTIVE_ENDINGS = (
    "al",
    "ic",
    "ive",
    "ous",
    "ful",
    "ary",
    "ory",
    "ing",
    "ed",
    "est",
    "ible",
    "able",
)
# After the noun, a word that makes "it's X" a cleft or a predicate ("it's people who").
_CLEFT_WORDS = frozenset(("who", "that", "which", "and", "or", "but", "not", "over", "first"))


@functools.cache
def possessive_nouns() -> dict[str, frozenset[str]]:
    """For "it's" and "who's": the nouns after which only the possessive fits (see
    :func:`_build_possessive_nouns`), from the disk cache once built."""
    built = derived(
        "typos-possessive-nouns",
        _build_possessive_nouns,
        dict,
        [*_typos_inputs(), data_path("typos/phrase_rules.txt")],
    )
    return {word: frozenset(nouns) for word, nouns in built.items()}


def _build_possessive_nouns() -> dict[str, list[str]]:
    """Words listed after a possessive ("its rate", "whose name") that are never listed
    after "is", "has", "was" or a degree word, do not end like an adjective and are not in
    the phrase rules' ``@contraction_may_precede``."""
    wanted = {word for words in POSSESSIVE_EVIDENCE.values() for word in words}
    wanted.update(CONTRACTION_READINGS)
    wanted.update(word for words in OWN_READINGS.values() for word in words)
    wanted.update(word for words in OWN_VERB_READINGS.values() for word in words)
    after: dict[str, set[str]] = {word: set() for word in wanted}
    with package_file("symspellpy", BIGRAM_FILE).open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and parts[0] in wanted:
                after[parts[0]].add(parts[1])
    blocked = set().union(*(after[word] for word in CONTRACTION_READINGS))
    blocked |= phrase_rules().classes.get("@contraction_may_precede", frozenset())
    they_are = phrase_rules().classes.get("@they_are_may_precede", frozenset())
    return {
        contraction: sorted(
            noun
            for noun in set().union(*(after[word] for word in evidence))
            if noun.isalpha()
            and noun not in blocked
            and not noun.endswith(ADJECTIVE_ENDINGS)
            and not any(noun in after[word] for word in OWN_READINGS.get(contraction, ()))
            and not any(noun in after[word] for word in OWN_VERB_READINGS.get(contraction, ()))
            # a plural after "they're" is most often a predicate ("they're favourites")
            and not (contraction == "they're" and (noun.endswith("s") or noun in they_are))
        )
        for contraction, evidence in POSSESSIVE_EVIDENCE.items()
    }


def contraction_verdict(
    left: str | None, word: str, right: str | None, after_right: str | None
) -> Verdict | None:
    """The possessive for "it's"/"who's" before a noun only the possessive fits ("cut it's
    rate twice"), when a word follows the noun that does not make it a cleft or a predicate
    ("it's people who", "it's progress, not ..."): a noun ending its clause is left alone.
    Before "it's", ``left`` must be a word after which no clause opens (not sentence-initial,
    not punctuation, not ``@clause_opener``), where "it is" could stand; "who's" opens a
    relative clause wherever it stands. "there" is not judged after ``@there_inversion``
    ("is there hope", "out there"). "they're" is judged like "it's", but may end its
    clause: its nouns leave out plurals and ``@they_are_may_precede``, the predicates."""
    possessive = CONTRACTION_POSSESSIVES.get(word)
    if possessive is None or right is None:
        return None
    classes = phrase_rules().classes
    if word in CLAUSE_CHECKED and (
        left is None
        or (after_right is None and word == "it's")
        or left in classes.get("@clause_opener", ())
    ):
        return None
    if word == "there" and left in classes.get("@there_inversion", ()):
        return None
    if word in CLEFT_CHECKED and after_right in _CLEFT_WORDS:
        return None
    if right not in possessive_nouns()[word]:
        return None
    return Verdict(possessive, math.inf)


# Contraction-check words whose verdict looks at the word after the noun (cleft check).
CLEFT_CHECKED = frozenset(("it's", "who's", "they're"))
# Contractions of a subject and a verb: judged only where no clause may open before them.
CLAUSE_CHECKED = frozenset(("it's", "they're"))


@functools.cache
def wide_phrase_words() -> frozenset[str]:
    """Phrase-rule and contraction words whose verdict may depend on more than the words
    just before and after them (a rule slot further out, the sentence start, the cleft
    check), with straight and typeset apostrophes."""
    wide = set(CLEFT_CHECKED)
    for word, rules in phrase_rules().by_word.items():
        for rule in rules:
            if rule.wrong > 1 or len(rule.slots) - rule.wrong > 2 or SENTENCE_START in rule.slots:
                wide.add(word)
    return _with_variants(wide)


def _is_enumerable(slot: Slot | None) -> bool:
    if slot is None or isinstance(slot, Excluded):
        return False
    return isinstance(slot, frozenset) or slot not in BUILT_IN_SLOTS


def _beside(rule: PhraseRule) -> tuple[Slot | None, Slot | None]:
    """The slots just before and just after a rule's wrong word (None at its ends)."""
    before = rule.slots[rule.wrong - 1] if rule.wrong > 0 else None
    after = rule.slots[rule.wrong + 1] if rule.wrong + 1 < len(rule.slots) else None
    return before, after


@functools.cache
def ungated_phrase_words() -> frozenset[str]:
    """Words with a phrase rule that has no word list beside the wrong word ("[discretely]"
    between two excluded classes): checked wherever they stand (rare words only), with
    straight and typeset apostrophes. Rules that keep a word are not counted: they only
    overrule another check, which has its own gate."""
    ungated = {
        word
        for word, rules in phrase_rules().by_word.items()
        if any(
            rule.intended != KEEP and not any(map(_is_enumerable, _beside(rule))) for rule in rules
        )
    }
    return _with_variants(ungated)


@functools.cache
def phrase_gates() -> NeighbourGates:
    """For each word a phrase rule or the contraction check can name wrong (keys with
    straight and typeset apostrophes), the left or the right neighbours next to which it
    can: a rule's slot beside the wrong word (the left one when it is a word list, else the
    right one), the nouns of :func:`possessive_nouns`. Next to any other word
    :func:`phrase_verdict` and :func:`contraction_verdict` return None, except for the
    :func:`ungated_phrase_words` (left out here: they are checked wherever they stand) and
    rules that keep a word (they never name one wrong)."""
    lefts: dict[str, set[str]] = {}
    rights: dict[str, set[str]] = {}
    for word, rules in phrase_rules().by_word.items():
        if word in ungated_phrase_words():
            continue
        for rule in rules:
            if rule.intended == KEEP:
                continue  # it only keeps a word another check would call wrong
            before, after = _beside(rule)
            for slot, gate in ((before, lefts), (after, rights)):
                if _is_enumerable(slot):
                    members = slot if isinstance(slot, frozenset) else {str(slot)}
                    gate.setdefault(word, set()).update(members)
                    break
    for word, nouns in possessive_nouns().items():
        rights.setdefault(word, set()).update(nouns)
    return (
        {key: frozenset(words) for word, words in lefts.items() for key in _with_variants({word})},
        {key: frozenset(words) for word, words in rights.items() for key in _with_variants({word})},
    )
