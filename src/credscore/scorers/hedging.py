"""Hedging: how sure the article claims to be, and whom it pins its claims on.

Cues are found on the shared analysis (its tokens and sentences; nothing is tokenised
again) by a longest-match walk over a token trie built once per process from the lexicons
in ``credscore/data/hedging/``. The walk runs only at candidate tokens: a document's token
types are gated once each (a phrase's first word needs one of its possible next words in
the document, a collective weasel's first word a weasel verb), then each candidate by a
set look-up at the next two tokens; only sentences holding a candidate are read.

* ``hedge`` findings: epistemic modals (may, might, could), epistemic adverbs (likely,
  reportedly, allegedly ...), appearance verbs (seems, appears to), raising constructions
  about a named subject ("is said to"), first-person belief ("I think", "we believe");
* ``weasel`` findings: claims pinned on a vague collective ("critics argue", "some people
  say", "many believe") or on nobody ("it is widely believed", "it's rumored");
* ``booster`` findings: over-certainty ("undoubtedly", "without a doubt", epistemic "must").

Context rules (each decided against the labeling conventions, see ``docs/hedging.md``):

* "May" is the month (or a name) when capitalised in the middle of a sentence, before a day
  number or year, after in/on/since/last/next/by/until ..., or before "," / "and" / "of";
  headlines are title-cased, so there only the neighbours decide;
* "might" is the noun after a determiner or adjective ("military might") or before "of";
* "could" is not a hedge when negated ("could not", "could never", "could hardly"), in a
  sentence that has an "if"/"whether"/"unless" before it (conditional or counterfactual,
  "if he could master ..."), after so/how/as/than/all/... ("so he could", "as fast as he
  could"), or before a verb of perception ("could hear");
* "can" and "would" are never hedges; approximators (about, around), conditionals and
  "expected to" are not hedges either; "you might wonder" is rhetoric, "you could say" a hedge;
* a hedge inside a quotation is still a hedge (the conventions label it).

One -ly adverb may stand between the words of a phrase ("is reportedly said to", "critics
privately argue"), so inserting such an adverb never breaks a cue.

Sentence uncertainty: a sentence is uncertain when it holds a hedge or weasel cue. With
``profile="wiki"`` a sentence is also uncertain when the linear cue model learned from the
CoNLL-2010 training set (Wikipedia hedges and weasels) scores it above zero; the findings
stay the same in both profiles.

Sub-score (monotone: another hedge never raises it)::

    h = number of hedged (not weasel) sentences, each weighing 1.0, or 0.5 when the
        sentence attributes its claim (a quotation or a said/told/according to cue), since
        then the named source hedged, not the writer
    w = number of sentences with weasel wording
    b = number of boosters
    score = 100 * exp(-(1.5 * h + 4.0 * w + 0.75 * b) / (n + 2))      n = sentences

so an article where one sentence in ten is hedged scores about 87, one weasel sentence in
ten about 70. An article without sentences gets a neutral 50.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
from collections.abc import Container, Iterable, Iterator, Mapping
from typing import Literal

import attrs

from credscore.analysis import Analysis, Sentence
from credscore.entities import (
    NOT_CLAIMS_AFTER_SAYING,
    PARTITIVE_DETERMINERS,
    opens_generic_object,
    plural_group_noun,
)
from credscore.model import Finding, ScorerResult
from credscore.resources import read_lines

CueKind = Literal["hedge", "weasel", "booster"]
Profile = Literal["news", "wiki"]
PROFILES: tuple[Profile, ...] = ("news", "wiki")

NEUTRAL = 50.0
HEDGE_WEIGHT = 1.5
WEASEL_WEIGHT = 4.0
BOOSTER_WEIGHT = 0.75
ATTRIBUTED_HEDGE_FACTOR = 0.5
SMOOTHING_SENTENCES = 2.0

# Earlier kinds win a tie between equally long matches at one position.
KIND_PRIORITY: dict[CueKind, int] = {"weasel": 0, "hedge": 1, "booster": 2}
LEXICON_FILES: tuple[tuple[CueKind, str], ...] = (
    ("weasel", "hedging/weasels.txt"),
    ("hedge", "hedging/hedges.txt"),
    ("booster", "hedging/boosters.txt"),
)
ANY_POSSESSIVE = "*'s"

# Words that may stand inside a phrase without breaking it (besides -ly adverbs).
INNER_ADVERBS = frozenset({"also", "still", "even", "now", "often", "long", "once", "since"})

MONTH_BEFORE = frozenset(
    {
        "in", "on", "since", "last", "next", "early", "late", "mid", "until", "till",
        "through", "during", "from", "by", "of", "this", "between", "before", "after",
        "throughout", "for", "to", "that", "each", "every",
    }
)  # fmt: skip
MONTH_AFTER = frozenset({",", ".", "and", "or", "of", ")", "-", "–", "—", "/", ";", ":", "day"})
OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "—", "–", "-", ":", "«"})
MIGHT_NOUN_BEFORE = frozenset(
    {
        "the", "his", "her", "its", "their", "our", "my", "your", "with", "military",
        "economic", "naval", "industrial", "financial", "full", "sheer", "nuclear", "air",
        "main", "whose", "of", "american", "russian", "chinese", "western",
        "soviet", "imperial", "corporate", "political", "mighty",
    }
)  # fmt: skip
# ("all", "this", "that" before "might" are subjects: "work that might take years"; the
# noun after them, "with all that might.", is caught by MIGHT_NOUN_AFTER)
MIGHT_NOUN_AFTER = frozenset({"of", ".", ",", ";", ":", "!", "?", ")", "and", "—", "–"})
RHETORICAL_YOU_VERBS = frozenset(
    {
        "wonder", "ask", "think", "expect", "notice", "recall", "remember", "imagine", "know",
        "want", "like", "need", "find", "recognize", "recognise", "guess", "assume",
    }
)  # fmt: skip
COULD_NEGATIONS = frozenset({"not", "never", "hardly", "barely", "scarcely", "n't"})
# a purpose or time clause: its "could" is ability or a past event ("so his grandmother in
# Kraków could see", "before I could change the settings"), never a guess
COULD_CLAUSE_OPENERS = frozenset({"so", "before", "until", "till", "once"})
CLAUSE_LOOKBACK = 6
COULD_ABILITY_BEFORE = frozenset(
    {
        "so", "how", "as", "than", "all", "anything", "nothing", "everything", "whatever",
        "wherever", "whenever", "best", "until", "till", "once",
    }
)  # fmt: skip
COULD_PERCEPTION_AFTER = frozenset(
    {"hear", "smell", "taste", "remember", "recall", "speak", "swim", "read", "afford"}
)
# "no company had yet shown it could build one", "proved they could win": a shown ability
DEMONSTRATION_VERBS = frozenset({"shown", "showed", "proved", "proven", "demonstrated"})
CONDITIONAL_MARKERS = frozenset({"if", "whether", "unless"})
PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
PAST_FUTURE_MODALS = frozenset({"would", "could", "i'd", "we'd", "it'd", "he'd", "she'd", "they'd"})
BELIEF_NOT_BEFORE = frozenset({"in", "of", "about", "for", "to", "up", "back", "through"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
CLAUSE_ENDS = frozenset({None, ".", ",", ";", ":", "!", "?", "and", "but", "—", "–"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "noone", "neither"})
REQUESTING_PRONOUNS = frozenset({"i", "we", "you"})  # "Could I ...?", "Could you ...?"
CONSIDERED_NOT_BEFORE = frozenset({"for", "by", "in", "at", "on", "with", "and", ",", "."})
MUST_EPISTEMIC_AFTER = frozenset({"be", "have", "'ve"})
ATTRIBUTION_WORDS = frozenset(
    {
        "said", "says", "say", "told", "tells", "according", "stated", "states", "wrote",
        "writes", "added", "adds", "explained", "explains", "noted", "reported", "reports",
        "claimed", "claims", "insisted", "argued", "acknowledged",
    }
)  # fmt: skip
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
ATTRIBUTION_MARKERS = ATTRIBUTION_WORDS | QUOTE_MARKS
DEFINITE_BEFORE = frozenset(
    {
        "the", "these", "those", "this", "that", "his", "her", "its", "their", "our", "my",
        "your", "whose", "such", "both", "two", "three", "four", "five", "which", "what",
    }
)  # fmt: skip
PREPOSITIONS_AFTER_SOURCE = frozenset({"of", "in", "at", "from", "within", "across", "on", "with"})
# "economists at the Peterson Institute": a named affiliation makes the source specific.
AFFILIATION_PREPOSITIONS = frozenset({"at", "from", "with"})
SENTENCE_END = frozenset({".", "!", "?", '"', "”", "’", "'"})
MAX_PP_WORDS = 5
# Prepositions that pin a bare collective to a place ("residents along the river said").
LOCATIVE_PREPOSITIONS = frozenset(
    {"along", "near", "on", "in", "across", "around", "outside", "inside", "throughout", "of"}
)
BE_AUXILIARIES = frozenset({"are", "were", "is", "was", "been", "be"})
HAVE_AUXILIARIES = frozenset({"have", "has", "had", "'ve"})
IRREGULAR_PAST_VERBS = frozenset({"said", "thought", "felt", "held", "told", "swore"})
# "more likely to develop", "twice as likely": comparative risk, not uncertainty.
AS_LIKELY_COMPARATORS = frozenset(
    {"twice", "times", "just", "equally", "half", "nearly", "almost", "about", "not", "so"}
)
COMPARATIVE_BEFORE_LIKELY = frozenset({"more", "less"})
COMPARATIVE_AFTER_LIKELY = frozenset({"to", "than"})
# "we could see the smoke", "I could tell": perception or ability after a person.
COULD_PERCEIVE_VERBS = frozenset({"see", "tell", "feel", "sense", "smell", "hear"})
# What one sees ("we could see the smoke", "I could see how ..."); any other object is an
# outcome ("we could see rate cuts", "could see a recession"): epistemic.
COULD_SEE_PERCEIVED_OBJECTS = frozenset(
    {
        "the", "it", "that", "this", "these", "those", "how", "what", "why", "who", "where",
        "whether", "them", "him", "her", "his", "their", "its", "my", "our", "your", "me",
        "us", "through", "from", "into", "inside", "out", "over", "right", "nothing",
        "everything", "everyone", "people", "no",
    }
)  # fmt: skip
# Verbs that characterise rather than claim: not enough after a bare collective.
VERBS_NOT_AFTER_BARE = frozenset({"called", "described", "estimated", "call", "describe"})
# "people were saying goodbye": a greeting, not a claim.
QUANTIFIER_SUBJECTS = frozenset({"some", "many", "most", "several", "few", "others"})
# "everyone in the sector knows": counts only when placed by a phrase (the bare "everyone
# knows" is a phrase of weasels.txt; "Everyone said goodbye" tells a story)
UNIVERSAL_SUBJECTS = frozenset({"everyone", "everybody"})
# "some in the diving community resent", "many within the party believe": a quantifier
# standing for people, placed by a short phrase instead of a noun
PARTITIVE_PLACE_PREPOSITIONS = frozenset({"in", "within", "among", "inside", "at", "across"})
# what may follow a knowing verb for "everyone ... knows" to state a claim ("knows that",
# "knows he was"), not an acquaintance ("knew her")
CLAIM_AFTER_KNOWING = frozenset(
    {"that", "what", "how", "why", "where", "when", "he", "she", "they", "we", "you", "it's",
     "there"}
)  # fmt: skip
MAX_SOURCE_MODIFIERS = 2  # "several downtown business owners"
MASS_QUANTIFIERS = frozenset(
    {"thousands", "hundreds", "dozens", "millions", "scores", "lot", "lots"}
)  # "a lot of people"
# words after which a collective is an object, not the source of a claim
VERBS_BEFORE_AN_OBJECT = frozenset(
    {"told", "tell", "tells", "telling", "asked", "urged", "reminded", "assured", "briefed"}
)
CLAUSE_OPENING_CONJUNCTIONS = frozenset({"and", "but", "while", "though", "although"})
PLACE_ADVERBS = frozenset({"online", "locally", "nationwide", "abroad", "here"})
RELATIVE_AFTER_SOURCE = frozenset(
    {"who", "interviewed", "polled", "surveyed", "contacted", "questioned"}
)
MAX_RELATIVE_WORDS = 7
# "fans are convinced (that) ...": a stance adjective after "be" pins the claim on them.
# between a collective and its verb: "a lot of people will tell you", "most forecasters do
# not expect"
MODAL_OR_NEGATION = frozenset(
    {"will", "would", "can", "could", "may", "might", "should", "do", "does", "did", "not",
     "n't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't"}
)  # fmt: skip

VERBS_NOT_AFTER_QUANTIFIER = frozenset({"estimated", "estimate", "called", "described"})


# --------------------------------------------------------------------------- lexicons


@attrs.frozen
class CueEntry:
    """What a phrase in the trie is: its kind, an optional context rule, its priority."""

    kind: CueKind
    rule: str | None


class TrieNode:
    __slots__ = ("children", "entry")

    def __init__(self) -> None:
        self.children: dict[str, TrieNode] = {}
        self.entry: CueEntry | None = None


def expand_phrase(pattern: str) -> Iterator[tuple[str, ...]]:
    """Every token sequence a lexicon pattern stands for: slots are separated by spaces,
    alternatives by ``|``, and ``_`` joins the tokens of one multi-word alternative."""
    slots = [
        [tuple(alternative.split("_")) for alternative in slot.split("|")]
        for slot in pattern.split()
    ]
    for combination in itertools.product(*slots):
        yield tuple(token for alternative in combination for token in alternative)


def parse_lexicon_line(line: str) -> tuple[str, str | None]:
    """A lexicon line: the pattern and its optional ``@rule``."""
    pattern, _, rule = line.partition("\t")
    rule = rule.strip()
    return pattern.strip().lower(), (rule[1:] if rule.startswith("@") else None)


@functools.cache
def cue_trie() -> TrieNode:
    """The hedge, weasel and booster phrases as one token trie, built once per process."""
    root = TrieNode()
    for kind, file_name in LEXICON_FILES:
        for line in read_lines(file_name):
            pattern, rule = parse_lexicon_line(line)
            for tokens in expand_phrase(pattern):
                node = root
                for token in tokens:
                    node = node.children.setdefault(token, TrieNode())
                # The first file to claim a phrase keeps it: weasel wording beats hedging.
                if node.entry is None:
                    node.entry = CueEntry(kind, rule)
    return root


@attrs.frozen(slots=False)
class WeaselLexicon:
    """Vague collective sources, quantifiers and speech verbs ("many experts believe")."""

    sources: dict[str, str]  # noun -> "free", "quantified", "bare" or "generic" (see file)
    quantifiers: frozenset[str]
    verbs: frozenset[str]
    generic_claim_verbs: frozenset[str]  # "Doctors say ...": see generic_claim_verbs.txt
    quantified_only_verbs: frozenset[str]  # marked @quantified: "most people assume"
    stance_adjectives: frozenset[str]  # marked @be: "fans are convinced"
    universal_only_verbs: frozenset[str]  # marked @universal: "everyone in town knows"

    @functools.cached_property
    def starts(self) -> frozenset[str]:
        """The words a collective weasel can start with (a cheap pre-filter)."""
        return self.quantifiers | frozenset(self.sources)


@functools.cache
def weasel_lexicon() -> WeaselLexicon:
    sources: dict[str, str] = {}
    for line in read_lines("hedging/weasel_sources.txt"):
        noun, rule = parse_lexicon_line(line)
        sources[noun] = rule or "free"
    verbs = [
        (verb.lower(), rule)
        for verb, rule in map(parse_lexicon_line, read_lines("hedging/weasel_verbs.txt"))
    ]
    return WeaselLexicon(
        sources=sources,
        quantifiers=frozenset(q.lower() for q in read_lines("hedging/weasel_quantifiers.txt")),
        verbs=frozenset(verb for verb, _ in verbs),
        generic_claim_verbs=frozenset(
            verb.lower() for verb in read_lines("hedging/generic_claim_verbs.txt")
        ),
        quantified_only_verbs=frozenset(verb for verb, rule in verbs if rule == "quantified"),
        stance_adjectives=frozenset(verb for verb, rule in verbs if rule == "be"),
        universal_only_verbs=frozenset(verb for verb, rule in verbs if rule == "universal"),
    )


@attrs.frozen
class PermissionLexicon:
    """Verbs after which "may" grants permission, and the subjects notices address."""

    verbs: dict[tuple[str, ...], bool]  # verb tokens -> needs an audience subject
    audience: frozenset[str]


@functools.cache
def permission_lexicon() -> PermissionLexicon:
    verbs: dict[tuple[str, ...], bool] = {}
    for line in read_lines("hedging/permission_may.txt"):
        verb, rule = parse_lexicon_line(line)
        verbs[tuple(verb.split("_"))] = rule == "audience"
    audience = frozenset(word.lower() for word in read_lines("hedging/permission_audience.txt"))
    return PermissionLexicon(verbs, audience)


def corrected_verb(token: str, verbs: frozenset[str]) -> str | None:
    """A misspelled weasel verb ("beleive", "alledge") as the verb it stands for: only
    codespell's known misspellings that are not English words, so no real word is bent."""
    if len(token) < 4 or not token.isalpha():
        return None
    from credscore.spelling import known_misspellings  # loaded once, shared with typos

    correction = known_misspellings().get(token)
    return correction if correction in verbs else None


