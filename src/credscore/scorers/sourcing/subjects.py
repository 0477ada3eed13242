"""The scan's source phrases around a cue: the subject before it, the phrase after it,
and a sentence's main subject."""

from __future__ import annotations

from credscore.analysis import Sentence
from credscore.scorers.sourcing.lexicon import (
    ANONYMOUS,
    ARTICLES,
    CLOSING_QUOTES,
    CONDITIONALS,
    DATA_AUTHOR_VERBS,
    DATELINE_DASHES,
    DATELINE_TOKENS,
    IRREGULAR_PAST_CUES,
    MODALS,
    NEGATIONS,
    OBJECT_PRONOUNS,
    OPENING_QUOTES,
    ORDINALS,
    PASSIVE,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRONOUN_CONTRACTIONS,
    PRONOUNS,
    RELATIVE_OPENERS,
    RESEARCH_GROUPS,
    UNRESOLVED,
    _bare,
    weasel_sources,
)
from credscore.scorers.sourcing.names import SourceMention
from credscore.scorers.sourcing.phrases import PhraseScan

# "you said", "You've written that": the interviewee of a transcript or Q&A.
YOU_FORMS = frozenset({"you", "you've", "you’ve"})
YOU_CUES = frozenset({"said", "told", "wrote", "written"})
# Articles before an honorific in Spanish or French ("dijo la Dra. Ruiz", "le Dr Martin").
FOREIGN_ARTICLES = frozenset({"la", "el", "le"})


