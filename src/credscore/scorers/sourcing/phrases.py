"""The scan's noun phrases: what source a phrase ("the ministry", "a spokesperson",
"her lawyers", "the 43-year-old") refers to."""

from __future__ import annotations

import bisect
import itertools

from credscore.analysis import Sentence
from credscore.scorers.sourcing.lexicon import (
    AGE_DESCRIPTIONS,
    ANONYMOUS,
    ARTICLES,
    FIRST_PERSON_OR_INDEFINITE,
    GENERIC_BODY_HEADS,
    GENERIC_BODY_MODIFIERS,
    INDEFINITE,
    ORGANISATION_KINDS,
    OUTLET_KINDS,
    PERSON_KINDS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    RECENT_MENTIONS,
    RESEARCH_GROUPS,
    RESEARCH_REACH,
    _bare,
)
from credscore.scorers.sourcing.names import NameScan
from credscore.scorers.sourcing.tracker import Entity, _strip_possessive, run_name

# Words that may follow the body noun heading an appositive ("the housing association that
# manages ...", "a startup based in Reno", "the charity behind the appeal").
APPOSITIVE_CONTINUATIONS = frozenset(
    {"that", "which", "who", "based", "in", "of", "for", "with", "behind", "at", "on", "from"}
)


class PhraseScan(NameScan):
    """Noun phrases resolved to sources."""

    # -- noun phrases ------------------------------------------------------------------------

    def classify_phrase(self, first: int, last: int, sentence: Sentence) -> str | None:
        """The source a noun phrase ``tokens[first..last]`` refers to, or None when it is not
        a plausible source."""
        words = self.words
        if first > last:
            return None
        if first == last and self.lower[first] in PRONOUNS:
            return self.entities.pronoun(self.tokens[first])
        # The head: the last word before a post-modifier ("a person familiar with ...").
        head = first
        for index in range(first, last + 1):
            if (
                index > first
                and self.lower[index] in self.words.postmodifiers
                and not self.tokens[index].isupper()
                and not (self.lower[index] == "of" and self.lower[head] in self.words.quantifiers)
            ):
                break
            if index > first and self._is_known_head(head) and self.lower[index].endswith("ed"):
                break  # a participle post-modifier: "a paper published in Nature"
            if (
                self.is_word[index]
                and self.lower[index] not in self.words.determiners - self.words.quantifiers
            ):
                head = index
        bare_head = _bare(self.tokens[head])
        definite = self.lower[first] in {"the", "this", "that", "its"}
        if definite and bare_head in AGE_DESCRIPTIONS:
            aged = self._person_of_age(head, first)
            if aged:
                return aged  # "Ian Holt, 43, ... the 43-year-old told": the person of that age
            found = self.entities.latest(PERSON_KINDS, undetermined=True)
            if found is not None:
                return found.name  # "the 43-year-old told officers": the person named before
        if definite and head == first + 1 and bare_head in RESEARCH_GROUPS:
            lead = self._lead_author(first)
            if lead:
                return f"{lead} and colleagues"  # "the researchers" of "a team led by X"
            body = self.research_body(first)
            if body:
                return body  # "the authors" of "researchers at the University of X"
        possessor = POSSESSIVE_PRONOUNS.get(self.lower[first])
        if possessor and head == first + 1 and bare_head in words.kin_nouns:
            # "his daughter said": the daughter, named before in an appositive or not at all
            starts, ends = self.analysis.token_starts, self.analysis.token_ends
            return self.kin_names.get(bare_head) or self.text[starts[first] : ends[head]]
        if bare_head in words.kin_nouns and self.lower[first] in FIRST_PERSON_OR_INDEFINITE:
            # "my mate who works in cleaning says", "a cousin said": unnamed unless named
            # before ("my neighbour, Ana Ruiz")
            return self.kin_names.get(bare_head) or ANONYMOUS
        if possessor and head > first and bare_head not in words.anonymous_nouns:
            # "her office said", "his lawyers said": they speak for the possessor.
            return self.entities.pronoun(possessor, possessive=True)
        name_first, name_last = self._first_name_run(first, last, sentence)
        if self._is_name_word(head, sentence) and not self._is_adjectival(head):
            run_first = self.name_run_back(head, sentence)
            return self.resolve_run(max(first, run_first), head, speaker=True)
        if bare_head in words.anonymous_nouns:
            return ANONYMOUS
        if (
            definite
            and self.generic_ok  # (a plain "said": "the maker reported profit" is no report)
            and bare_head in words.company_words
        ) and self._placed_or_bare(
            name_first, name_last
        ):
            company = self.entities.latest_company()
            if company is not None:
                return company.name  # "The Nevada startup said": the business named before
        if (
            bare_head in words.collective_nouns
            or bare_head in words.data_nouns
            or bare_head in words.organisation_words
        ):
            if name_first >= 0:
                # "the Save Elm Fields campaign says": the name modifying a body noun names
                # that body (a later "It argues" is the campaign).
                modifies_body = name_last + 1 == head and (
                    bare_head in words.organisation_words or bare_head in words.company_words
                )
                kind = "organisation" if modifies_body else ""
                return self.resolve_run(name_first, name_last, speaker=False, kind=kind)
            if bare_head in self.words.spokespeople and head > first:
                modifier = head - 1
                if (
                    self.is_word[modifier]
                    and self.lower[modifier] not in self.words.determiners
                    and (not self.capitalised[modifier])
                ):
                    if self.lower[modifier] in words.company_words:
                        company = self.entities.latest_company()
                        if company is not None:
                            return company.name  # "a company spokesperson": the business
                    return self._phrase_text(modifier, modifier)  # "a police spokesperson"
            if (
                definite
                and bare_head in words.data_nouns
                and bare_head in self.data_sources
                and not self.tokens[head - 1].endswith(POSSESSIVE_ENDINGS)  # "the agent's email"
            ):
                return self.data_sources[bare_head]  # "the poll showed": the poll named before
            if definite and bare_head in self.body_heads:
                body = self._definite_body(first, head)
                if body:
                    return body
            if definite and bare_head in words.place_words:
                # "the city", "the state": a body named for a place; never some other
                # organisation named in between.
                return self._definite_body(first, head) or self._phrase_text(head, head)
            if definite and bare_head in words.data_nouns:
                owner = self._definite_owner(first, head)
                if owner:
                    return owner  # "the county's own figures": the county named before
            if definite and bare_head in words.company_words:
                company = self.entities.latest_company()
                if company is not None:
                    return company.name
                if self.last_group_source:
                    return self.last_group_source
                return self._phrase_text(first, head)  # no business named: not a code or region
            if (
                definite
                and bare_head in words.data_nouns
                and any(
                    self.tokens[index].endswith(POSSESSIVE_ENDINGS) for index in range(first, head)
                )
            ):
                return self._phrase_text(first, head)  # "the agent's email": its owner's
            if definite or bare_head in self.words.spokespeople:
                kinds = OUTLET_KINDS if bare_head in self.words.outlet_heads else ORGANISATION_KINDS
                found = self.entities.latest(kinds)
                if found is not None and definite and self._another_body(bare_head, found):
                    return self._phrase_text(first, head)  # "the council", not a department
                if found is not None:
                    return found.name
                if bare_head in self.words.spokespeople:
                    return ANONYMOUS
                if definite and self.last_group_source and bare_head not in words.data_nouns:
                    return self.last_group_source
            return self._phrase_text(first, head)
        if bare_head in words.role_nouns:
            if name_first > head:
                return self.resolve_run(name_first, name_last, speaker=True)
            if self.lower[first] in INDEFINITE and not self.capitalised[head]:
                return ANONYMOUS  # "a former office manager said": an unnamed person
            if definite:
                named = self.role_names.get(bare_head)
                if named:
                    return named  # "the minister": the one named "minister X" before
                # "the mayor": a person known as one, not "Ipsos" (a word that only spoke)
                found = self.entities.latest(PERSON_KINDS, known_people=True)
                if found is not None:
                    return found.name
            return self._phrase_text(first, head) if not self.capitalised[head] else None
        if self.generic_ok and not self.capitalised[head] and self.is_word[head]:
            if bare_head.endswith("s") and not definite:
                return ANONYMOUS  # an unnamed plural group: "engineers who inspected it said"
            if definite and last - first <= 3:
                return self._phrase_text(first, head)  # "the utility said"
        return None

    def _placed_or_bare(self, name_first: int, name_last: int) -> bool:
        """Whether a description holds no name, or only a place's ("the Nevada startup",
        "the Leeds retailer"), not a brand's ("the Save Elm Fields campaign")."""
        if name_first < 0:
            return True
        name, _ = self.name_words(name_first, name_last)
        kind = self.entities.classify(name)
        if kind == "place":
            return True
        # one unknown word never named as a body before: a place or region as a modifier
        # ("the Nevada startup", "the Cork company"), not a brand named earlier
        return (
            kind == "unknown"
            and name_first == name_last
            and self.entities.kind_of(self.tokens[name_first]) in {"", "unknown", "place"}
        )

    def _lead_author(self, before: int) -> str:
        """The person named in the latest "led by X" ("a team led by glaciologist Ana
        Ruiz") before token ``before``, or ""."""
        if self.led_by is None:
            lower = self.lower
            self.led_by = [
                index
                for index in itertools.compress(range(len(lower) - 1), map("led".__eq__, lower))
                if lower[index + 1] == "by"
            ]
        index = bisect.bisect_left(self.led_by, before) - 1
        if index < 0:
            return ""
        start = self.led_by[index] + 2
        sentence = self.analysis.sentence_of_token(self.led_by[index])
        if start >= sentence.end_token:
            return ""
        named = (
            start
            if start in self.name_candidate and self._is_name_word(start, sentence)
            else self._descriptor_then_name(start, sentence)
        )
        if named < 0:
            return ""
        name = run_name(self.tokens[named : self.name_run_forward(named, sentence) + 1])
        if name is None or name.facts.kind not in {"person", "unknown"}:
            return ""
        return name.facts.name

    def research_body(self, before: int, *, adjacent: bool = False) -> str:
        """The institution of the latest "researchers at <Name>" ("Scientists from the
        University of Leeds", "a team at Kyoto University") before token ``before``, within
        the last few sentences, or ""."""
        if self.research_at is None:
            lower = self.lower
            groups = RESEARCH_GROUPS
            self.research_at = [
                index
                for index in itertools.compress(
                    range(len(lower) - 2), map(groups.__contains__, lower)
                )
                if lower[index + 1] in {"at", "from", "of"}
            ]
        index = bisect.bisect_left(self.research_at, before) - 1
        if index < 0:
            return ""
        group = self.research_at[index]
        sentence = self.analysis.sentence_of_token(group)
        if before - group > RESEARCH_REACH:
            return ""
        if adjacent:
            # a pronoun ("They found") looks back one sentence at most
            current = self.analysis.sentence_of_token(before)
            if current.first_token > 0:
                current = self.analysis.sentence_of_token(current.first_token - 1)
            if group < current.first_token:
                return ""
        start = group + 2
        if start < sentence.end_token and self.lower[start] == "the":
            start += 1
        if start >= sentence.end_token or not self._is_name_word(start, sentence):
            return ""
        name = run_name(self.tokens[start : self.name_run_forward(start, sentence) + 1])
        if name is None or name.facts.kind not in {"organisation", "unknown"}:
            return ""
        known = self.entities.by_name.get(name.facts.key)
        return known.name if known is not None else name.facts.name

    def _definite_body(self, first: int, head: int) -> str:
        """The body a definite description ``tokens[first..head]`` names ("the ministry",
        "the agriculture ministry"): the latest name holding its head noun (and its
        modifier); a description with a telling modifier and no such name names itself."""
        modifier = ""
        if head - 1 > first and self.is_word[head - 1] and not self.capitalised[head - 1]:
            word = self.lower[head - 1]
            if word not in self.words.determiners and word not in GENERIC_BODY_MODIFIERS:
                modifier = word
        bare_head = _bare(self.tokens[head])
        found = self.entities.latest_holding(bare_head, modifier)
        if found is not None and (not modifier or modifier in found.name.lower().split()):
            return found.name
        if modifier:
            return self._phrase_text(head - 1, head)
        if found is not None:
            return found.name
        # "Kenya's central bank ... the bank said": an earlier described mention of it.
        return self._described_before(bare_head, first)

    def _person_of_age(self, head: int, before: int) -> str:
        """For "the 43-year-old" (``head`` at "year-old"), the latest person before token
        ``before`` given that age in an appositive ("Ian Holt, 43,"), or ""."""
        age = head - 2
        if age < 0 or self.tokens[head - 1] != "-" or not self.is_number[age]:
            return ""
        positions = self._age_appositives().get(self.tokens[age], ())
        index = bisect.bisect_left(positions, before) - 1
        if index < 0:
            return ""
        name_last = positions[index] - 2
        sentence = self.analysis.sentence_of_token(name_last)
        run_first = self.name_run_back(name_last, sentence)
        name = run_name(self.tokens[run_first : name_last + 1])
        if name is None or name.facts.kind != "person":
            return ""
        known = self.entities.by_name.get(name.facts.key)
        return known.name if known is not None else name.facts.name

    def _age_appositives(self) -> dict[str, list[int]]:
        """Positions of ages set off by commas after a name ("Ian Holt, 43,"), by age,
        found once per document."""
        if self.age_appositives is None:
            tokens, capitalised = self.tokens, self.capitalised
            ages: dict[str, list[int]] = {}
            last = len(tokens) - 1
            for index in itertools.compress(range(len(tokens)), self.is_number):
                if (
                    2 <= index < last
                    and tokens[index - 1] == ","
                    and tokens[index + 1] == ","
                    and capitalised[index - 2]
                ):
                    ages.setdefault(tokens[index], []).append(index)
            self.age_appositives = ages
        return self.age_appositives

    def _another_body(self, bare_head: str, found: Entity) -> bool:
        """Whether a named body is plainly another sort of body than a specific head noun
        ("the council" after "the Department for Transport"); generic heads ("the agency")
        may name any body."""
        if bare_head not in self.body_heads or bare_head in GENERIC_BODY_HEADS:
            return False
        found_words = {_bare(word) for word in found.name.split()}
        public = self.words.public_body_words
        if bare_head in public and public.isdisjoint(found_words):
            return True  # "the council" is no business named before ("Helio Verde Renewables")
        held = found_words & self.body_heads
        return bool(held) and bare_head not in held

    def _described_before(self, bare_head: str, before: int) -> str:
        """The latest mention before token ``before`` of a body by its head noun with a
        telling modifier ("Kenya's central bank", "the agriculture ministry"), or ""."""
        positions = self._body_head_positions()
        top = bisect.bisect_left(positions, before) - 1
        floor = max(-1, top - RECENT_MENTIONS)  # bounded: "the bank said" x 10,000 is linear
        for index in range(top, floor, -1):
            position = positions[index]
            if _bare(self.tokens[position]) == bare_head:
                named = self._appositive_owner(position)
                if named:
                    return named  # "Harrowgate Homes, the housing association that ..."
        index = top
        while index > floor:
            position = positions[index]
            index -= 1
            if _bare(self.tokens[position]) != bare_head:
                continue
            modifier = position - 1
            if modifier < 0 or not self.is_word[modifier]:
                continue
            word = self.lower[modifier]
            if self.capitalised[modifier]:
                if self.tokens[modifier].endswith(POSSESSIVE_ENDINGS):
                    return self._phrase_text(modifier, position)  # "Peru's bank"
                continue
            if word in self.words.determiners or word in GENERIC_BODY_MODIFIERS:
                continue
            owner = modifier - 1
            if (
                owner >= 0
                and self.capitalised[owner]
                and self.tokens[owner].endswith(POSSESSIVE_ENDINGS)
            ):
                return self._phrase_text(owner, position)  # "Kenya's central bank"
            if owner >= 0 and self.lower[owner] in self.words.determiners:
                return self._phrase_text(modifier, position)  # "the agriculture ministry"
        return ""

    def _appositive_owner(self, head: int) -> str:
        """The name a body noun describes in an appositive right after it ("Harrowgate
        Homes, the housing association that manages the block"; "Nebulon Dynamics, a
        Nevada startup,"), or "". The body noun must head the appositive: not "Ana Ruiz,
        the union's treasurer" nor "Jo Li, a trust member"."""
        if self.tokens[head].endswith(POSSESSIVE_ENDINGS):
            return ""
        after = head + 1
        if (
            after < len(self.tokens)
            and self.is_word[after]
            and self.lower[after] not in APPOSITIVE_CONTINUATIONS
        ):
            return ""
        index = head - 1
        while index >= 0 and head - index <= 3 and self.is_word[index]:
            if self.lower[index] in ARTICLES:
                break
            if self.capitalised[index]:
                return ""
            index -= 1
        else:
            return ""
        comma = index - 1
        if comma < 1 or self.tokens[comma] != "," or not self.capitalised[comma - 1]:
            return ""
        sentence = self.analysis.sentence_of_token(comma - 1)
        if not self._is_name_word(comma - 1, sentence):
            return ""
        first = self.name_run_back(comma - 1, sentence)
        name = run_name(self.tokens[first:comma])
        if name is None or name.facts.kind == "place" or name.gender:
            return ""  # (a two-word business reads as a person; one called he/she is one)
        known = self.entities.by_name.get(name.facts.key)
        return known.name if known is not None else name.facts.name

    def _body_head_positions(self) -> list[int]:
        """Positions of lower-case body head nouns ("bank", "ministry"), found once."""
        if self.body_head_positions is None:
            heads = self.body_heads
            self.body_head_positions = [
                index
                for index in itertools.compress(
                    range(len(self.lower)), map(heads.__contains__, self.lower)
                )
                if not self.capitalised[index] and not self.in_quote[index]
            ]
        return self.body_head_positions

    def _possessed_body(self, owner: int, end: int) -> int:
        """After a possessive name ("Peru's"), the index of a body head noun within a few
        lower-case words ("Peru's central bank"), or -1."""
        if not self.tokens[owner].endswith(POSSESSIVE_ENDINGS):
            return -1
        for index in range(owner + 1, min(owner + 4, end)):
            if not self.is_word[index] or self.capitalised[index]:
                return -1
            if self.lower[index] in self.body_heads:
                return index
        return -1

    def _definite_owner(self, first: int, head: int) -> str:
        """ "the county's own figures": the body the possessive description names."""
        for index in range(first + 1, head):
            token = self.tokens[index]
            if self.lower[index - 1] != "the" or self.capitalised[index]:
                continue
            if not token.endswith(POSSESSIVE_ENDINGS):
                continue
            bare = _bare(token)
            if bare in self.body_heads:
                found = self.entities.latest_holding(bare)
                if found is not None:
                    return found.name
                return self._described_before(bare, index) or _strip_possessive(token)
        return ""

    def _is_known_head(self, index: int) -> bool:
        bare = _bare(self.tokens[index])
        words = self.words
        return (
            bare in words.data_nouns
            or bare in words.collective_nouns
            or bare in words.anonymous_nouns
            or bare in words.role_nouns
        )

    def _phrase_text(self, first: int, last: int) -> str:
        while first < last and self.lower[first] in self.words.determiners:
            first += 1
        return self.text[self.analysis.token_starts[first] : self.analysis.token_ends[last]]

    def _first_name_run(self, first: int, last: int, sentence: Sentence) -> tuple[int, int]:
        index = first
        while index <= last:
            if self._is_name_word(index, sentence) and not self._is_adjectival(index):
                run_last = min(self.name_run_forward(index, sentence), last)
                return index, run_last
            index += 1
        return -1, -1

    def _is_adjectival(self, index: int) -> bool:
        """ "North Korean", "Russian": a capitalised adjective, not a name."""
        token = self.tokens[index]
        return (
            (
                token.endswith(("an", "ese", "ish", "ic", "i"))
                or self.lower[index] in self.words.demonyms  # "Dutch", "Thai", "Czech"
            )
            and token.lower() not in (self.entities.by_token)
            and not token.isupper()
            and self.lower[index] not in self.words.outlets
            and (
                index + 1 < len(self.tokens)
                and self.is_word[index + 1]
                and not self.capitalised[index + 1]
            )
        )