@functools.cache
def misspelled_cues() -> dict[str, str]:
    """codespell's misspellings of the one-word -ly cues ("apparantly", "allegedy",
    "propably") -> the cue. Only long forms, never real words (``known_misspellings``
    has none), so a surname ("Cleary") is not bent into a cue."""
    from credscore.spelling import known_misspellings  # loaded once, shared with typos

    one_word_cues = {word for word, node in cue_trie().children.items() if node.entry}
    return {
        wrong: right
        for wrong, right in known_misspellings().items()
        if right in one_word_cues and right.endswith("ly") and len(wrong) >= 7 and wrong.isalpha()
    }


# --------------------------------------------------------------------------- matching


@attrs.frozen
class Cue:
    """One cue: its kind and the token range ``[first, end)`` it covers."""

    kind: CueKind
    first: int
    end: int


def normalise(token: str) -> str:
    return token.lower().replace("’", "'")


def is_skippable(token: str) -> bool:
    """An adverb that may stand inside a phrase: any -ly word, or a few short ones."""
    return (len(token) > 3 and token.endswith("ly") and token.isalpha()) or token in INNER_ADVERBS


class SentenceView:
    """The normalised tokens of one sentence and where they sit in the analysis, with the
    few sentence-wide facts the context rules need, each computed once and only if asked."""

    __slots__ = ("_first_conditional", "_first_non_opener", "_headline_style", "analysis",
                 "offset", "sentence", "tokens")  # fmt: skip

    def __init__(self, analysis: Analysis, sentence: Sentence, tokens: tuple[str, ...]) -> None:
        self.analysis = analysis
        self.sentence = sentence
        self.tokens = tokens  # normalised, sentence-local
        self.offset = sentence.first_token
        self._headline_style: bool | None = None
        self._first_conditional: int | None = None
        self._first_non_opener: int | None = None

    def token(self, local: int) -> str | None:
        return self.tokens[local] if 0 <= local < len(self.tokens) else None

    def raw(self, local: int) -> str:
        """The token as written ("" outside the sentence)."""
        if not 0 <= local < len(self.tokens):
            return ""
        return self.analysis.token_texts[self.offset + local]

    def next_word(self, local: int) -> str | None:
        """The token after ``local``, skipping inner adverbs (-ly words)."""
        position = local + 1
        while position < len(self.tokens) and is_skippable(self.tokens[position]):
            position += 1
        return self.token(position)

    def is_sentence_initial(self, local: int) -> bool:
        if self._first_non_opener is None:
            self._first_non_opener = next(
                (i for i, token in enumerate(self.tokens) if token not in OPENERS),
                len(self.tokens),
            )
        return local <= self._first_non_opener

    def has_conditional_before(self, local: int) -> bool:
        """Is there an if/whether/unless before token ``local``?"""
        if self._first_conditional is None:
            self._first_conditional = next(
                (i for i, token in enumerate(self.tokens) if token in CONDITIONAL_MARKERS),
                len(self.tokens),
            )
        return self._first_conditional < local

    @property
    def headline_style(self) -> bool:
        """Title case: a headline segment, or a line without closing punctuation whose words
        are mostly capitalised (scraped subheads); body sentences end in . ! or ?."""
        if self._headline_style is None:
            self._headline_style = self.sentence.segment == "title" or self._looks_title_cased()
        return self._headline_style

    def _looks_title_cased(self) -> bool:
        if not self.tokens or self.tokens[-1] in SENTENCE_END:
            return False
        analysis = self.analysis
        long_words = [
            analysis.token_texts[index]
            for index in self.sentence.token_indices
            if analysis.is_word[index]
            and not analysis.is_number[index]
            and len(analysis.token_texts[index]) > 3
        ]
        capitalised = sum(1 for word in long_words if word[0].isupper())
        return len(long_words) >= 3 and capitalised >= 0.6 * len(long_words)