class SubjectScan(PhraseScan):
    """Source phrases before and after cue words."""

    def subject_before(self, verb: int, sentence: Sentence) -> SourceMention | None:
        """The subject noun phrase that ends just before a cue verb, if any."""
        index = verb - 1
        while index >= sentence.first_token and (
            self.lower[index] in self.words.intervening
            or (
                self.lower[index].endswith("ly")
                and len(self.lower[index]) > 4
                and self.lower[index] not in self.words.collective_nouns
                and not self.capitalised[index]
            )
        ):
            index -= 1
        if index < sentence.first_token or self.in_quote[index]:
            return None
        token = self.tokens[index]
        lower = self.lower[index]
        if lower in NEGATIONS or lower.endswith(("n't", "n’t")) or lower in PASSIVE:
            return None
        if lower in self.words.determiners and lower not in {
            "one",
            "two",
            "three",
            "some",
            "many",
            "another",
        }:
            return None  # "the noted author", "his claims": the cue word is a noun here
        if (
            index == verb - 1
            and (lower in ORDINALS or lower[:1].isdigit())
            and self._ordinal_before_noun(lower, self.lower[verb])
        ):
            return None  # "his fifth caution", "a 3rd warning": the cue word is a noun
        if (
            index == verb - 1
            and lower.endswith(("'s", "’s", "s'", "s’"))
            and (lower not in PRONOUN_CONTRACTIONS)
        ):
            return None  # "Editor's note", "Smith's claims": a possessive before a noun
        if lower in OBJECT_PRONOUNS:
            return None  # "people who know them say": an object, never the subject
        if lower in YOU_FORMS:
            # An interviewer's "Roadford is at 34%, you said" / "You've written that ...":
            # the interviewee, the person the text last named (never inside a quotation,
            # where "you" is whoever the speaker addresses: skipped above)
            if self.lower[verb] not in YOU_CUES or any(
                self.lower[between] in MODALS for between in range(index + 1, verb)
            ):
                return None  # "You should have told me", "you agreed": no interview report
            if index > sentence.first_token and self.lower[index - 1] in CONDITIONALS | {"when"}:
                return None  # "If you said yes, ...": a hypothetical
            found = self.entities.most_mentioned_person()
            return SourceMention(index, index, found.name) if found is not None else None
        if lower in PRONOUNS or lower in {"who"}:
            if lower == "who":
                return self._relative_subject(index, sentence)
            source: str | None = self.entities.pronoun(token) or (
                UNRESOLVED if lower in {"he", "she"} else ""
            )
            return SourceMention(index, index, source) if source else None
        if token == ",":
            return self._appositive_subject(index, sentence)
        if (
            lower in {"and", "but"}
            and index > sentence.first_token
            and self.lower[verb] in self.finite_cues
        ):
            # "thanked the players and added: ...": the subject of the first verb (a finite
            # form only: "learn to read and write" is no report).
            source = self.sentence_subject(sentence, index)
            return SourceMention(verb, verb, source) if source else None
        if token == ")":
            opening = self._find_back(index, sentence, "(", 12)
            return self._subject_ending_at(opening - 1, sentence) if opening > 0 else None
        return self._subject_ending_at(index, sentence)

    @staticmethod
    def _ordinal_before_noun(lower: str, cue: str) -> bool:
        """Whether an ordinal ("fifth", "3rd", "latest") makes the cue after it a noun; "he
        first said" / "she last told" keep the adverb before a past form."""
        ordinal = lower in ORDINALS or (
            lower[:1].isdigit() and lower.endswith(("th", "nd", "rd", "st"))
        )
        if not ordinal:
            return False
        past = cue.endswith("ed") or cue in IRREGULAR_PAST_CUES
        return not (lower in {"first", "last"} and past)

    def _find_back(self, index: int, sentence: Sentence, token: str, limit: int) -> int:
        position = index - 1
        while position >= max(sentence.first_token, index - limit):
            if self.tokens[position] == token:
                return position
            if self.in_quote[position]:
                return -1
            position -= 1
        return -1

    def _relative_subject(self, who: int, sentence: Sentence) -> SourceMention | None:
        if who - 1 >= sentence.first_token and self.tokens[who - 1] == ",":
            # "Tech Oracle, a leaker with a mixed record, who wrote that": the name before
            # the descriptive appositive (the span starts at "who").
            named = self._name_before_appositive(who - 1, sentence)
            if named is not None:
                return SourceMention(who, who, named)
            return self._subject_ending_at(who - 2, sentence)
        return self._subject_ending_at(who - 1, sentence)

    def _name_before_appositive(self, comma: int, sentence: Sentence) -> str | None:
        """The source named right before a descriptive appositive that ends at ``comma``
        ("Ana Ruiz, a nurse at the clinic,"), or None."""
        earlier = self._find_back(comma, sentence, ",", 16)
        name_last = earlier - 1
        if (
            earlier < 0
            or name_last < sentence.first_token
            or self.lower[earlier + 1] not in ARTICLES
            or not (name_last in self.name_candidate and self._is_name_word(name_last, sentence))
        ):
            return None
        first = self.name_run_back(name_last, sentence)
        return self.resolve_run(first, name_last, speaker=True) or None

    def _appositive_subject(self, comma: int, sentence: Sentence) -> SourceMention | None:
        """ "Greg Scarlatoiu, of the Committee ..., told CNN": the name before the appositive."""
        earlier = self._find_back(comma, sentence, ",", 25)
        if earlier < 0:
            return None
        if earlier - 1 >= sentence.first_token and self.tokens[earlier - 1] in CLOSING_QUOTES:
            return None
        inner = earlier + 1
        if inner >= comma or any(
            self.tokens[i] in OPENING_QUOTES and not self.plural_possessive_mark(i)
            for i in range(inner, comma)
        ):
            return None  # (not the mark of "the Patients' Forum")
        # "The company, Brandt Manufacturing, said" / "His trainer, Luis Ortega, said": when
        # the appositive is a bare name and the phrase before it is not, the name is the source.
        if (
            self._is_name_word(comma - 1, sentence)
            and earlier - 1 >= sentence.first_token
            and self.is_word[earlier - 1]
            and (
                not self._is_name_word(earlier - 1, sentence)
                or self._role_of_name(earlier - 1, comma - 1, sentence)
            )
        ):
            # ... also after descriptors: "One critic, radio host Alex Jones, claims".
            run_first = self.name_run_back(comma - 1, sentence)
            descriptors_only = all(
                self.is_word[i] and self.lower[i] not in self.words.clause_words
                for i in range(inner, run_first)
            )
            if descriptors_only and run_first - inner <= 6:
                named = self.resolve_run(run_first, comma - 1, speaker=True)
                if named:
                    self._remember_kin(earlier - 1, named)
                    return SourceMention(
                        self._phrase_start(earlier - 1, sentence), comma - 1, named
                    )
        subject_end = earlier - 1
        if (
            self.anonymity_between(inner, comma)
            and subject_end >= sentence.first_token
            and self.is_word[subject_end]
            and not self.capitalised[subject_end]
        ):
            # "One ground-handling supervisor, who asked not to be named, told ...": whoever
            # the head noun names, the source is unnamed by request
            start = self._phrase_start(subject_end, sentence)
            return SourceMention(start, subject_end, ANONYMOUS)
        if (
            self.lower[inner] in RELATIVE_OPENERS
            and subject_end - 1 > sentence.first_token
            and self.is_number[subject_end]
            and self.tokens[subject_end - 1] == ","
        ):
            subject_end -= 2  # "Ana Ruiz, 64, who ran the mill, told": past the age too
        return self._subject_ending_at(subject_end, sentence)

    def anonymity_between(self, first: int, end: int) -> bool:
        """Whether tokens ``first..end-1`` ask for anonymity ("who asked not to be named",
        "on condition of anonymity", "speaking anonymously", "not authorised to speak")."""
        lower = self.lower
        for index in range(first, end):
            word = lower[index]
            if word in {"anonymity", "anonymously"}:
                return True
            if (
                word in {"named", "identified", "authorised", "authorized"}
                and "not" in lower[max(first, index - 3) : index]
            ):
                return True
        return False

    def plural_possessive_mark(self, index: int) -> bool:
        """Whether the apostrophe at ``index`` closes a plural possessive ("the Growers'
        Union", "exporters' estimates"): attached to a word ending in s, a space after."""
        if index == 0 or self.tokens[index] not in {"'", "’"}:
            return False
        starts, ends = self.analysis.token_starts, self.analysis.token_ends
        if starts[index] != ends[index - 1] or not self.lower[index - 1].endswith("s"):
            return False
        following = index + 1
        return following >= len(starts) or starts[following] > ends[index]

    def _common_noun(self, index: int) -> bool:
        """Whether a capitalised word is a common noun of the lexicons (a sentence-initial
        "Traders", "Residents", "Officials"), not a first name."""
        lower = self.lower[index]
        words = self.words
        return (
            lower in weasel_sources().nouns
            or lower in words.collective_nouns
            or lower in words.anonymous_nouns
            or lower in words.role_nouns
            or lower in words.function_words
            # an unknown plural ("Migrants from Syria said"): no first name ends so, mostly
            or (lower.endswith("s") and lower not in self.entities.by_token)
        )

    def _role_of_name(self, name_last: int, appositive_last: int, sentence: Sentence) -> bool:
        """ "The mayor of Boticas, Fernando Queiroga,": the name before the appositive is the
        object of a role noun's preposition (a place or body the person serves), and the
        appositive names a person; then the appositive is the source."""
        first = self.name_run_back(name_last, sentence)
        preposition = first - 1
        if preposition > sentence.first_token and self.lower[preposition] == "the":
            preposition -= 1  # "The director of the Orla Trust, Sam Whitby,"
        role = preposition - 1
        if (
            role < sentence.first_token
            or self.lower[preposition] not in {"of", "for", "at", "in"}
            or not self.is_word[role]
            or self.capitalised[role]
        ):
            return False
        appositive_first = self.name_run_back(appositive_last, sentence)
        name, _ = self.name_words(appositive_first, appositive_last)
        return self.entities.classify(name) == "person"

    def _remember_kin(self, head: int, name: str) -> None:
        """ "his daughter, Ana Ruiz": a later "his daughter" is Ana Ruiz."""
        bare = _bare(self.tokens[head])
        if bare in self.words.kin_nouns:
            self.kin_names[bare] = name

    def _aged_resident(self, before: int, sentence: Sentence) -> int:
        """ "Ana Ruiz, 64, of Elmhurst told": given the index of "of", the last token of
        the name before the age, or -1."""
        name_last = before - 4
        if (
            name_last >= sentence.first_token
            and self.lower[before] in {"of", "from"}
            and self.tokens[before - 1] == ","
            and self.is_number[before - 2]
            and self.tokens[before - 3] == ","
            and self._is_name_word(name_last, sentence)
        ):
            return name_last
        return -1

    def _subject_ending_at(self, last: int, sentence: Sentence) -> SourceMention | None:
        if last < sentence.first_token or self.in_quote[last] or not self.is_word[last]:
            return None
        if self.lower[last] in PRONOUNS:
            source = self.entities.pronoun(self.tokens[last])
            return SourceMention(last, last, source) if source else None
        if self.lower[last] in {"one", "another"} and last == sentence.first_token:
            return SourceMention(last, last, ANONYMOUS)  # "One said ...": one of a group
        if last in self.name_candidate and self._is_name_word(last, sentence):
            first = self.name_run_back(last, sentence)
            before = first - 1
            if before >= sentence.first_token and self.lower[before] in {"the", "a", "an"}:
                before -= 1
            owner = before - 1
            resident = self._aged_resident(before, sentence)
            if resident >= 0:
                resident_first = self.name_run_back(resident, sentence)
                name, _ = self.name_words(resident_first, resident)
                if self.entities.classify(name) == "person":
                    source = self.resolve_run(resident_first, resident, speaker=True)
                    start = self._descriptor_start(resident_first, sentence)
                    return SourceMention(start, last, source)
            if (
                before > sentence.first_token
                and self.lower[before] in PREPOSITIONS
                and self._is_name_word(owner, sentence)
            ):
                # "Stefano Carniani of the Scuola Normale Superiore said": the person, unless
                # the word before "of" is only a title ("Secretary of State Antony Blinken").
                owner_first = self.name_run_back(owner, sentence)
                name, _ = self.name_words(owner_first, owner)
                kind = self.entities.classify(name)
                if kind == "person" or (
                    # "Janet in Bodmin says", "Priya from Leicester told us": a first name
                    # placed by where the speaker lives
                    kind == "unknown"
                    and owner_first == owner
                    and self.lower[before] in {"in", "from"}
                    and self.entities.classify(self.name_words(first, last)[0])
                    in {"place", "unknown"}
                    and self.entities.kind_of(self.tokens[owner]) in {"", "person", "unknown"}
                    and not self.tokens[owner].isupper()
                    and not self._common_noun(owner)
                ):
                    source = self.resolve_run(owner_first, owner, speaker=True)
                    start = self._descriptor_start(owner_first, sentence)
                    return SourceMention(start, last, source)
            if (
                before > sentence.first_token
                and self.lower[before] in PREPOSITIONS
                and self.is_word[before - 1]
                and not self.capitalised[before - 1]
            ):
                # "Critics of Social Security claim", "a spokesperson for Tesla said",
                # "David Straub of the State Department said": the phrase before the
                # preposition holds the head.
                phrase_first = self._phrase_start(before - 1, sentence)
                source = self.classify_phrase(phrase_first, last, sentence)
                if source:
                    return SourceMention(phrase_first, last, source)
            source = self.resolve_run(first, last, speaker=True)
            if not source:
                return None
            joined = first - 2
            if (
                joined >= sentence.first_token
                and self.lower[first - 1] == "and"
                and self._is_name_word(joined, sentence)
            ):
                # "Sarah Das and Ian Joughin said": both are the source.
                other_first = self.name_run_back(joined, sentence)
                other = self.resolve_run(other_first, joined, speaker=True)
                if other:
                    source = f"{other} and {source}"
                    first = other_first
            return SourceMention(self._descriptor_start(first, sentence), last, source)
        first = self._phrase_start(last, sentence)
        source = self.classify_phrase(first, last, sentence)
        if source is None:
            return None
        return SourceMention(first, last, source)

    def _source_head(self, index: int) -> bool:
        """Whether a word is a noun that names a source ("authors", "union", "company")."""
        bare = _bare(self.tokens[index])
        words = self.words
        return (
            bare in RESEARCH_GROUPS
            or bare in words.collective_nouns
            or bare in words.organisation_words
            or bare in words.company_words
            or bare in words.role_nouns
            or bare in words.anonymous_nouns
        )

    def _descriptor_start(self, first: int, sentence: Sentence) -> int:
        """Extend a name back over its titles and descriptors ("former State Department
        specialist David Straub")."""
        words = self.words
        tokens, candidates = self.tokens, self.name_candidate
        start = first
        index = first - 1
        while index >= sentence.first_token and first - index <= 8 and not self.in_quote[index]:
            bare = _bare(tokens[index])
            if (
                bare in words.role_nouns
                or bare in words.titles
                or (
                    index in candidates
                    and self._is_name_word(index, sentence)
                    and bare not in words.function_words
                )
                or (tokens[index] == "." and self._is_abbreviation_dot(index, sentence))
            ):
                start = index
                index -= 1
            else:
                break
        while start < first and not self.is_word[start]:
            start += 1
        return start

    def _phrase_start(self, last: int, sentence: Sentence) -> int:
        first = last
        index = last - 1
        while index >= sentence.first_token and last - index <= 8:
            token = self.tokens[index]
            lower = self.lower[index]
            if (
                (not self.is_word[index] and token not in {"-", "’s", "'s"})
                or self.in_quote[index]
                or lower in self.words.clause_words
                or lower in PASSIVE
            ):
                break
            if lower in self.finite_cues or lower in self.words.participles:
                break
            if (lower in RELATIVE_OPENERS or lower == "that") and (
                self.lower[first] in self.words.determiners or self.capitalised[first]
            ):
                # "a fee which the union says": an object relative, whose own subject follows
                # (not "my cousin who drives for the depot says")
                break
            first = index
            if (
                lower in ARTICLES
                and index > sentence.first_token
                and self.is_word[index - 1]
                and self.lower[index - 1] not in PREPOSITIONS
                and self.lower[index - 1] not in self.words.determiners
                and self._source_head(last)
            ):
                # "a pattern the authors say": an article opens the subject phrase (only
                # before a noun that names a source: "who inspected the bridge last month
                # said" keeps its relative clause)
                break
            index -= 1
        return first

    def phrase_after(self, first: int, sentence: Sentence) -> SourceMention | None:
        """The source noun phrase that starts at ``first`` ("according to the Los Angeles
        Times", "said David Straub, ...")."""
        if first >= sentence.end_token or self.in_quote[first] or not self.is_word[first]:
            return None
        lower = self.lower[first]
        if lower in PRONOUNS and not self._possessed_person(first, sentence):
            following = first + 1
            if following < sentence.end_token and self.is_word[following]:
                return None  # "said it would": the pronoun starts a reported clause
            source: str | None = self.entities.pronoun(self.tokens[first]) or (
                UNRESOLVED if lower in {"he", "she"} else ""
            )
            return SourceMention(first, first, source) if source else None
        last = first
        index = first
        while index < sentence.end_token and index - first < 12:
            token = self.tokens[index]
            lower = self.lower[index]
            if self.in_quote[index] or (
                not self.is_word[index]
                and not (token == "." and self._is_abbreviation_dot(index, sentence))
                and token not in {"-", "&"}
            ):
                break
            if index > first and (
                lower in self.words.clause_words or lower in {"which", "who", "whose"}
            ):
                break
            if index > first and (lower in self.finite_cues or lower in self.words.participles):
                break
            last = index
            index += 1
        while last > first and not self.is_word[last]:
            if self._is_abbreviation_dot(last, sentence):
                break
            last -= 1
        # A name at the start of the phrase: the phrase is that name ("said David Straub",
        # "said marine biologist Amara Okonkwo").
        start = first
        if (
            self.lower[first] in FOREIGN_ARTICLES
            and first + 1 < sentence.end_token
            and _bare(self.tokens[first + 1]) in self.words.titles
        ):
            start = first + 1  # "dijo la Dra. Ruiz": the article of a Spanish title
        lead = start
        named_at = self._descriptor_then_name(start, sentence)
        if named_at >= 0:
            run_last = self.name_run_forward(named_at, sentence)
            source = self.resolve_run(named_at, run_last, speaker=True)
            return SourceMention(first, run_last, source) if source else None
        while start <= last and (
            _bare(self.tokens[start]) in self.words.titles
            or self._is_abbreviation_dot(start, sentence)
        ):
            start += 1
        if start <= last and self._is_name_word(start, sentence):
            run_last = self.name_run_forward(start, sentence)
            source = self.resolve_run(lead, run_last, speaker=True)
            return SourceMention(first, run_last, source) if source else None
        agent = self._data_agent(first, last, sentence)
        if agent is not None:
            return agent
        source = self.classify_phrase(first, last, sentence)
        # An appositive name after a role phrase: "said the company's chief executive, Jane Doe"
        # (also when the phrase alone resolves to nobody: "said her lawyer, Ann Roe").
        after = last + 1
        if (
            after + 1 < sentence.end_token
            and self.tokens[after] == ","
            and self._is_name_word(after + 1, sentence)
            and (
                _bare(self.tokens[last]) in self.words.role_nouns
                or _bare(self.tokens[last]) in self.words.kin_nouns
            )
        ):
            run_last = self.name_run_forward(after + 1, sentence)
            # Only a true appositive, closed by a comma or the sentence end ("..., Ban has
            # gone further" starts the main clause instead).
            closing = run_last + 1
            if closing >= sentence.end_token or not self.is_word[closing]:
                named = self.resolve_run(after + 1, run_last, speaker=True)
                if named:
                    self._remember_kin(last, named)
                    return SourceMention(first, last, named)
        return SourceMention(first, last, source) if source is not None else None

    def _data_agent(self, first: int, last: int, sentence: Sentence) -> SourceMention | None:
        """ "according to figures released by the regulator": the agent after "by" is the
        source of data a phrase ``tokens[first..last]`` names, not the data noun."""
        for index in range(first + 1, last):
            if self.lower[index] in DATA_AUTHOR_VERBS and self.lower[index + 1] == "by":
                agent = self.phrase_after(index + 2, sentence)
                if agent is None:
                    return None
                return SourceMention(first, max(last, agent.last), agent.source)
        return None

    def _after_dateline(self, sentence: Sentence, before: int) -> int:
        """The first token after a wire dateline opening the sentence ("LIMA, May 2
        (Reuters) - "), else the sentence's first token."""
        first = sentence.first_token
        token = self.tokens[first]
        if not (token.isupper() and len(token) > 1 and self.is_word[first]):
            return first
        for index in range(first + 1, min(before, first + DATELINE_TOKENS)):
            if self.tokens[index] in DATELINE_DASHES:
                return index + 1
        return first

    def sentence_subject(self, sentence: Sentence, before: int) -> str | None:
        """The main subject of a sentence, for participial cues (", noting that ...")."""
        index = self._after_dateline(sentence, before)
        if index < before and self.lower[index] in self.words.sentence_openers:
            comma = index
            while comma < before and self.tokens[comma] != ",":
                comma += 1
            index = comma + 1
        end = min(before, index + 10)
        position = index
        while position < end:
            lower = self.lower[position]
            if self.in_quote[position] or not self.is_word[position]:
                position += 1
                continue
            if lower in PRONOUNS:
                return self.entities.pronoun(self.tokens[position])
            if lower in PRONOUN_CONTRACTIONS:  # "She's started ... and says"
                return self.entities.pronoun(_bare(self.tokens[position]))
            if lower in ARTICLES:
                position += 1  # "The" after a dateline: capitalised, yet no name
                continue
            words = self.words
            bare = _bare(self.tokens[position])
            if (
                bare in words.role_nouns
                or bare in words.collective_nouns
                or (bare in words.anonymous_nouns)
            ):
                if self._is_name_word(position, sentence) and self._next_is_name(
                    position, sentence
                ):
                    position += 1
                    continue
                return self.classify_phrase(index, position, sentence)
            if self._is_name_word(position, sentence) and not self._is_adjectival(position):
                last = self.name_run_forward(position, sentence)
                body = self._possessed_body(last, end)
                if body >= 0:
                    return self._phrase_text(position, body)  # "Peru's central bank"
                following = last + 1
                if following < end and _bare(self.tokens[following]) in words.role_nouns:
                    position = following
                    continue
                return self.resolve_run(position, last, speaker=True)
            if lower not in words.function_words and not self.capitalised[position]:
                return None
            position += 1
        return None

    def _can_start_source(self, index: int, sentence: Sentence) -> bool:
        """Can a post-verbal source phrase start here ("said Smith", "said the official")?"""
        if index >= sentence.end_token or self.in_quote[index]:
            return False
        lower = self.lower[index]
        words = self.words
        return (
            lower in {"he", "she", "they", "it", "the", "a", "an", "one", "two", "three"}
            or (index in self.name_candidate and self._is_name_word(index, sentence))
            or _bare(self.tokens[index]) in words.titles
            or lower in words.role_nouns
            or lower in words.anonymous_nouns
            or lower in words.collective_nouns
            or self._descriptor_then_name(index, sentence) >= 0
            or self._possessed_person(index, sentence)
        )

    def _possessed_person(self, index: int, sentence: Sentence) -> bool:
        """ "his son", "her lawyer": a possessive pronoun before a kin or role noun."""
        following = index + 1
        return (
            self.lower[index] in POSSESSIVE_PRONOUNS
            and following < sentence.end_token
            and (
                self.lower[following] in self.words.kin_nouns
                or self.lower[following] in self.words.role_nouns
            )
        )
