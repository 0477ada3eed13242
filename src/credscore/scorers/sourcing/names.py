"""The per-document scan, first layer: token indices, name runs and the registering of
name mentions (see :class:`credscore.scorers.sourcing.matchers.SourcingScan`)."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Sequence
from typing import NamedTuple

from credscore.analysis import Analysis, Sentence
from credscore.quotes import (
    QuoteIndex,
    find_quoted,
)
from credscore.scorers.sourcing.lexicon import (
    _END,
    _MINUS_ONE,
    _START,
    BACKGROUND_BEFORE,
    DETERMINED_BEFORE_NAME,
    LINK_WORDS,
    OPENING_QUOTES,
    PLACE_BEFORE,
    POSSESSIVE_ENDINGS,
    PRONOUNS,
    PRONOUNS_AND_I,
    SENTENCE_OPENING_MARKS,
    _bare,
    body_heads,
    cue_words,
    finite_cues,
    lexicon,
    organisation_or_outlet_words,
    person_nouns,
    role_nouns_of_people,
)
from credscore.scorers.sourcing.tracker import (
    GUESSED_KINDS,
    EntityTracker,
    MentionFacts,
    RunName,
    classify_name,
    name_start,
    run_name,
)

# Words after which a name ends a larger noun phrase ("a portrait of X, which ...").
PHRASE_LINKS = frozenset({"of", "by", "for", "to", "with", "and", "about"})


class Attribution(NamedTuple):
    start: int
    end: int
    source: str
    cue: str
    sentence_index: int


class SourceMention(NamedTuple):
    """A source noun phrase: its first and last token and what it resolves to."""

    first: int
    last: int
    source: str
    kind: str = ""


def paragraphs_of(analysis: Analysis) -> list[tuple[int, int]]:
    """Paragraph spans of the article: consecutive sentences not separated by a newline.
    (A sentence opens a paragraph when it starts before the previous sentence's end or a
    newline lies between them: decided for all sentences by C-level maps.)"""
    sentences = analysis.sentences
    if not sentences:
        return []
    text = analysis.text
    starts = list(map(_START, sentences))
    ends = list(map(_END, sentences))
    later_starts, earlier_ends = starts[1:], ends[:-1]
    gaps = map(text.__getitem__, map(slice, earlier_ends, later_starts))
    newline_between = map(operator.contains, gaps, itertools.repeat("\n"))
    opens = map(operator.or_, map(operator.lt, later_starts, earlier_ends), newline_between)
    # indices of the sentences that open a paragraph (the first always does)
    openers = [0, *itertools.compress(range(1, len(starts)), opens)]
    closers = [opener - 1 for opener in openers[1:]] + [len(ends) - 1]
    return list(zip(map(starts.__getitem__, openers), map(ends.__getitem__, closers), strict=True))


class NameScan:
    """One left-to-right pass over an article's sentences: its state and name runs."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.words = lexicon()
        self.text = analysis.text
        self.lower = analysis.token_lower
        self.tokens = analysis.token_texts
        self.capitalised = analysis.is_capitalised
        self.is_word = analysis.is_word
        self.is_number = analysis.is_number
        self.entities = EntityTracker(self.words)
        self.paragraphs = paragraphs_of(analysis)
        self.stretches = find_quoted(self.text, self.paragraphs)
        self.quote_index = QuoteIndex(self.stretches)
        self.in_quote = self._tokens_in_quotes()
        # Per-document indices, found at C speed (compress/map) rather than token by token.
        token_range = range(len(self.tokens))
        is_word = self.is_word
        # (capitalised tokens are few: is_word is tested on those alone)
        self.capital_indices = [
            index for index in itertools.compress(token_range, self.capitalised) if is_word[index]
        ]
        self.cue_indices = list(
            itertools.compress(token_range, map(cue_words().__contains__, self.lower))
        )
        self.candidate_indices = [
            index
            for index in self.capital_indices
            if not self.in_quote[index] and self.lower[index] not in PRONOUNS_AND_I
        ]
        self.name_candidate = frozenset(self.candidate_indices)
        self.acronym = self._acronyms()
        self.plain_name = self._plain_names()
        # Nothing reads the entity tracker after the document's last cue word.
        self.last_cue = self.cue_indices[-1] if self.cue_indices else -1
        self.attributions: list[Attribution] = []
        # Reports inside quotations ('"The agent said no way," she said'): findings of their
        # own, kept apart so that they never become the speaker of the quotation holding them.
        self.quoted_reports: list[Attribution] = []
        # starts of sentences whose cue a vague collective speaks ("Insiders claim ...")
        self.vague_cue_sentences: set[int] = set()
        self.used: set[int] = set()
        # Cue forms that cannot be nouns ("said", "warned"), so they end a source phrase;
        # "report" or "claims" may be the phrase's own head noun.
        self.finite_cues = finite_cues()
        self.company_suffixes = self.words.company_suffixes
        # Lower-case words that may join the parts of a name (see name_run_forward).
        self.joiners = self.words.name_particles | LINK_WORDS | {"&"}
        # The last non-person source: "the company said" may refer back to "the utility".
        self.last_group_source: str | None = None
        # Whether the cue being read reports speech outright (see self.words.plain_speech).
        self.generic_ok = False
        # Sources of data attributions by head noun, for a later "the poll showed".
        self.data_sources: dict[str, str] = {}
        # Head nouns of bodies ("the ministry", "the county"), but not of businesses: "the
        # company" has its own resolution (EntityTracker.latest_company).
        self.body_heads = body_heads()
        self.body_head_positions: list[int] | None = None
        self.age_appositives: dict[str, list[int]] | None = None
        # Kin nouns met as an appositive to a name ("his daughter, Ana Ruiz"): who a later
        # "his daughter said" is.
        self.kin_names: dict[str, str] = {}
        # Role nouns met right before a person's name ("climate minister Jordi Vila"): who a
        # later "the minister said" is.
        self.role_names: dict[str, str] = {}
        self.role_before = role_nouns_of_people()
        # Positions of "led by" ("a team led by X"), found on first need.
        self.led_by: list[int] | None = None
        # Positions of "researchers/scientists/the team at|from|of <Name>", found once.
        self.research_at: list[int] | None = None
        # Lower-case nouns after which one capitalised word is a person ("my neighbor Ana").
        self.person_nouns = person_nouns()

    def _tokens_in_quotes(self) -> list[bool]:
        """Per token: does it start inside a quoted stretch (one slice per stretch)?"""
        flags = [False] * len(self.tokens)
        starts = self.analysis.token_starts
        for stretch in self.stretches:
            low = bisect.bisect_left(starts, stretch.start)
            high = bisect.bisect_left(starts, stretch.end)
            flags[low:high] = [True] * (high - low)
        return flags

    def _acronyms(self) -> frozenset[int]:
        """The name candidates of two or more characters, all upper-case (WHO, U.S.). (A
        candidate starts with a capital, so it is never a number.) The few upper-case ones
        are picked at C speed; Python looks only at those."""
        candidates, tokens = self.candidate_indices, self.tokens
        upper = itertools.compress(
            candidates, map(str.isupper, map(tokens.__getitem__, candidates))
        )
        return frozenset([index for index in upper if len(tokens[index]) > 1])

    def _plain_names(self) -> frozenset[int]:
        """The name candidates that are name words anywhere but at a sentence start: not an
        acronym, not a function word, not right after an opening quotation mark. Found by
        set differences of C-level filters rather than a test per candidate."""
        candidates, lower, tokens = self.candidate_indices, self.lower, self.tokens
        function_words = map(
            self.words.function_words.__contains__, map(lower.__getitem__, candidates)
        )
        # (the token before index 0 is no token: tokens[-1] is skipped below)
        after_opening = map(
            SENTENCE_OPENING_MARKS.__contains__,
            map(tokens.__getitem__, map(_MINUS_ONE, candidates)),
        )
        plain = set(self.name_candidate)
        plain.difference_update(self.acronym)
        plain.difference_update(itertools.compress(candidates, function_words))
        quoted = set(itertools.compress(candidates, after_opening))
        quoted.discard(0)
        plain.difference_update(quoted)
        return frozenset(plain)

    # -- small token predicates --------------------------------------------------------------

    def _is_name_word(self, index: int, sentence: Sentence) -> bool:
        """A capitalised word that is (part of) a name here. Name candidates: capitalised words
        outside quotations, not pronouns; acronyms (WHO, NIH, CNN) always are names. (Hot
        callers test ``index in self.name_candidate`` first: no call for other tokens.)"""
        if index in self.plain_name and index != sentence.first_token:
            return True
        if index not in self.name_candidate:
            return False
        if index in self.acronym:
            return True
        lower = self.lower[index]
        if index == sentence.first_token or self._follows_opening(index, sentence):
            bare = _bare(self.tokens[index])
            words = self.words
            if bare in words.function_words:
                return False
            if (
                bare in words.anonymous_nouns
                or bare in words.collective_nouns
                or bare in words.data_nouns
            ) and not self._next_is_name(index, sentence):
                return False
        return not (
            lower in self.words.function_words
            and index + 1 < sentence.end_token
            and not self.capitalised[index + 1]
        )

    def _follows_opening(self, index: int, sentence: Sentence) -> bool:
        """After an opening quotation mark or a dateline's dash ("LIMA — When ..."): the
        word may be capitalised only because it starts the sentence proper."""
        return index > sentence.first_token and (self.tokens[index - 1] in SENTENCE_OPENING_MARKS)

    def _next_is_name(self, index: int, sentence: Sentence) -> bool:
        following = index + 1
        return (
            following < sentence.end_token
            and self.is_word[following]
            and self.capitalised[following]
        )

    def _descriptor_then_name(self, index: int, sentence: Sentence) -> int:
        """ "rescue leader Tomás Aguilar": the name after up to three lower-case descriptor
        words, or -1."""
        position = index
        candidates = self.name_candidate
        reach = 3
        while position < sentence.end_token and position - index <= reach:
            if position in candidates and self._is_name_word(position, sentence):
                return position if position > index else -1
            if (
                self.lower[position] == "and"
                and reach == 3
                and position > index
                and _bare(self.tokens[position - 1]) in self.words.role_nouns
            ):
                # "founder and chief executive Vera Lind": two roles of one person
                reach = 5
                position += 1
                continue
            if (
                not self.is_word[position]
                or self.capitalised[position]
                or self.in_quote[position]
                or self.lower[position] in self.words.clause_words
                or self.lower[position] in PRONOUNS
            ):
                return -1
            position += 1
        return -1

    def _is_abbreviation_dot(self, index: int, sentence: Sentence) -> bool:
        """A "." that belongs to a name: after an initial ("John F. Kennedy", "U.S.") or a
        title ("Dr.")."""
        if self.tokens[index] != "." or index == sentence.first_token:
            return False
        previous = self.tokens[index - 1]
        return (len(previous) == 1 and previous.isupper()) or previous.lower() in self.words.titles

    # -- name runs ---------------------------------------------------------------------------

    def name_run_back(self, last: int, sentence: Sentence) -> int:
        """The first token of the capitalised name that ends at ``last``."""
        first = last
        index = last - 1
        tokens, candidates = self.tokens, self.name_candidate
        while index >= sentence.first_token:
            token = tokens[index]
            if (
                (index in candidates and self._is_name_word(index, sentence))
                or (token == "." and self._is_abbreviation_dot(index, sentence))
                or (
                    (
                        self.lower[index] in self.words.name_particles
                        or self.lower[index] in LINK_WORDS
                    )
                    and self._links_organisation(index, first, last)
                )
                or (
                    token in {"-", "&"}
                    and index - 1 >= sentence.first_token
                    and (index - 1 in candidates and self._is_name_word(index - 1, sentence))
                )
            ):
                first = index
            else:
                break
            index -= 1
        while first < last and not self.is_word[first]:
            first += 1
        while first < last and self.lower[first] in LINK_WORDS:
            first += 1
        return first

    def name_run_forward(self, first: int, sentence: Sentence) -> int:
        """The last token of the capitalised name that starts at ``first``."""
        last = first
        index = first + 1
        end = sentence.end_token
        tokens, plain, candidates = self.tokens, self.plain_name, self.name_candidate
        joiners = self.joiners
        while index < end:
            if tokens[index - 1].endswith(("'s", "’s")):
                break
            # Fast paths, decided as below: a plain name word (never the sentence's first
            # token here) goes on; a word that is no candidate, no "." and no joiner stops.
            if index in plain:
                last = index
                index += 1
                continue
            if (
                index not in candidates
                and tokens[index] != "."
                and self.lower[index] not in joiners
            ):
                break
            if (
                (index in candidates and self._is_name_word(index, sentence))
                or (tokens[index] == "." and self._is_abbreviation_dot(index, sentence))
                or (
                    (
                        self.lower[index] in self.words.name_particles
                        or self.tokens[index] == "&"
                        or (
                            self.lower[index] in LINK_WORDS
                            and self._organisation_so_far(first, last)
                        )
                    )
                    and self._next_is_name(index, sentence)
                )
            ):
                last = index
            else:
                break
            index += 1
        while last > first and not self.is_word[last]:
            if self._is_abbreviation_dot(last, sentence):
                break
            last -= 1
        return last

    def _organisation_so_far(self, first: int, last: int) -> bool:
        return not organisation_or_outlet_words().isdisjoint(map(_bare, self._run(first, last)))

    def _links_organisation(self, index: int, first: int, last: int) -> bool:
        lower = self.lower[index]
        if lower in self.words.name_particles and lower not in LINK_WORDS:
            return True
        # "Committee for Human Rights": a link word joins only before an organisation word.
        return index > 0 and _bare(self.tokens[index - 1]) in self.words.organisation_words

    def _run(self, first: int, last: int) -> tuple[str, ...]:
        """The tokens ``first..last``."""
        if first < 0:  # not a slice: tokens[first], tokens[first + 1] ... as the index runs
            return tuple(self.tokens[position] for position in range(first, last + 1))
        return self.tokens[first : last + 1]

    def name_words(self, first: int, last: int) -> tuple[tuple[str, ...], str]:
        """The words of a name run without leading titles and roles, and a gender from a
        title (Mr., Ms.)."""
        run = self._run(first, last)
        start, gender = name_start(run)
        return run[start:], gender

    def resolve_run(
        self, first: int, last: int, *, speaker: bool, kind: str = "", definite: bool = False
    ) -> str:
        name = run_name(self.tokens[first : last + 1] if first >= 0 else self._run(first, last))
        if name is None:
            return ""
        facts = name.facts
        if kind:
            facts = facts._replace(kind=kind)
        elif (
            facts.kind == "person"
            and "which" in self.lower[last + 1 : last + 3]
            and self._untitled_which(name, first, last)
        ):
            # "Holmgarth Aggregates, which has run the site since 2009, said": no person;
            # one that speaks is a body.
            facts = facts._replace(kind="organisation" if speaker else "thing")
        # "on the Porto podium", "in the National Museum of Scotland": named in passing
        background = definite and first >= 2 and self.lower[first - 2] in BACKGROUND_BEFORE
        entity = self.entities.record(facts, name.gender, speaker, definite, background=background)
        if first > 0 and self.lower[first - 1] in self.role_before and entity.kind == "person":
            self.role_names[self.lower[first - 1]] = entity.name
        return entity.name if entity.name else self._joined(name.words)

    def _untitled_which(self, name: RunName, first: int, last: int) -> bool:
        """A name with no title or role before it ("Dr Imre Salo, which surprised nobody"
        is a person), heading its noun phrase ("The Character of Richard Steele, which":
        "which" is the book), not known as a he or she, followed by a relative "which"."""
        if len(name.words) != last - first + 1 or not self._which_follows(last):
            return False
        if first > 0 and self.lower[first - 1] in PHRASE_LINKS:
            return False
        known = self.entities.by_name.get(name.facts.key)
        return known is None or not known.gender

    def _which_follows(self, last: int) -> bool:
        """Whether a relative "which" follows the name ending at ``last`` ("X, which ..."):
        English takes "who" after a person, "which" after a thing or a body."""
        lower = self.lower
        after = last + 1
        if after < len(lower) and lower[after] == ",":
            after += 1
        return after < len(lower) and lower[after] == "which"

    def _joined(self, words: Sequence[str]) -> str:
        joined = " ".join(words)
        return joined.replace(" .", ".").replace(" - ", "-")

    def register_mentions(self, sentence: Sentence, upto: int, start: int) -> int:
        """Register the names in tokens ``[start, upto)`` of a sentence; return ``upto``.
        Only possible name words are visited (their indices are listed once per document)."""
        capitals = self.candidate_indices
        position = bisect.bisect_left(capitals, start)
        end = bisect.bisect_left(capitals, upto, position)
        if position == end:
            return upto  # no name candidate in the range (often: between two cues)
        lower = self.lower
        tokens = self.tokens
        record = self.entities.record
        suffixes = self.company_suffixes
        end_token = sentence.end_token
        suffix_room = end_token - 1  # a suffix needs a token after the name
        plain = self.plain_name
        candidates = self.name_candidate
        joiners = self.joiners
        first_token = sentence.first_token
        acronym = self.acronym
        function_words = self.words.function_words
        marked_before = self.marked_before
        while position < end:
            index = capitals[position]
            position += 1
            if index == first_token:
                # The sentence's first word is most often a function word ("The", "But"):
                # no name (as _is_name_word decides, without the call).
                if index not in acronym and _bare(tokens[index]) in function_words:
                    continue
                if not self._is_name_word(index, sentence):
                    continue
            elif index not in plain and not self._is_name_word(index, sentence):
                continue
            # name_run_forward, inlined for its common case: a streak of plain name words
            # ended by a possessive, the sentence end or a word that cannot join a name.
            last = index
            following = index + 1
            while (
                following < end_token
                and following in plain
                and not tokens[following - 1].endswith(POSSESSIVE_ENDINGS)
            ):
                last = following
                following += 1
            if (
                following < end_token
                and not tokens[following - 1].endswith(POSSESSIVE_ENDINGS)
                and (
                    following in candidates
                    or tokens[following] == "."
                    or lower[following] in joiners
                )
            ):
                last = self.name_run_forward(index, sentence)  # the run may go on
            if last >= upto:
                last = upto - 1
            if last == index and (
                index == first_token
                or (index > first_token and tokens[index - 1] in OPENING_QUOTES)  # (after a quote)
            ):
                # One capitalised word opening a sentence ("Shares fell") may be any
                # word: it is a name only if it is already known as one.
                key = _bare(tokens[index])
                if key in self.entities.by_token or key in self.entities.by_name:
                    self.resolve_run(index, last, speaker=False)
                continue
            after = last + 1
            if after < suffix_room and (
                lower[after] in suffixes or (lower[after] == "," and lower[after + 1] in suffixes)
            ):
                suffix = self._company_suffix_after(last, sentence)
                if suffix >= 0:
                    # "Orla Foods, Inc.": a business, and "Inc" is no name of its own.
                    self.resolve_run(index, last, speaker=False, kind="organisation")
                    position = bisect.bisect_right(capitals, suffix, position)
                    continue
            if lower[index - 1] in DETERMINED_BEFORE_NAME and index > 0:
                kind = self._modifier_kind(index, last)
                self.resolve_run(index, last, speaker=False, kind=kind, definite=True)
            else:
                # resolve_run(index, last, speaker=False), inlined: its result is not needed
                name = run_name(tokens[index : last + 1])
                if name is not None:
                    facts = name.facts
                    if (
                        facts.kind == "person"
                        and "which" in lower[last + 1 : last + 3]
                        and self._untitled_which(name, index, last)
                    ):
                        facts = facts._replace(kind="thing")  # "X, which ...": no person
                    before = lower[index - 1]
                    if before not in marked_before:
                        record(facts, name.gender)  # the common case: nothing to read
                    else:
                        self._record_marked(facts, name.gender, index, last)
            if last > index:  # (a one-word run: ``position`` is already past it)
                position = bisect.bisect_right(capitals, last, position)
        return upto

    @functools.cached_property
    def marked_before(self) -> frozenset[str]:
        """Words before a name that tell its kind: a person noun ("my neighbor Rosalind"), a
        business noun ("the maker Fjellbakk"), a place preposition ("across Tyrol") or a
        list joiner (after a place: "across Tyrol and Vorarlberg")."""
        return (
            self.person_nouns
            | self.words.company_words
            | PLACE_BEFORE
            | BACKGROUND_BEFORE
            | {"and", "or", ","}
        )

    def _record_marked(self, facts: MentionFacts, gender: str, index: int, last: int) -> None:
        """Record a name whose preceding word may tell its kind (see ``marked_before``)."""
        lower, tokens = self.lower, self.tokens
        before = lower[index - 1]
        company_words = self.words.company_words
        if facts.kind in GUESSED_KINDS and before in self.words.organisation_words:
            # "the supermarket group Ferncourt", "the party Fidesz": a body, though "group"
            # and "party" also head people ("a group of parents", "a party spokesman")
            facts = facts._replace(kind="organisation")
        elif facts.kind == "unknown" and before in self.person_nouns:
            # "my neighbor Rosalind", "her lawyer Ortiz": a person
            facts = facts._replace(kind="person")
        elif facts.kind in GUESSED_KINDS and (
            before in company_words
            or (tokens[index - 1] == "," and index > 1 and lower[index - 2] in company_words)
        ):
            # "the Norwegian maker Fjellbakk AS", "the retailer, Ostra Home,"
            facts = facts._replace(kind="organisation")
        recent = self.entities.recent
        locative = before in PLACE_BEFORE or (
            # "across Tyrol and Vorarlberg": coordinated with a place name
            before in {"and", "or", ","} and bool(recent) and recent[-1].locative
        )
        # ("at Smith's home": a possessive names the person in the foreground)
        background = before in BACKGROUND_BEFORE and not tokens[last].endswith(POSSESSIVE_ENDINGS)
        entity = self.entities.record(facts, gender, False, False, locative, background)
        if before in self.role_before and entity.kind == "person":
            self.role_names[before] = entity.name

    def _company_suffix_after(self, last: int, sentence: Sentence) -> int:
        """The index of a legal-form suffix right after a name ("X, Inc.", "X Ltd"), or -1."""
        after = last + 1
        if after < sentence.end_token and self.tokens[after] == ",":
            after += 1
        if after < sentence.end_token and self.lower[after] in self.words.company_suffixes:
            return after
        return -1

    def _modifier_kind(self, first: int, last: int) -> str:
        """ "the Lao Cai smelter": a two-word name between "the" and a common noun modifies
        the noun; it names no person (a pronoun must not resolve to it)."""
        before, after = first - 1, last + 1
        if (
            self.lower[before] == "the"
            and after < len(self.tokens)
            and self.is_word[after]
            and not self.capitalised[after]
            and self.lower[after] not in self.words.function_words
            and classify_name(tuple(self.tokens[first : last + 1])) == "person"
        ):
            return "thing"
        return ""
