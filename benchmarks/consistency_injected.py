"""Injected-error benchmark for the consistency scorer.

Generates news-like articles from story templates written for this benchmark, filled with
names drawn from many naming traditions and with random figures, then:

* ``clean``: the article as written (names and facts restated consistently, sometimes
  rounded or approximated compatibly) — any finding here is a false finding;
* ``name``: one later occurrence of a multi-token name respelled (hyphen/space, case, a
  dropped, doubled, swapped or changed letter, a diacritic removed);
* ``contradiction``: one restatement of a fact given a conflicting value.

Reports precision / recall per kind (span overlap, as the evaluator counts it: a name variant
may hit either spelling; a contradiction must cover both sides), suggestion accuracy, the
false-finding rate on clean articles, and throughput. Run:

    .venv/bin/python benchmarks/consistency_injected.py [--docs 300] [--seed 7] [--show 5]
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from credscore import Document, analyse
from credscore.scorers.consistency import ConsistencyScorer

GIVEN = [
    "Aminata",
    "Kari",
    "Ingrid",
    "Tomasz",
    "Oluwaseun",
    "Xiomara",
    "Radovan",
    "Siobhan",
    "Bartholomew",
    "Yevgenia",
    "Thandiwe",
    "Mateusz",
    "Anneliese",
    "Haruto",
    "Priyanka",
    "Giedre",
    "Oisin",
    "Leocadia",
    "Nnamdi",
    "Solveig",
    "Cuauhtemoc",
    "Wojciech",
    "Ximena",
    "Dagny",
    "Ruairi",
    "Zbigniew",
    "Marisol",
    "Tsegaye",
    "Eleanora",
    "Kwabena",
    "Mireille",
    "Stanislav",
    "Ngozi",
    "Ragnhild",
    "Florentino",
    "Augustin",
    "Henrietta",
    "Desmond",
    "Margarethe",
    "Benedikt",
    "Lorcan",
    "Svetlana",
    "Jaroslav",
    "Ottilie",
    "Emeka",
]
SURNAMES = [
    "Lindqvist",
    "Halvorsen",
    "Ouédraogo",
    "Przybylski",
    "Nwachukwu",
    "Szczepanski",
    "Castellanos",
    "Vanderhoeven",
    "Abernathy",
    "Kowalczyk",
    "Mbeki-Thornton",
    "Oyelaran",
    "Fitzgerald",
    "Dimitrakopoulos",
    "Hakkarainen",
    "Gunnarsdottir",
    "Albuquerque",
    "Rautenbach",
    "Takahashi",
    "Montgomery",
    "Villanueva",
    "Brzezinski",
    "Okonkwo",
    "Thorvaldsen",
    "Marchetti",
    "Ferreira-Lopes",
    "Zielinski",
    "Achterberg",
    "Delacroix",
    "Nakamura",
    "Scarborough",
    "Wojcik",
    "Einarsson",
    "Papadimitriou",
    "Kirkpatrick",
    "Ó Súilleabháin",
    "Bergström",
    "Mahlangu",
    "Quintero",
    "Hollingsworth",
]
KOREAN = ["Park Ji-hoon", "Choi Min-seo", "Lee Seung-woo", "Kang Hye-jin", "Yoon Dong-hyun"]
ORG_HEADS = [
    "Halvorsen",
    "Brightwater",
    "Nordkapp",
    "Castellan",
    "Redfern",
    "Altamira",
    "Kestrel",
    "Vesterhavn",
    "Okavango",
    "Marrowby",
    "Tidewater",
    "Quillon",
    "Sandvika",
    "Westmarch",
]
ORG_TAILS = ["Maritime", "Holdings", "Logistics", "Biotech", "Energy", "Foods", "Mining"]
PLACES = [
    "Trondheim",
    "Ouagadougou",
    "Kraków",
    "Valparaíso",
    "Tromsø",
    "Bydgoszcz",
    "Enugu",
    "Savannakhet",
    "Chiclayo",
    "Groningen",
    "Coimbra",
    "Kaunas",
    "Oulu",
    "Aarhus",
]
NOUNS = [
    ("vessels", "fleet"),
    ("employees", "workforce"),
    ("patients", "trial"),
    ("homes", "development"),
    ("students", "programme"),
    ("turbines", "farm"),
    ("trucks", "depot"),
    ("books", "archive"),
    ("films", "collection"),
]


def money(value: int) -> str:
    return f"${value} million"


def count(value: int) -> str:
    return f"{value:,}"


@dataclass
class Story:
    """Slots and paragraphs of one generated article."""

    slots: dict[str, str]
    paragraphs: list[str]
    restatements: list[tuple[str, str, Callable[[str], str]]] = field(default_factory=list)


def pick_people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    surnames = rng.sample(SURNAMES, n)
    given = rng.sample(GIVEN, n)
    return [
        (f"{g} {s}", s.split()[-1] if " " not in s else s)
        for g, s in zip(given, surnames, strict=True)
    ]


def acquisition_story(rng: random.Random) -> Story:
    (p1, s1), (p2, _s2), (p3, s3) = pick_people(rng, 3)
    org = f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TAILS)}"
    rival = f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TAILS)}"
    while rival.split()[0] == org.split()[0]:
        rival = f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TAILS)}"
    place = rng.choice(PLACES)
    price = rng.randint(120, 980)
    units, whole = rng.choice(NOUNS)
    amount = rng.randint(14, 95)
    founded = rng.randint(1890, 1995)
    age = rng.randint(38, 71)
    jobs = rng.randint(200, 4000)
    slots = {"org": org, "p1": p1, "p2": p2}
    paragraphs = [
        f"{org} agrees to buy {rival} in {place} deal",
        f"{org} said on Monday it had agreed to buy its smaller rival {rival} for "
        f"{money(price)}, creating the largest operator of its kind in northern Europe.",
        f"The deal gives {org} control of {amount} {units} and a yard in {place}, where "
        f"{rival} was founded in {founded}. Chief executive {p1}, {age}, said the combined "
        f"company would keep all {count(jobs)} jobs in the region.",
        f"\u201cThis is a once-in-a-generation opportunity,\u201d {p1} told reporters. "
        f"\u201cWe have looked at {rival} for a long time.\u201d",
        f"Analysts at {rng.choice(ORG_HEADS)} Securities were cautious. {p2}, who covers the "
        f"sector, said the price looked full after a difficult year for shipping rates.",
        f"{p3}, a union representative in {place}, said workers wanted written guarantees. "
        f"\u201cWords are cheap,\u201d {s3} said.",
        f"Shares in {org} rose 4 percent in early trading. The company expects the purchase "
        f"to close in the second quarter, subject to approval by regulators.",
    ]
    restatements = [
        (
            f"{s1} said the {money(price)} purchase would be paid in cash.",
            str(price),
            lambda v: money(int(v)),
        ),
        (
            f"With the {amount} {units} added, {org} will be twice the size of its nearest rival.",
            str(amount),
            lambda v: f"{v} {units}",
        ),
        (
            f"{rival}, founded in {founded}, employs divers and engineers.",
            str(founded),
            lambda v: f"founded in {v}",
        ),
        (
            f"The {age}-year-old {s1} took over as chief executive three years ago.",
            str(age),
            lambda v: f"{v}-year-old",
        ),
    ]
    del whole
    return Story(slots, paragraphs, restatements)


def trial_story(rng: random.Random) -> Story:
    (p1, s1), (p2, s2), (p3, _s3) = pick_people(rng, 3)
    korean = rng.choice(KOREAN)
    place = rng.choice(PLACES)
    patients = rng.randint(120, 2400)
    year = rng.randint(2009, 2021)
    pct = rng.randint(21, 68)
    cost = rng.randint(3, 90)
    slots = {"p1": p1, "p2": p2, "korean": korean}
    paragraphs = [
        f"Malaria vaccine trial in {place} reports early results",
        f"A malaria vaccine cut severe cases by {pct} percent among {count(patients)} children "
        f"in a trial in {place}, said Dr. {p1}, the trial's principal investigator.",
        f"The trial began in {year} and was funded by a ${cost} million grant. {s1} said the "
        f"team had followed the children for three rainy seasons.",
        f"Researchers at the {place} Institute of Public Health, led by {p2}, analysed blood "
        f"samples. {korean}, a statistician who joined from Seoul, checked the data.",
        f"\u201cWe are cautiously optimistic,\u201d {s2} said. {p3} of the World Health "
        f"Organization said regulators would review the data next year.",
        f"{korean} said the results held across age groups. {p1} cautioned that the vaccine "
        f"needs four doses, which is hard to deliver in remote villages.",
    ]
    restatements = [
        (
            f"The {count(patients)} children in the trial were aged five months to three years.",
            count(patients),
            lambda v: f"{v} children",
        ),
        (
            f"{s1} said the {pct} percent cut in severe cases was larger than expected.",
            str(pct),
            lambda v: f"{v} percent",
        ),
        (
            f"Since the trial began in {year}, two other vaccines have been approved.",
            str(year),
            lambda v: f"began in {v}",
        ),
        (
            f"The ${cost} million grant covered staff and cold storage.",
            str(cost),
            lambda v: f"${v} million grant",
        ),
    ]
    return Story(slots, paragraphs, restatements)


def council_story(rng: random.Random) -> Story:
    (p1, s1), (p2, s2), (p3, s3), (p4, _s4) = pick_people(rng, 4)
    place = rng.choice(PLACES)
    homes = rng.randint(150, 3200)
    budget = rng.randint(20, 400)
    year = rng.randint(2024, 2031)
    votes_for, votes_against = rng.randint(6, 12), rng.randint(1, 5)
    slots = {"p1": p1, "p2": p2, "p3": p3}
    paragraphs = [
        f"{place} council approves riverside housing plan",
        f"Councillors in {place} approved a plan to build {count(homes)} homes on former "
        f"dockland, voting {votes_for} to {votes_against} after a four-hour meeting.",
        f"Mayor {p1} said the ${budget} million scheme would be finished by {year}. "
        f"Opposition leader {p2} called it rushed.",
        f"Residents' association chair {p3} said neighbours feared flooding. \u201cThe river "
        f"has come over the wall twice in ten years,\u201d {s3} said.",
        f"Council figures presented at the meeting showed that one in four of the homes "
        f"would be offered at below-market rents. {p4}, a planning consultant, said that "
        f"share was low for a project of this size.",
        f"{s2} said her group would ask the regional government to review the decision.",
    ]
    restatements = [
        (
            f"{s1} said the {count(homes)} homes would include a school and a clinic.",
            count(homes),
            lambda v: f"{v} homes",
        ),
        (
            f"The ${budget} million scheme is the largest in {place} since the war.",
            str(budget),
            lambda v: f"${v} million scheme",
        ),
        (
            f"Building work is due to be finished by {year}, officials said.",
            str(year),
            lambda v: f"finished by {v}",
        ),
    ]
    return Story(slots, paragraphs, restatements)


def archive_story(rng: random.Random) -> Story:
    (p1, s1), (p2, s2), (p3, _s3) = pick_people(rng, 3)
    korean = rng.choice(KOREAN)
    films = rng.randint(12, 60) * 1000
    year = rng.randint(1961, 1999)
    age = rng.randint(55, 88)
    place = rng.choice(PLACES)
    slots = {"p1": p1, "korean": korean, "p2": p2}
    paragraphs = [
        f"The lost film archive of {place}",
        f"For decades {p1} ran a video shop in {place} that held a collection of "
        f"{count(films)} films, many of them bootleg copies of banned titles.",
        f"{p1}, {age}, opened the shop in {year}. Film students from {korean}'s circle "
        f"in Seoul came to copy tapes, and the director {p2} called it \u201cthe best film "
        f"school I never paid for.\u201d",
        f"When the shop closed, the tapes were shipped to a town in Sicily that promised a "
        f"museum. {p3}, who led the campaign to bring them back, said many had been "
        f"damaged by damp.",
        f"{s2} said the archive shaped a generation of filmmakers. {korean} now teaches "
        f"film history and has written about the shop.",
    ]
    restatements = [
        (
            f"Of the {count(films)} films, about a third have never been released on disc.",
            count(films),
            lambda v: f"{v} films",
        ),
        (
            f"{s1} said he opened the shop in {year} with tapes borrowed from friends.",
            str(year),
            lambda v: f"in {v}",
        ),
        (f"The {age}-year-old {s1} still visits the museum.", str(age), lambda v: f"{v}-year-old"),
    ]
    return Story(slots, paragraphs, restatements)


def earnings_story(rng: random.Random) -> Story:
    """Dense figures about different things: a clean control for contradictions."""
    (p1, s1), (p2, _s2) = pick_people(rng, 2)
    org = f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TAILS)}"
    revenue = rng.randint(900, 4000)
    last_revenue = revenue - rng.randint(20, 300)
    profit = rng.randint(40, 400)
    staff = rng.randint(2, 40) * 100
    new_staff = rng.randint(50, 400)
    stores = rng.randint(20, 300)
    closed = rng.randint(3, 19)
    pct = rng.randint(3, 19)
    year = rng.randint(2015, 2024)
    slots = {"org": org, "p1": p1}
    paragraphs = [
        f"{org} profit climbs as new stores open",
        f"{org} reported revenue of {money(revenue)} for {year}, up from {money(last_revenue)} "
        f"a year earlier, and a net profit of {money(profit)}.",
        f"The company now runs {stores} stores and employs {count(staff)} people. It hired "
        f"{new_staff} workers in the past year and closed {closed} stores in smaller towns.",
        f"Chief financial officer {p1} said costs rose {pct} percent, driven by wages and "
        f"energy. {s1} said the company would spend {money(rng.randint(10, 90))} on "
        f"refurbishment and {money(rng.randint(100, 300))} on a new distribution centre.",
        f"{p2}, an analyst, said the {stores} stores were trading well. In {year - 3} the "
        f"company had {stores - rng.randint(5, 15)} stores; in {year - 7} it had "
        f"{stores - rng.randint(20, 40)}.",
        f"The board proposed a dividend of 42 cents a share, against 38 cents in {year - 1}. "
        f"The {new_staff} new workers were mostly hired in {rng.choice(PLACES)}.",
    ]
    return Story(slots, paragraphs, [])


def history_story(rng: random.Random) -> Story:
    """Many years for many events: a clean control for year contradictions."""
    (p1, s1), (p2, s2), (p3, _s3) = pick_people(rng, 3)
    born = rng.randint(1900, 1940)
    years = sorted(rng.sample(range(born + 18, born + 70), 6))
    place, other = rng.sample(PLACES, 2)
    slots = {"p1": p1, "p2": p2}
    paragraphs = [
        f"{p1}, architect of {place}'s rebuilt harbour, remembered",
        f"{p1} was born in {place} in {born} and studied engineering in {other}, graduating "
        f"in {years[0]}. {s1} married the painter {p2} in {years[1]}.",
        f"{s1} designed the first harbour wall in {years[2]} and a second, longer wall in "
        f"{years[3]}. The second wall was damaged by a storm in {years[4]} and rebuilt in "
        f"{years[5]}.",
        f"{s2} exhibited paintings of the harbour in {years[2] + 1} and again in "
        f"{years[4] + 1}. {p3}, a former student, said {s1} worked on drawings until "
        f"{years[5] + 2}.",
        f"A film about the harbour was released in {years[3] + 2}; a second film was "
        f"released in {years[5] + 1}.",
    ]
    return Story(slots, paragraphs, [])


def disaster_story(rng: random.Random) -> Story:
    """Casualty counts by place and by day: a clean control for count contradictions."""
    (p1, s1), (p2, _s2) = pick_people(rng, 2)
    a, b, c = rng.sample(PLACES, 3)
    dead = [rng.randint(3, 40) for _ in range(3)]
    injured = [rng.randint(10, 200) for _ in range(2)]
    homes = rng.randint(100, 900)
    slots = {"p1": p1}
    paragraphs = [
        "Floods kill dozens across three provinces",
        f"Floods killed {dead[0]} people in {a} and {dead[1]} people in {b} on Tuesday, "
        f"officials said. In {c}, {dead[2]} people died when a bridge collapsed.",
        f"At least {injured[0]} people were injured in {a}, and {injured[1]} people were "
        f"treated in hospital in {b}. About {homes} homes were destroyed.",
        f"Regional governor {p1} said {rng.randint(2, 9)} rescue teams were searching for "
        f"{rng.randint(5, 30)} people still missing. {s1} said another {rng.randint(200, 900)} "
        f"homes were damaged.",
        f"{p2} of the Red Cross said {rng.randint(1000, 9000):,} people were sleeping in "
        f"schools. The {homes} destroyed homes were mostly in low-lying villages.",
    ]
    return Story(slots, paragraphs, [])


STORIES = [acquisition_story, trial_story, council_story, archive_story]
DENSE_CONTROLS = [earnings_story, history_story, disaster_story]


@dataclass
class Gold:
    kind: str
    span: tuple[int, int]
    related: tuple[int, int]
    suggestion: str | None = None


def respell(name: str, rng: random.Random) -> str | None:
    """A careless respelling of a multi-token name, or None when none applies."""
    options: list[str] = []
    if "-" in name:
        options.append(name.replace("-", " ", 1))
    tokens = name.split(" ")
    for index, token in enumerate(tokens):
        letters = [i for i, ch in enumerate(token) if ch.isalpha()]
        if len(letters) < 5:
            continue
        i = rng.choice(letters[1:-1])
        if token[i].isalpha() and token[i + 1 : i + 2].isalpha():
            swapped = token[:i] + token[i + 1] + token[i] + token[i + 2 :]
            if swapped != token:
                options.append(" ".join([*tokens[:index], swapped, *tokens[index + 1 :]]))
        dropped = token[:i] + token[i + 1 :]
        options.append(" ".join([*tokens[:index], dropped, *tokens[index + 1 :]]))
        vowels = "aeiou"
        if token[i] in vowels:
            changed = token[:i] + rng.choice([v for v in vowels if v != token[i]]) + token[i + 1 :]
            options.append(" ".join([*tokens[:index], changed, *tokens[index + 1 :]]))
        doubled = token[:i] + token[i] + token[i:]
        options.append(" ".join([*tokens[:index], doubled, *tokens[index + 1 :]]))
        plain = token.replace("é", "e").replace("ö", "o").replace("Ó", "O").replace("ú", "u")
        if plain != token:
            options.append(" ".join([*tokens[:index], plain, *tokens[index + 1 :]]))
    if "-" in name:
        head, _, tail = name.partition("-")
        options.append(f"{head}-{tail[:1].upper()}{tail[1:]}")
    return rng.choice(options) if options else None


def build(rng: random.Random, mode: str) -> tuple[str, list[Gold]] | None:
    pool = STORIES + DENSE_CONTROLS if mode in {"clean", "name"} else STORIES
    story = rng.choice(pool)(rng)
    restate = rng.sample(story.restatements, k=min(2, len(story.restatements)))
    if mode == "contradiction" and not restate:
        return None
    paragraphs = list(story.paragraphs)
    gold: list[Gold] = []
    contradiction_at: int | None = None
    if mode == "contradiction":
        contradiction_at = rng.randrange(len(restate))
    for position, (sentence, _value, _show) in enumerate(restate):
        if position == contradiction_at:
            continue
        paragraphs.append(sentence)
    text = "\n\n".join(paragraphs)
    if mode == "contradiction":
        assert contradiction_at is not None
        sentence, value, show = restate[contradiction_at]
        formatted = conflicting(value, rng)
        original_phrase = show(value)
        found = re.search(rf", {re.escape(value)},", text)  # an age: "Smith, 54,"
        phrase_at = text.find(show(value))
        if phrase_at >= 0 and not show(value).endswith("-year-old"):
            found = re.search(re.escape(value), text[phrase_at:])
            earlier_base = phrase_at
        elif found is not None:
            found = re.search(re.escape(value), text[found.start() :])
            earlier_base = text.find(f", {value},")
        else:
            earlier_base = 0
            found = re.search(rf"(?<![\d,]){re.escape(value)}(?![\d,])", text)
        if found is None:
            return None
        earlier = earlier_base + found.start()
        changed = sentence.replace(value, formatted, 1)
        text = text + "\n\n" + changed
        start = text.rfind(formatted)
        gold.append(
            Gold("contradiction", (start, start + len(formatted)), (earlier, earlier + len(value)))
        )
        del original_phrase
    if mode == "name":
        name = story.slots[rng.choice(sorted(story.slots))]
        if name not in story.slots.values() or text.count(name) < 2:
            return None
        variant = respell(name, rng)
        if variant is None or variant == name:
            return None
        first = text.find(name)
        occurrences = []
        position = text.find(name, first + 1)
        while position >= 0:
            occurrences.append(position)
            position = text.find(name, position + 1)
        if not occurrences:
            return None
        at = rng.choice(occurrences)
        text = text[:at] + variant + text[at + len(name) :]
        gold.append(Gold("name_variant", (at, at + len(variant)), (first, first + len(name)), name))
    return text, gold


def conflicting(value: str, rng: random.Random) -> str:
    """Another value an author might carelessly write: a round number's leading digit
    changed, a year moved by one to three, digits transposed, or a small change."""
    digits = value.replace(",", "")
    number = int(digits)
    if 1800 <= number <= 2099 and "," not in value:
        return str(number + rng.choice([-3, -2, -1, 1, 2, 3]))
    if len(digits) >= 3 and digits.rstrip("0") != digits and len(digits.rstrip("0")) <= 2:
        lead = int(digits[0])
        new = str(lead + 1 if lead < 9 else lead - 1) + digits[1:]
    elif len(digits) >= 3 and rng.random() < 0.5 and digits[1] != digits[2]:
        new = digits[0] + digits[2] + digits[1] + digits[3:]
    else:
        new = str(number + rng.choice([-2, -1, 1, 2]))
    return f"{int(new):,}" if "," in value else new


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="print this many errors")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    scorer = ConsistencyScorer()
    stats = {
        kind: {"tp": 0, "fp": 0, "fn": 0, "sugg": 0} for kind in ("name_variant", "contradiction")
    }
    clean_docs = clean_with_findings = 0
    shown = 0
    chars = 0
    elapsed = 0.0
    made = 0
    modes = ["clean", "name", "contradiction"]
    while made < args.docs:
        mode = modes[made % 3]
        built = build(rng, mode)
        if built is None:
            continue
        made += 1
        text, gold = built
        analysis = analyse(Document(str(made), text))
        started = time.process_time()
        result = scorer.score(analysis)
        elapsed += time.process_time() - started
        chars += len(text)
        if mode == "clean":
            clean_docs += 1
            clean_with_findings += bool(result.findings)
        for kind, counts in stats.items():
            predicted = [f for f in result.findings if f.kind == kind]
            expected = [g for g in gold if g.kind == kind]
            matched: set[int] = set()
            for g in expected:
                hit = None
                for index, finding in enumerate(predicted):
                    if index in matched:
                        continue
                    span = (finding.start, finding.end)
                    rel = (finding.related[0].start, finding.related[0].end)
                    if kind == "name_variant":
                        ok = overlaps(span, g.span) or overlaps(span, g.related)
                    else:
                        ok = (overlaps(span, g.span) and overlaps(rel, g.related)) or (
                            overlaps(span, g.related) and overlaps(rel, g.span)
                        )
                    if ok:
                        hit = index
                        break
                if hit is None:
                    counts["fn"] += 1
                    if shown < args.show:
                        shown += 1
                        print(
                            f"MISS {kind}: {text[g.span[0] : g.span[1]]!r} vs "
                            f"{text[g.related[0] : g.related[1]]!r}"
                        )
                else:
                    matched.add(hit)
                    counts["tp"] += 1
                    counts["sugg"] += predicted[hit].suggestion == g.suggestion
                    if predicted[hit].suggestion != g.suggestion and shown < args.show:
                        shown += 1
                        print(
                            f"SUGGESTION {predicted[hit].text!r} -> "
                            f"{predicted[hit].suggestion!r}, gold {g.suggestion!r}"
                        )
            for index, finding in enumerate(predicted):
                if index not in matched:
                    counts["fp"] += 1
                    if shown < args.show:
                        shown += 1
                        print(
                            f"FALSE {kind} ({mode}): {finding.text!r} / "
                            f"{finding.related[0].text!r}: {finding.message}"
                        )
    print(f"documents: {made} ({clean_docs} clean controls)")
    for kind, c in stats.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        line = f"{kind:14s} P={precision:.3f} R={recall:.3f} tp={c['tp']} fp={c['fp']} fn={c['fn']}"
        if kind == "name_variant" and c["tp"]:
            line += f" suggestion-accuracy={c['sugg'] / c['tp']:.3f}"
        print(line)
    print(f"clean controls with any finding: {clean_with_findings}/{clean_docs}")
    print(f"scorer throughput (CPU time, analysis excluded): {chars / elapsed / 1e6:.2f} MB/s")


if __name__ == "__main__":
    main()
