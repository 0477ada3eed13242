"""Fact families beyond amounts and years: ages stated with a verb or pronoun, measures
with units, rates "1 in N", days of scheduled events.

Generates articles from story templates written for this benchmark (names from many naming
traditions, random values), each in three forms:

* ``clean``: the story with a restatement that agrees (same value, or the pronoun or
  back-reference form of it) — any finding is a false finding;
* ``contradiction``: the same restatement with a conflicting value; the finding must cover
  the restated value and its earlier statement;
* ``control``: a dense story with many values of the same family about different people,
  versions, groups or events (ages of a family, specs of two models, rates of two
  countries, dates of several hearings) — any finding is a false finding.

Reports precision / recall of contradictions and the false-finding rate of clean and
control articles. Run:

    .venv/bin/python benchmarks/consistency_families.py [--docs 300] [--seed 11] [--show 5]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from dataclasses import dataclass

from credscore import Document, analyse
from credscore.scorers.consistency import ConsistencyScorer

GIVEN = [
    "Aurelio",
    "Brigida",
    "Chiamaka",
    "Dagmar",
    "Eero",
    "Fenella",
    "Gunnhild",
    "Hyun-woo",
    "Ignatius",
    "Jadwiga",
    "Kofi",
    "Ludmila",
    "Mihail",
    "Nkechi",
    "Orla",
    "Pilar",
    "Quentin",
    "Rashida",
    "Sigrun",
    "Tadeusz",
    "Ulrike",
    "Vikram",
    "Wanjiru",
    "Xavier",
    "Yusra",
    "Zoltan",
]
SURNAMES = [
    "Abernethy",
    "Bjornstad",
    "Castellanos",
    "Dimitriou",
    "Egwuonwu",
    "Fitzgibbon",
    "Grzelak",
    "Haugland",
    "Iwasaki",
    "Jovanovic",
    "Kallio",
    "Lindahl",
    "Mwangi",
    "Nakashima",
    "Oyelaran",
    "Pellegrini",
    "Quiroga",
    "Rautio",
    "Szabo",
    "Tiwari",
    "Uebel",
    "Vasconcelos",
    "Wojcik",
    "Yilmaz",
    "Zielonka",
]
PLACES = ["Tromso", "Kisumu", "Ferrol", "Lublin", "Oamaru", "Trabzon", "Galway", "Arequipa"]
MONTHS = ["January", "March", "April", "June", "September", "October", "November"]
DEVICES = ["Corvid", "Meridian", "Tessera", "Halo", "Quill", "Nimbus"]
GROUPS = ["adults", "children", "patients", "drivers", "smokers", "pensioners"]


@dataclass
class Story:
    paragraphs: list[str]
    agreeing: str  # a later sentence restating one value consistently
    conflicting: str  # the same sentence with another value
    earlier: str  # the earlier statement's value, as written
    later: str  # the conflicting value, as written


def person(rng: random.Random) -> tuple[str, str]:
    given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
    return f"{given} {surname}", surname


def other(value: int, rng: random.Random, low: int = 1) -> int:
    changed = value + rng.choice([-3, -2, -1, 1, 2, 3])
    return changed if changed >= low and changed != value else value + 4


def obituary(rng: random.Random) -> Story:
    name, surname = person(rng)
    place = rng.choice(PLACES)
    age = rng.randint(62, 98)
    wrong = other(age, rng)
    trade = rng.choice(["boatbuilder", "cartographer", "luthier", "glassblower", "printer"])
    paragraphs = [
        f"{name}, {trade} who worked in {place} for half a century, dies at {age}",
        f"{name}, a {trade} whose work is held by museums across the region, died on "
        f"Saturday at home in {place}. {rng.choice(['He', 'She'])} was {age}.",
        f"{surname} learned the trade from a neighbour and opened a workshop near the harbour.",
        "Apprentices came from abroad, and many still write to the family.",
        "The workshop will stay open under a former student, relatives said.",
        "A memorial service is planned for the spring.",
        "Friends remembered long evenings of talk over the workbench.",
        "The town council has proposed naming a lane after the workshop.",
    ]
    if "He was" in paragraphs[1]:
        sentence = "Until his death at {}, he still worked every morning."
    else:
        sentence = "Until her death at {}, she still worked every morning."
    return Story(paragraphs, sentence.format(age), sentence.format(wrong), str(age), str(wrong))


def family_control(rng: random.Random) -> Story:
    """Ages of several people, past ages and a time of day: nothing conflicts."""
    (name, surname), (spouse, _s) = person(rng), person(rng)
    age, spouse_age = rng.randint(60, 95), rng.randint(55, 95)
    kid, other_kid = rng.randint(2, 8), rng.randint(9, 16)
    paragraphs = [
        f"{name}, {age}, died on Monday in {rng.choice(PLACES)}.",
        f"{surname} married {spouse} when {surname} was {rng.randint(18, 30)}.",
        f"{spouse}, {spouse_age}, survives, as do grandchildren aged {kid} and {other_kid}.",
        f"In {rng.randint(1950, 1990)} {surname} was {rng.randint(10, 40)}.",
        f"{surname}'s father died at {rng.randint(50, 99)} in {rng.randint(1960, 2000)}.",
        f"The family's {kid}-year-old, {rng.choice(GIVEN)}, read a poem.",
        f"The {other_kid}-year-old, {rng.choice(GIVEN)}, played the violin.",
        f"The service began at {rng.randint(9, 11)} a.m. on Friday.",
    ]
    return Story(paragraphs, "", "", "", "")


def gadget(rng: random.Random) -> Story:
    device = f"{rng.choice(DEVICES)} {rng.randint(3, 12)}"
    battery = rng.randint(38, 60) * 100
    wrong = other(battery // 100, rng, 30) * 100
    thick = rng.randint(70, 99) / 10
    paragraphs = [
        f"Leaked spec sheet shows the {device} in full",
        f"A spec sheet for the {device} appeared online on Sunday.",
        f"Battery: {battery:,}mAh, charged at 45W",
        f"Display: 6.{rng.randint(1, 9)}-inch, 120Hz",
        f"Thickness: {thick}mm",
        "The company has not confirmed the leak.",
        "Analysts expect a launch in the autumn.",
    ]
    sentence = "The {}mAh battery should last a full day, reviewers said."
    return Story(
        paragraphs,
        sentence.format(f"{battery:,}"),
        sentence.format(f"{wrong:,}"),
        f"{battery:,}mAh",
        f"{wrong:,}mAh",
    )


def versions_control(rng: random.Random) -> Story:
    """Two models and a rival with their own specs: nothing conflicts."""
    device = rng.choice(DEVICES)
    paragraphs = [
        f"{device} unveils two phones",
        f"The base model has {rng.choice([6, 8])}GB of memory and a "
        f"{rng.randint(40, 45) * 100:,}mAh battery.",
        f"The Pro model has {rng.choice([12, 16])}GB of memory and a "
        f"{rng.randint(46, 55) * 100:,}mAh battery.",
        f"Its main rival has a {rng.randint(56, 60) * 100:,}mAh battery.",
        f"The phone weighs {rng.randint(170, 230)} grams. Its case weighs "
        f"{rng.randint(20, 60)} grams.",
        f"The charger is rated at {rng.choice([25, 45, 65])}W. The older charger was "
        f"{rng.choice([10, 15, 18])}W.",
        "The marathon course used for the battery test is 42km long. The half-marathon "
        "course is 21km long.",
    ]
    return Story(paragraphs, "", "", "", "")


def health(rng: random.Random) -> Story:
    group = rng.choice(GROUPS)
    whole = rng.choice([8, 10, 12, 15, 20, 25])
    wrong = rng.choice([w for w in (5, 6, 30, 40, 50) if w != whole])
    paragraphs = [
        f"What the leaflet says about side effects in {group}",
        f"The manufacturer's leaflet says 1 in {whole} {group} get a headache after the dose.",
        "Read that part carefully.",
    ]
    sentence = "Its website says it's 1 in {}."
    return Story(
        paragraphs,
        sentence.format(whole),
        sentence.format(wrong),
        f"1 in {whole}",
        f"1 in {wrong}",
    )


def rates_control(rng: random.Random) -> Story:
    """Rates of several groups, places and years: nothing conflicts."""
    a, b = rng.sample(PLACES, 2)
    paragraphs = [
        "Road safety figures published",
        f"In {a} 1 in {rng.randint(5, 9)} drivers failed the eyesight test.",
        f"In {b} it's 1 in {rng.randint(10, 14)}.",
        f"Last year it was 1 in {rng.randint(15, 19)}.",
        f"About 1 in {rng.randint(20, 30)} cyclists reported a crash.",
        f"For pensioners it is {rng.randint(30, 40)}%.",
        f"The tax rate is {rng.randint(15, 20)}%. For companies it is {rng.randint(21, 30)}%.",
    ]
    return Story(paragraphs, "", "", "", "")


def court(rng: random.Random) -> Story:
    name, surname = person(rng)
    month = rng.choice(MONTHS)
    day = rng.randint(3, 20)
    wrong = day + rng.choice([1, 2, 7, 8])
    paragraphs = [
        f"{name} granted bail in {rng.choice(PLACES)}",
        f"A judge granted bail to {name} on Monday. A full hearing is scheduled for "
        f"{month} {day}, prosecutors said.",
        f"{surname}'s lawyer declined to comment.",
        "The case has drawn crowds outside the courthouse.",
    ]
    sentence = "Both sides are due back in court on {}."
    return Story(
        paragraphs,
        sentence.format(f"{month} {day}"),
        sentence.format(f"{month} {wrong}"),
        f"{month} {day}",
        f"{month} {wrong}",
    )


def hearings_control(rng: random.Random) -> Story:
    """Several hearings, people and changed dates: nothing conflicts."""
    (name, _s), (co, _c) = person(rng), person(rng)
    month, later = rng.sample(MONTHS, 2)
    paragraphs = [
        "Three defendants appear in court",
        f"{name} is due in court on {month} {rng.randint(2, 9)}.",
        f"{co} is due in court on {month} {rng.randint(10, 20)}.",
        f"A bail hearing is set for {month} {rng.randint(21, 25)}. Another hearing is "
        f"scheduled for {later} {rng.randint(2, 9)}.",
        f"The trial is set for {later} {rng.randint(10, 28)}.",
        f"The vote was scheduled for {month} {rng.randint(2, 9)}. It has been postponed "
        f"and will now be held on {later} {rng.randint(10, 20)}.",
        f"At a hearing on {month} {rng.randint(2, 9)} the judge set bail. At a hearing on "
        f"{later} {rng.randint(10, 20)} she raised it.",
    ]
    return Story(paragraphs, "", "", "", "")


STORIES: list[Callable[[random.Random], Story]] = [obituary, gadget, health, court]
CONTROLS: list[Callable[[random.Random], Story]] = [
    family_control,
    versions_control,
    rates_control,
    hearings_control,
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=0, help="print this many errors")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    scorer = ConsistencyScorer()
    tp = fp = fn = 0
    flagged = {"clean": 0, "control": 0}
    made = {"clean": 0, "control": 0, "contradiction": 0}
    shown = 0
    for number in range(args.docs):
        mode = ("clean", "contradiction", "control")[number % 3]
        story = rng.choice(CONTROLS if mode == "control" else STORIES)(rng)
        paragraphs = list(story.paragraphs)
        if mode == "clean":
            paragraphs.append(story.agreeing)
        elif mode == "contradiction":
            paragraphs.append(story.conflicting)
        text = "\n\n".join(paragraphs)
        made[mode] += 1
        findings = [
            f
            for f in scorer.score(analyse(Document(str(number), text))).findings
            if f.kind == "contradiction"
        ]
        if mode != "contradiction":
            flagged[mode] += bool(findings)
            fp += len(findings)
            for finding in findings[: max(0, args.show - shown)]:
                shown += 1
                print(f"FALSE ({mode}): {finding.text!r} / {finding.related[0].text!r}")
            continue
        later_at = text.rfind(story.later)
        earlier_at = text.find(story.earlier)
        hit = [
            f
            for f in findings
            if f.start < later_at + len(story.later)
            and later_at < f.end
            and f.related[0].start < earlier_at + len(story.earlier)
            and earlier_at < f.related[0].end
        ]
        tp += bool(hit)
        fn += not hit
        fp += len(findings) - bool(hit)
        if not hit and shown < args.show:
            shown += 1
            print(f"MISS: {story.later!r} vs {story.earlier!r}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"documents: {sum(made.values())} ({made['clean']} clean, {made['control']} controls)")
    print(f"contradiction  P={precision:.3f} R={recall:.3f} tp={tp} fp={fp} fn={fn}")
    print(f"clean with any finding: {flagged['clean']}/{made['clean']}")
    print(f"controls with any finding: {flagged['control']}/{made['control']}")


if __name__ == "__main__":
    main()