def sentence_view(analysis: Analysis, sentence: Sentence, lowered: tuple[str, ...]) -> SentenceView:
    return SentenceView(analysis, sentence, lowered[sentence.first_token : sentence.end_token])


def trie_matches(view: SentenceView, start: int) -> Iterator[tuple[int, CueEntry]]:
    """Every phrase of the trie starting at token ``start``: (end, entry) pairs."""
    root = cue_trie()
    stack: list[tuple[TrieNode, int]] = [(root, start)]
    while stack:
        node, position = stack.pop()
        if node.entry is not None and node is not root:
            yield position, node.entry
        if position >= len(view.tokens):
            continue
        token = view.tokens[position]
        children = node.children
        child = children.get(token)
        if child is not None:
            stack.append((child, position + 1))
        if token.endswith("'s") and len(token) > 2:
            possessive = children.get(ANY_POSSESSIVE)
            if possessive is not None:
                stack.append((possessive, position + 1))
        # Inside a phrase (never before its first word), one adverb may be skipped.
        inside = node is not root and bool(children)
        if inside and is_skippable(token) and position + 1 < len(view.tokens):
            after = view.tokens[position + 1]
            skipped = children.get(after)
            if skipped is not None:
                stack.append((skipped, position + 2))


def rule_allows(rule: str | None, view: SentenceView, first: int, end: int) -> bool:
    """The context rule of a matched phrase: is it really a cue here?"""
    if rule is None:
        return True
    if rule == "modal":
        rule = view.tokens[first]
    following = (view.token(first + 1), view.token(first + 2))
    if rule in ("may", "might") and following == ("as", "well"):
        return False  # "it might as well be a wall": an idiom of no better choice, no doubt
    check = RULES.get(rule)
    return True if check is None else check(view, first, end)


def may_is_modal(view: SentenceView, first: int, end: int) -> bool:
    before = view.token(first - 1)
    after = view.token(first + 1)
    raw = view.raw(first)
    after_is_number = after is not None and after[:1].isdigit()
    if raw == "may":
        month_like_after = after is None or after_is_number or after in MONTH_AFTER
        return not (before in MONTH_BEFORE and month_like_after) and not grants_permission(
            view, first
        )
    # Capitalised "May": the month (or a name) unless it opens a sentence or a headline verb.
    if after_is_number or before in MONTH_BEFORE or after in MONTH_AFTER or after is None:
        return False
    if after is not None and after.endswith("'s"):
        return False
    if view.is_sentence_initial(first):
        return not grants_permission(view, first)
    # In a headline a modal "May" stands between capitalised words ("Fed May Raise Rates").
    return view.headline_style and view.raw(first + 1)[:1].isupper()


def grants_permission(view: SentenceView, first: int) -> bool:
    """ "Volunteers may register at ...", "Applicants may apply online": the "may" of a
    notice, not of possibility ("the drought may register as the worst")."""
    lexicon = permission_lexicon()
    # "may also register"; but "apply" ends in -ly too, so try the next word first.
    for verb_at in (first + 1, first + 2):
        for size in (2, 1):
            verb = tuple(view.tokens[verb_at : verb_at + size])
            needs_audience = lexicon.verbs.get(verb)
            if needs_audience is None or len(verb) < size:
                continue
            if view.token(verb_at + size) == "as":
                return False
            return not needs_audience or view.token(first - 1) in lexicon.audience
        if view.token(verb_at) != "not" and not is_skippable(view.token(verb_at) or ""):
            break  # "Visitors may not bring food": a prohibition, still no possibility
    return False


def likely_is_hedge(view: SentenceView, first: int, end: int) -> bool:
    """Not "more likely to develop", "less likely than", "twice as likely": comparisons of
    risk state a finding, they do not hedge one ("most likely" and "likely to" do)."""
    likely = end - 1
    before = view.token(likely - 1)
    if before == "as" and (
        view.token(end) in {"as", "to"} or view.token(likely - 2) in AS_LIKELY_COMPARATORS
    ):
        return False  # "twice as likely to", "just as likely as"; "flagged as likely fake" hedges
    if before in COMPARATIVE_BEFORE_LIKELY and view.token(likely - 2) == "times":
        return False
    return not (before in COMPARATIVE_BEFORE_LIKELY and view.token(end) in COMPARATIVE_AFTER_LIKELY)


SUGGEST_LOOKBACK = 6  # "a new study of 1,100 urban fox skulls suggests"


@functools.cache
def evidence_nouns() -> frozenset[str]:
    return frozenset(read_lines("hedging/evidence_nouns.txt"))


def suggest_is_hedge(view: SentenceView, first: int, end: int) -> bool:
    """ "The data suggest", "which suggests": an inference from evidence. A person's
    "suggest" is a proposal ("I suggest you leave", "would suggest", "not to suggest")."""
    evidence = evidence_nouns()
    for position in range(first - 1, max(-1, first - 1 - SUGGEST_LOOKBACK), -1):
        token = view.tokens[position]
        if token in PERSONAL_PRONOUNS or token in {"to", "would", ",", ";", ":"}:
            return False
        if token in evidence:
            return True
    return False


def word_is_weasel(view: SentenceView, first: int, end: int) -> bool:
    """ "Word around the depot is ...": hearsay, if one or two words name the place and
    "is"/"was" follows ("word on the council's plans" is about something else)."""
    return any(view.token(end + words) in {"is", "was"} for words in (1, 2))


def agentless_is_weasel(view: SentenceView, first: int, end: int) -> bool:
    """ "It is estimated that ..." pins a claim on nobody; in "it is estimated to cost" the
    "it" is a thing, and the hedge "is estimated to" is matched instead."""
    return view.next_word(end - 1) != "to"


def might_is_modal(view: SentenceView, first: int, end: int) -> bool:
    before = view.token(first - 1)
    after = view.token(first + 1)
    if before in MIGHT_NOUN_BEFORE or after is None or after in MIGHT_NOUN_AFTER:
        return False
    if view.raw(first)[0].isupper() and not (
        view.is_sentence_initial(first) or view.headline_style
    ):
        return False
    return not (before == "you" and view.next_word(first) in RHETORICAL_YOU_VERBS)


def _clause_opener_before(view: SentenceView, position: int) -> str | None:
    """The nearest word before ``position`` that can open a purpose or time clause, if it
    stands within ``CLAUSE_LOOKBACK`` words of it with no punctuation between."""
    for back in range(position - 1, max(-1, position - 1 - CLAUSE_LOOKBACK), -1):
        token = view.tokens[back]
        if token in COULD_CLAUSE_OPENERS:
            return None if back == 0 and token == "so" else token  # "So the council could"
        if not view.analysis.is_word[view.offset + back]:
            return None
    return None


def could_is_epistemic(view: SentenceView, first: int, end: int) -> bool:
    before = view.token(first - 1)
    after = view.token(first + 1)
    if after in COULD_NEGATIONS or (after == "no" and view.token(first + 2) == "longer"):
        return False
    if before in COULD_ABILITY_BEFORE or view.token(first - 2) in {"as", "than"}:
        return False  # "so he could", "as fast as she could", "more than they could"
    if any(view.token(first - back) in DEMONSTRATION_VERBS for back in (2, 3)):
        return False  # "had yet shown it could build", "proved that they could"
    if view.token(first - 3) == "so" and view.token(first - 2) == "that":
        return False  # purpose: "so that he could"
    if view.token(first - 2) == "so" and before in PERSONAL_PRONOUNS:
        return False  # purpose: "so she could buy a house"
    if _clause_opener_before(view, first) in COULD_CLAUSE_OPENERS:
        return False  # "so his grandmother in Kraków could see", "before I could change"
    if before in NEGATIVE_SUBJECTS or (before == "one" and view.token(first - 2) == "no"):
        return False  # "nobody could use it": (in)ability, like "could not"
    if after in REQUESTING_PRONOUNS and view.is_sentence_initial(first) and "?" in view.tokens[-2:]:
        return False  # "Could I ask readers to ...?": a polite request
    if view.has_conditional_before(first):
        return False
    next_word = view.next_word(first)
    if next_word in COULD_PERCEPTION_AFTER:
        return False
    if before in PERSONAL_PRONOUNS and next_word in COULD_PERCEIVE_VERBS:
        # "we could see the effect", "I could tell": perception; "we could see a recession"
        # (an outcome) stays epistemic.
        verb_at = first + 1
        while view.token(verb_at) != next_word:
            verb_at += 1
        return next_word == "see" and view.token(verb_at + 1) not in COULD_SEE_PERCEIVED_OBJECTS
    if next_word == "be" and view.token(first + 2) in {"heard", "seen"}:
        return False
    return not (before == "you" and next_word in RHETORICAL_YOU_VERBS)


def belief_is_hedge(view: SentenceView, first: int, end: int) -> bool:
    if view.token(first - 1) == "than":
        return False  # "smarter than we think": a comparison, not a hedged claim
    if view.tokens[first + 1] in {"did", "didn't"} and any(
        view.token(end + words) in PAST_FUTURE_MODALS for words in range(3)
    ):
        return False  # "I didn't think I'd finish": a past belief told as a story
    following = view.token(end)
    if following in OBJECT_PRONOUNS and view.token(end + 1) in CLAUSE_ENDS:
        return False  # "I don't believe him.": trust in a person, not a hedged claim
    return following not in BELIEF_NOT_BEFORE


def generic_subject_is_hedge(view: SentenceView, first: int, end: int) -> bool:
    """ "One could argue" hedges; "no one could say" says that nobody knew."""
    return not (view.tokens[first] == "one" and view.token(first - 1) == "no")


def considered_is_weasel(view: SentenceView, first: int, end: int) -> bool:
    return view.token(end) not in CONSIDERED_NOT_BEFORE and view.token(end) is not None


def must_is_epistemic(view: SentenceView, first: int, end: int) -> bool:
    after = view.next_word(first)
    if after == "have":
        return True
    if after != "be":
        return False
    # "must be approved" is an obligation; "must be true" / "must be a mistake" is certainty.
    position = first + 1
    while view.token(position) != "be":
        position += 1
    following = view.token(position + 1) or ""
    return not following.endswith(("ed", "en"))


RULES = {
    "may": may_is_modal,
    "might": might_is_modal,
    "could": could_is_epistemic,
    "belief": belief_is_hedge,
    "generic_subject": generic_subject_is_hedge,
    "considered": considered_is_weasel,
    "must": must_is_epistemic,
    "likely": likely_is_hedge,
    "agentless": agentless_is_weasel,
    "word_is": word_is_weasel,
    "suggest": suggest_is_hedge,
}


def collective_weasel(view: SentenceView, start: int) -> int | None:
    """The end of a weasel attribution to a vague collective starting at ``start``:
    [quantifier] [modifier] source [of/in ... PP] [adverbs/auxiliaries] verb ("many experts
    believe", "critics of the plan argue", "some say", "residents along the river said",
    "people on other forums are saying"), or None."""
    lexicon = weasel_lexicon()
    tokens = view.tokens
    first = tokens[start]
    position = start
    if view.token(start - 1) in VERBS_BEFORE_AN_OBJECT:
        return None  # "she told analysts on a call": the collective is the audience
    quantified = first in lexicon.quantifiers
    universal = first in UNIVERSAL_SUBJECTS
    subject_only = False
    bare = False  # a @bare noun without quantifier: needs a place or a reported verb form
    generic = False  # a @generic noun without quantifier: needs a generic present claim
    postposed = False  # after a comma: the report must close its sentence
    if quantified:
        position += 1
        if view.token(position) == "of" and view.token(position + 1) in PARTITIVE_DETERMINERS:
            position += 2  # "some of the residents", "many of those fans"
        elif view.token(position) == "of" and first in MASS_QUANTIFIERS:
            position += 1  # "thousands of people", "dozens of parents"
        following = view.token(position)
        if following not in lexicon.sources and not _plural_group(view, position):
            source_at = _source_after_modifiers(view, position, lexicon.sources)
            if source_at is not None:
                position = source_at  # "many local residents", "several business owners"
            elif (first in QUANTIFIER_SUBJECTS or universal) and position == start + 1:
                subject_only = True  # "some say", "many believe"
                placed = _verb_after_phrase(view, position, lexicon.verbs)
                if following in PARTITIVE_PLACE_PREPOSITIONS and placed is not None:
                    subject_only = False
                    position = placed - 1  # moved onto the verb (or its auxiliary) below
                elif universal:
                    return None
            else:
                return None
        if not subject_only:
            position += 1
    elif first in lexicon.sources:
        before = view.token(start - 1)
        mode = lexicon.sources[first]
        if before in DEFINITE_BEFORE:
            return None
        if mode == "quantified":
            return None
        if mode in ("bare", "generic"):
            postposed = before == ","  # "..., locals say." (checked at the verb below)
            if not (
                view.is_sentence_initial(start)
                or (before in CLAUSE_OPENING_CONJUNCTIONS and (mode == "bare" or before != "and"))
                or _opening_modifier(view, start - 1)
                or postposed
            ):
                return None  # ("emails and employees say": "and" joins two subjects)
            bare = mode == "bare"
            generic = mode == "generic"
        if before is not None and before.endswith("'s"):
            return None  # "the senator's critics" are someone's in particular
        if before is not None and before[:1].isdigit():
            return None
        position += 1
    else:
        return None
    located = False
    if not subject_only and view.token(position) in PLACE_ADVERBS:
        position += 1  # "people online are reporting"
    if not subject_only and (
        view.token(position) in RELATIVE_AFTER_SOURCE or _participle(view, position, lexicon.verbs)
    ):
        # "people who know the couple say", "voters interviewed outside polling places said":
        # a short clause or participle phrase, no punctuation, then the claim's verb (a
        # relative clause's own first word is its verb: "people who say ..." is not one)
        first_verb = position + (2 if view.token(position) == "who" else 1)
        if view.token(first_verb - 1) in BE_AUXILIARIES | HAVE_AUXILIARIES:
            first_verb += 1  # "residents who were told to leave": the relative's own verb
        for candidate in range(first_verb, min(len(tokens), position + 1 + MAX_RELATIVE_WORDS)):
            if not view.analysis.is_word[view.offset + candidate]:
                return None
            if tokens[candidate] in lexicon.verbs:
                position = candidate
                located = True
                break
        else:
            return None
    elif not subject_only and view.token(position) in PREPOSITIONS_AFTER_SOURCE | (
        LOCATIVE_PREPOSITIONS if bare else frozenset()
    ):
        affiliation = view.token(position) in AFFILIATION_PREPOSITIONS
        # "critics of the mayor's plan argue": a short prepositional phrase, no punctuation.
        for candidate in range(position + 1, min(len(tokens), position + 1 + MAX_PP_WORDS)):
            token = tokens[candidate]
            if not view.analysis.is_word[view.offset + candidate]:
                return None
            if affiliation and view.raw(candidate)[:1].isupper():
                return None
            if token in BE_AUXILIARIES or token in HAVE_AUXILIARIES:
                position = candidate  # "people on other forums are saying"
                located = True
                break
            if token in lexicon.verbs:
                position = candidate
                located = True
                break
        else:
            return None
    skipped = 0
    be_skipped = have_skipped = modal_skipped = False
    while skipped < 3:
        token = view.token(position) or ""
        if token in BE_AUXILIARIES:
            be_skipped = True
        elif token in HAVE_AUXILIARIES:
            have_skipped = True
        elif token in MODAL_OR_NEGATION:
            modal_skipped = True
        elif not is_skippable(token):
            break
        position += 1
        skipped += 1
    verb = view.token(position)
    if verb is not None and verb not in lexicon.verbs:
        verb = corrected_verb(verb, lexicon.verbs)  # "experts beleive"
    if verb is None:
        return None
    progressive = verb.endswith("ing")
    stance = verb in lexicon.stance_adjectives
    if stance and not be_skipped:
        return None  # "critics convinced the council": a verb of persuasion, no claim
    if stance and not quantified and view.token(position + 1) in CLAUSE_ENDS:
        return None  # "Opponents were not convinced.": a mood; "Some experts are sceptical."
    if be_skipped and not progressive and not stance:
        return None  # "critics are worried", "users were told": not a speech verb here
    if subject_only and verb in VERBS_NOT_AFTER_QUANTIFIER:
        return None
    if verb in lexicon.quantified_only_verbs and not quantified:
        return None
    if verb in lexicon.universal_only_verbs and (
        not universal or view.token(position + 1) not in CLAIM_AFTER_KNOWING
    ):
        return None
    raising = view.token(position + 1) == "to" and view.token(position + 2) in {"be", "have"}
    if raising and (verb.endswith("ed") or verb in IRREGULAR_PAST_VERBS):
        return None  # "people said to be close to the prince": a raising hedge, no claim
    if bare and verb in VERBS_NOT_AFTER_BARE:
        return None
    if verb == "saying" and view.token(position + 1) in NOT_CLAIMS_AFTER_SAYING:
        return None
    if postposed and view.token(position + 1) not in CLAUSE_ENDS:
        return None  # "..., locals say." / "the hall, residents say, is damp"; not "say it"
    # "Doctors say ...", "Locals claim ...": a generic claim in the simple present
    generic_present = (
        verb in lexicon.generic_claim_verbs
        and not (be_skipped or have_skipped or modal_skipped or located)
        and not opens_generic_object(view.token(position + 1), view.token(position + 2))
    )
    if generic and not generic_present:
        return None  # "Doctors said his condition was stable": particular doctors
    if (
        bare
        and not located
        and not generic_present
        and not (have_skipped or progressive or verb.endswith("ed") or verb in IRREGULAR_PAST_VERBS)
    ):
        return None  # "Parents think the plan ..." needs a claim verb; "Parents said ..." reports
    if verb in {"point", "pointed"}:
        if view.token(position + 1) not in {"out", "to"}:
            return None  # "critics point out", "opponents point to the springs"
        position += 1
    return position + 1


def _opening_modifier(view: SentenceView, position: int) -> bool:
    """One plain word opening the sentence before a collective ("Security researchers say",
    "Local residents claim"): not a determiner, number, possessive or acronym."""
    token = view.token(position)
    if token is None or position < 0 or not view.is_sentence_initial(position):
        return False
    raw = view.raw(position)
    return (
        token.isalpha()
        and not raw.isupper()
        and token not in DEFINITE_BEFORE
        and token not in weasel_lexicon().quantifiers
    )


def _verb_after_phrase(view: SentenceView, preposition: int, verbs: Container[str]) -> int | None:
    """The position of a claim verb (or of the auxiliary before it) ending a short
    punctuation-free prepositional phrase that starts at ``preposition``, or None."""
    tokens = view.tokens
    for candidate in range(preposition + 1, min(len(tokens), preposition + 1 + MAX_PP_WORDS)):
        if not view.analysis.is_word[view.offset + candidate]:
            return None
        token = tokens[candidate]
        if token in verbs or token in BE_AUXILIARIES or token in HAVE_AUXILIARIES:
            return candidate if candidate > preposition + 1 else None
    return None


def _participle(view: SentenceView, position: int, verbs: Container[str]) -> bool:
    """A present participle opening a phrase after the source ("posts sharing the clip
    say", "people living near the plant said"); not the claim's own "-ing" verb."""
    token = view.token(position)
    return token is not None and len(token) > 5 and token.endswith("ing") and token not in verbs


def _source_after_modifiers(
    view: SentenceView, position: int, sources: Mapping[str, str]
) -> int | None:
    """The position of a source noun after one or two plain modifiers ("local residents",
    "downtown business owners", "well-known leakers"), or None."""
    for modifiers in range(1, MAX_SOURCE_MODIFIERS + 1):
        modifier = view.token(position + modifiers - 1)
        if modifier is None or not modifier.replace("-", "").isalpha():
            return None
        if modifier in DEFINITE_BEFORE or modifier in weasel_lexicon().generic_claim_verbs:
            return None  # "Some believe the lights ...": a verb, then its object
        if view.token(position + modifiers) in sources or _plural_group(view, position + modifiers):
            return position + modifiers
    return None


def _plural_group(view: SentenceView, position: int) -> bool:
    """A lower-case plural noun that can stand for a group of people after a vague
    quantifier ("some audiologists", "many commenters")."""
    token = view.token(position)
    return token is not None and plural_group_noun(token, view.raw(position))


def cue_at(view: SentenceView, position: int) -> tuple[int, CueKind] | None:
    """The cue starting at sentence token ``position``: its end and kind (the longest
    match; an earlier kind wins a tie), or None."""
    token = view.tokens[position]
    first_words = cue_trie().children
    starts_phrase = token in first_words or (token.endswith("'s") and ANY_POSSESSIVE in first_words)
    if not starts_phrase and token not in weasel_lexicon().starts:
        return None
    best: tuple[int, int, CueKind] | None = None  # (end, -priority, kind)
    for end, entry in trie_matches(view, position) if starts_phrase else ():
        if not rule_allows(entry.rule, view, position, end):
            continue
        candidate = (end, -KIND_PRIORITY[entry.kind], entry.kind)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    weasel_end = collective_weasel(view, position)
    if weasel_end is not None and (best is None or weasel_end >= best[0]):
        best = (weasel_end, -KIND_PRIORITY["weasel"], "weasel")
    return None if best is None else (best[0], best[2])


def sentence_cues(view: SentenceView) -> list[Cue]:
    """The cues of one sentence, left to right, longest match first, never overlapping."""
    return cues_from(view, range(len(view.tokens)))


def cues_from(view: SentenceView, candidates: Iterable[int]) -> list[Cue]:
    """The cues of one sentence that start at ``candidates`` (sentence token positions, in
    order; every position where a cue could start must be among them): left to right,
    each cue consuming the positions it covers."""
    cues: list[Cue] = []
    is_word = view.analysis.is_word
    offset = view.offset
    position = 0  # the first position not yet covered by a cue
    for candidate in candidates:
        if candidate < position or not is_word[offset + candidate]:
            continue
        found = cue_at(view, candidate)
        if found is None:
            continue
        end, kind = found
        cues.append(Cue(kind, offset + candidate, offset + end))
        position = end
    return cues


# A cue can start only where a phrase's first word or a collective weasel's first word
# stands. Most such words ("is", "of", "in", "it") start a phrase only with one of a few
# words after them ("is said", "of course"), and some pairs only with one of a few third
# words ("according to" + "critics", "reports" ...). So each token type of a document is
# decided once, by set look-ups, and each of its tokens then needs a look at the next two.


@attrs.frozen
class FirstWordGate:
    """What a phrase's first word needs after it (built once per process)."""

    alone: bool  # a cue on its own: no gate
    weasel: bool  # a collective weasel's first word ("critics", "many"): see WEASEL_REACH
    seconds: frozenset[str]  # the words that may come second
    possessive_second: bool  # a "*'s" slot may come second
    thirds: dict[str, frozenset[str]]  # second word -> the words that must come third


def may_stand_inside(word: str) -> bool:
    """A superset of the words a phrase lets stand between two of its words (adverbs,
    :func:`is_skippable`) and of those a "*'s" slot matches; curly apostrophes too."""
    return word.endswith("ly") or "'" in word or "’" in word or word in INNER_ADVERBS


def first_word_gate(nodes: tuple[TrieNode, ...], weasel_start: bool) -> FirstWordGate:
    if any(node.entry is not None for node in nodes):
        return FirstWordGate(True, weasel_start, frozenset(), False, {})
    children: dict[str, list[TrieNode]] = {}
    for node in nodes:
        for key, child in node.children.items():
            children.setdefault(key, []).append(child)
    thirds: dict[str, frozenset[str]] = {}
    for key, after in children.items():
        # a second word that is a cue's end, or is followed by a "*'s" slot, lets all
        # through; so does one that may be a skipped adverb ("it's long been said")
        if may_stand_inside(key) or any(
            node.entry is not None or ANY_POSSESSIVE in node.children for node in after
        ):
            continue
        thirds[key] = frozenset(word for node in after for word in node.children)
    possessive_second = children.pop(ANY_POSSESSIVE, None) is not None
    return FirstWordGate(False, weasel_start, frozenset(children), possessive_second, thirds)


@functools.cache
def first_word_gates() -> dict[str, FirstWordGate]:
    """The gate of every word that can start a cue; a possessive ("Kim's") that is no first
    word itself has the gate of ``ANY_POSSESSIVE``, one that is ("it's") both merged."""
    first_words = cue_trie().children
    weasel_starts = weasel_lexicon().starts
    any_possessive = first_words.get(ANY_POSSESSIVE)
    gates: dict[str, FirstWordGate] = {}
    for word in first_words.keys() | weasel_starts:
        nodes: tuple[TrieNode, ...] = (first_words[word],) if word in first_words else ()
        possessive = word.endswith("'s") and len(word) > 2 and word != ANY_POSSESSIVE
        if any_possessive is not None and possessive:
            nodes += (any_possessive,)
        gates[word] = first_word_gate(nodes, word in weasel_starts)
    return gates


class LoweredTokens:
    """The shared lower-cased tokens (``raw``), and their types normalised: curly
    apostrophes made straight ("it’s" -> "it's") and known misspellings of one-word cues
    corrected ("apparantly" -> "apparently": a hedge misspelt still hedges). Tokens are
    normalised only where a sentence is read, so no pass over every token is spent on it."""

    __slots__ = ("normal", "possessives", "raw", "types")

    def __init__(self, analysis: Analysis) -> None:
        self.raw = analysis.token_lower
        types = set(self.raw)
        apostrophed = [word for word in types if "'" in word or "’" in word]
        self.normal = {word: word.replace("’", "'") for word in apostrophed if "’" in word}
        misspelled = misspelled_cues()
        self.normal.update((word, misspelled[word]) for word in types.intersection(misspelled))
        if self.normal:
            types.difference_update(self.normal)
            types.update(self.normal.values())
            apostrophed = [self.normal.get(word, word) for word in apostrophed]
        self.types = types
        # "*'s" slots match these (not "'s" alone, which a phrase's first word never is)
        self.possessives = [w for w in apostrophed if w.endswith("'s") and len(w) > 2]

    def normalised(self, start: int, end: int) -> tuple[str, ...]:
        """The tokens ``start:end`` normalised (straight apostrophes, cues spelt right)."""
        tokens = self.raw[start:end]
        if not self.normal:
            return tokens
        return tuple(map(self.normal.get, tokens, tokens))

    def raw_forms(self) -> dict[str, list[str]]:
        """Normalised type -> the raw forms it stands for in the tokens."""
        forms: dict[str, list[str]] = {}
        for raw, normal in self.normal.items():
            forms.setdefault(normal, []).append(raw)
        return forms


@attrs.frozen
class DocumentGates:
    """The gates of one document's token types, keyed by the raw tokens (curly too)."""

    starters: set[str]  # every type that may start a cue here
    # type -> None (no gate) or the words one of which must follow it
    second: dict[str, frozenset[str] | None]
    thirds: dict[str, dict[str, frozenset[str]]]  # type -> second -> the possible thirds
    weasel_starts: set[str]  # types that may start a collective weasel
    weasel_verbs: set[str]  # types that may be its verb


# A collective weasel's verb stands at most this many tokens after its first word:
# quantifier, modifier, source (3), a prepositional phrase (5), skipped adverbs (3).
WEASEL_REACH = 3 + MAX_PP_WORDS + 3


@functools.cache
def weasel_verb_forms() -> frozenset[str]:
    """The weasel verbs and the misspellings :func:`corrected_verb` takes for them."""
    verbs = weasel_lexicon().verbs
    from credscore.spelling import known_misspellings  # loaded once, shared with typos

    misspelled = (
        wrong
        for wrong, right in known_misspellings().items()
        if right in verbs and len(wrong) >= 4 and wrong.isalpha()
    )
    return verbs.union(misspelled)


def document_gates(tokens: LoweredTokens) -> DocumentGates:
    gates = first_word_gates()
    types = tokens.types
    possessive_gate = gates.get(ANY_POSSESSIVE)
    possessive_present = bool(tokens.possessives)
    candidates = types.intersection(gates)
    if possessive_gate is not None:
        candidates.update(tokens.possessives)
    second: dict[str, frozenset[str] | None] = {}
    thirds: dict[str, dict[str, frozenset[str]]] = {}
    weasel_starts: set[str] = set()
    for word in candidates:
        gate = gates.get(word, possessive_gate)
        if gate is None:
            continue  # never: a possessive is only a candidate when the "*'s" slot exists
        if gate.alone:
            second[word] = None
            continue
        if gate.weasel:
            weasel_starts.add(word)
        if gate.seconds.isdisjoint(types) and not (gate.possessive_second and possessive_present):
            continue  # none of the words that may follow it is in the document
        second[word] = gate.seconds  # a possessive next is let through as it may stand inside
        if gate.thirds:
            thirds[word] = gate.thirds
    weasel_verbs = types.intersection(weasel_verb_forms()) if weasel_starts else set()
    if not weasel_verbs:
        weasel_starts.clear()  # no verb, no collective weasel
    if tokens.normal:  # the raw forms of a type gate their tokens the same way
        for normal, forms in tokens.raw_forms().items():
            for raw in forms:
                if normal in second:
                    second[raw] = second[normal]
                if normal in thirds:
                    thirds[raw] = thirds[normal]
                if normal in weasel_starts:
                    weasel_starts.add(raw)
                if normal in weasel_verbs:
                    weasel_verbs.add(raw)
    return DocumentGates(second.keys() | weasel_starts, second, thirds, weasel_starts, weasel_verbs)


NO_PHRASE: frozenset[str] = frozenset()  # the gate of a type that starts no phrase here


def candidate_positions(tokens: LoweredTokens) -> list[int]:
    """Token indices where a cue may start (a superset of where one does), found with one
    C-level pass over the tokens and set look-ups at the next two tokens of a candidate.
    An adverb or a possessive may stand inside a phrase, so after a first or second word
    one that :func:`may_stand_inside` lets the candidate through (inlined: this runs once
    per candidate)."""
    gates = document_gates(tokens)
    if not gates.starters:
        return []
    raw = tokens.raw
    positions = list(itertools.compress(range(len(raw)), map(gates.starters.__contains__, raw)))
    second = gates.second
    following = (*raw[1:], "", "")
    candidates = [
        position
        for position in positions
        if (gate := second.get(raw[position], NO_PHRASE)) is None
        or (
            gate is not NO_PHRASE
            and (
                (after := following[position]) in gate
                or after.endswith("ly")
                or "'" in after
                or "’" in after
                or after in INNER_ADVERBS
            )
        )
    ]
    thirds = gates.thirds
    if thirds:
        candidates = [
            position
            for position in candidates
            if (gate3 := thirds.get(raw[position], {}).get(following[position])) is None
            or (after := following[position + 1]) in gate3
            or after.endswith("ly")
            or "'" in after
            or "’" in after
            or after in INNER_ADVERBS
        ]
    if not gates.weasel_starts:
        return candidates
    weasel_starts = gates.weasel_starts
    verbs = gates.weasel_verbs
    weasels = [
        position
        for position in positions
        if raw[position] in weasel_starts
        and not verbs.isdisjoint(raw[position + 1 : position + 1 + WEASEL_REACH])
    ]
    return sorted(set(candidates).union(weasels))


# --------------------------------------------------------------------------- wiki model

WIKI_MODEL_FILE = "hedging/conll2010_wiki_model.tsv"
FEATURE_CLASSES = (
    ("CLS_peacock", "hedging/wiki_peacock.txt"),
    ("CLS_vague", "hedging/wiki_vague.txt"),
    ("CLS_hedge", "hedging/wiki_hedge_words.txt"),
)
NUMBER_FEATURE = "<num>"
START_FEATURE = "<s>"
CUE_FEATURE = "CLS_cue"


@functools.cache
def feature_classes() -> dict[str, tuple[str, ...]]:
    """word -> the word-class features it fires (peacock, vague, hedge)."""
    classes: dict[str, list[str]] = {}
    for feature, file_name in FEATURE_CLASSES:
        for word in read_lines(file_name):
            classes.setdefault(word.lower(), []).append(feature)
    return {word: tuple(features) for word, features in classes.items()}


def wiki_features(tokens: Iterable[str], *, has_cue: bool) -> set[str]:
    """The binary features of the wiki sentence model: words (numbers as ``<num>``), word
    pairs, word classes, and whether the news cues fired. ``tokens`` are normalised."""
    words = [
        NUMBER_FEATURE if token[:1].isdigit() else token for token in tokens if token[:1].isalnum()
    ]
    classes = feature_classes()
    features = set(words)
    previous = START_FEATURE
    for word in words:
        features.add(f"{previous}_{word}")
        features.update(classes.get(word, ()))
        previous = word
    if has_cue:
        features.add(CUE_FEATURE)
    return features


@attrs.frozen
class CueModel:
    """A linear model over binary sentence features, with its decision threshold."""

    bias: float
    threshold: float
    weights: dict[str, float]

    def score(self, features: Iterable[str]) -> float:
        weights = self.weights
        return self.bias + sum(weights.get(feature, 0.0) for feature in features)


@functools.cache
def wiki_model() -> CueModel:
    """The model learned from the CoNLL-2010 Wikipedia training set (see its header)."""
    bias = 0.0
    threshold = 0.0
    weights: dict[str, float] = {}
    for line in read_lines(WIKI_MODEL_FILE):
        feature, _, value = line.rpartition("\t")
        if feature == "<bias>":
            bias = float(value)
        elif feature == "<threshold>":
            threshold = float(value)
        else:
            weights[feature] = float(value)
    return CueModel(bias, threshold, weights)


# --------------------------------------------------------------------------- scorer


@attrs.frozen
class SentenceUncertainty:
    """What the scorer decided about one sentence."""

    sentence: Sentence
    cues: tuple[Cue, ...]
    uncertain: bool
    attributed: bool

    @property
    def has_weasel(self) -> bool:
        return any(cue.kind == "weasel" for cue in self.cues)

    @property
    def has_hedge(self) -> bool:
        return any(cue.kind == "hedge" for cue in self.cues)


def sentences_with_cues(
    analysis: Analysis, tokens: LoweredTokens
) -> Iterator[tuple[int, SentenceView, list[Cue]]]:
    """(index, view, cues) of every sentence that holds a cue, in order. Only sentences
    with a candidate position (:func:`candidate_positions`) are looked at, and only there."""
    positions = candidate_positions(tokens)
    if not positions:
        return
    sentences = analysis.sentences
    firsts = list(map(operator.attrgetter("first_token"), sentences))
    at = 0
    while at < len(positions):
        index = bisect.bisect_right(firsts, positions[at]) - 1
        sentence = sentences[index] if index >= 0 else None
        if sentence is None or positions[at] >= sentence.end_token:
            at += 1  # not inside a sentence (never happens with analyse())
            continue
        after = bisect.bisect_left(positions, sentence.end_token, at)
        first = sentence.first_token
        view = SentenceView(analysis, sentence, tokens.normalised(first, sentence.end_token))
        cues = cues_from(view, [position - first for position in positions[at:after]])
        if cues:
            yield index, view, cues
        at = after


def is_attributed(view: SentenceView) -> bool:
    """Does the sentence attribute its content (a quotation, said/told/according to)?"""
    return not ATTRIBUTION_MARKERS.isdisjoint(view.tokens)


def sub_score(sentence_count: int, hedged: float, weasel_sentences: int, boosters: int) -> float:
    """The documented formula (module docstring)."""
    if sentence_count == 0:
        return NEUTRAL
    load = HEDGE_WEIGHT * hedged + WEASEL_WEIGHT * weasel_sentences + BOOSTER_WEIGHT * boosters
    return 100.0 * math.exp(-load / (sentence_count + SMOOTHING_SENTENCES))


MESSAGES: dict[CueKind, tuple[str, str]] = {
    "hedge": (
        "Hedge: '{text}' marks the claim as uncertain or second-hand.",
        "Say who is unsure and why, or give the evidence that settles it.",
    ),
    "weasel": (
        "Weasel wording: '{text}' pins the claim on a vague or unnamed group.",
        "Name who says so, or cite the source.",
    ),
    "booster": (
        "Booster: '{text}' presents the claim as beyond doubt.",
        "Show the evidence instead of asserting certainty.",
    ),
}


class HedgingScorer:
    name = "hedging"
    default_weight = 1.0
    description = (
        "Hedges (may, reportedly, is said to), weasel wording (critics say, it is believed) "
        "and boosters; sentence-level uncertainty."
    )

    def __init__(self, *, profile: str = "news", wiki_threshold_shift: float = 0.0) -> None:
        if profile not in PROFILES:
            raise ValueError(f"profile must be one of {PROFILES}, got {profile!r}")
        self.profile = profile
        # Added to the learned threshold: > 0 flags fewer sentences, < 0 more.
        self.wiki_threshold_shift = float(wiki_threshold_shift)

    def analyse_sentences(self, analysis: Analysis) -> list[SentenceUncertainty]:
        """What the scorer decided about every sentence, in order."""
        tokens = LoweredTokens(analysis)
        decided = dict(self.decided_sentences(analysis, tokens))
        decisions: list[SentenceUncertainty] = []
        for index, sentence in enumerate(analysis.sentences):
            decision = decided.get(index)
            if decision is None:
                words = tokens.normalised(sentence.first_token, sentence.end_token)
                attributed = not ATTRIBUTION_MARKERS.isdisjoint(words)
                decision = SentenceUncertainty(sentence, (), False, attributed)
            decisions.append(decision)
        return decisions

    def decided_sentences(
        self, analysis: Analysis, tokens: LoweredTokens
    ) -> Iterator[tuple[int, SentenceUncertainty]]:
        """(index, decision) of the sentences that hold a cue or are uncertain, in order;
        every other sentence holds no cue and is certain."""
        if self.profile != "wiki":
            for index, view, cues in sentences_with_cues(analysis, tokens):
                uncertain = any(cue.kind != "booster" for cue in cues)
                yield (
                    index,
                    SentenceUncertainty(view.sentence, tuple(cues), uncertain, is_attributed(view)),
                )
            return
        model = wiki_model()
        threshold = model.threshold + self.wiki_threshold_shift
        lowered = tokens.normalised(0, len(tokens.raw))
        for index, sentence in enumerate(analysis.sentences):
            view = sentence_view(analysis, sentence, lowered)
            found = tuple(sentence_cues(view))
            uncertain = any(cue.kind != "booster" for cue in found)
            if not uncertain:
                uncertain = model.score(wiki_features(view.tokens, has_cue=False)) > threshold
            if found or uncertain:
                yield index, SentenceUncertainty(sentence, found, uncertain, is_attributed(view))

    def score(self, analysis: Analysis) -> ScorerResult:
        # Only the decided sentences: the others add nothing to any count below.
        decisions = [
            decision for _, decision in self.decided_sentences(analysis, LoweredTokens(analysis))
        ]
        text = analysis.text
        findings: list[Finding] = []
        counts: dict[CueKind, int] = {"hedge": 0, "weasel": 0, "booster": 0}
        weasel_sentences = uncertain_sentences = hedged_sentences = attributed_hedged = 0
        hedged = 0.0
        for decision in decisions:  # one pass: each sentence's facts are read once
            kinds: set[CueKind] = set()
            for cue in decision.cues:
                kinds.add(cue.kind)
                counts[cue.kind] += 1
                start = analysis.token_starts[cue.first]
                end = analysis.token_ends[cue.end - 1]
                message, suggestion = MESSAGES[cue.kind]
                findings.append(
                    Finding.at(
                        text,
                        self.name,
                        cue.kind,
                        start,
                        end,
                        message.format(text=text[start:end]),
                        suggestion=suggestion,
                    )
                )
            has_weasel = "weasel" in kinds
            weasel_sentences += has_weasel
            if decision.uncertain:
                uncertain_sentences += 1
                if not has_weasel:
                    hedged += ATTRIBUTED_HEDGE_FACTOR if decision.attributed else 1.0
            if "hedge" in kinds:
                hedged_sentences += 1
                attributed_hedged += decision.attributed
        sentence_count = len(analysis.sentences)
        per_sentence = 1.0 / sentence_count if sentence_count else 0.0
        metrics = {
            "sentences": float(sentence_count),
            "hedges": float(counts["hedge"]),
            "weasels": float(counts["weasel"]),
            "boosters": float(counts["booster"]),
            "hedges_per_sentence": counts["hedge"] * per_sentence,
            "weasels_per_sentence": counts["weasel"] * per_sentence,
            "boosters_per_sentence": counts["booster"] * per_sentence,
            "uncertain_sentences": float(uncertain_sentences),
            "uncertain_sentence_share": uncertain_sentences * per_sentence,
            "weasel_sentence_share": weasel_sentences * per_sentence,
            "attributed_hedge_share": (
                attributed_hedged / hedged_sentences if hedged_sentences else 0.0
            ),
        }
        return ScorerResult(
            score=sub_score(sentence_count, hedged, weasel_sentences, counts["booster"]),
            weight=self.default_weight,
            metrics=metrics,
            findings=findings,
        )
