#!/usr/bin/env python3
"""Per-kind false positives / false negatives of credscore vs gold labels, and noise line diffs.

usage: python3 diff_report.py [--docs docs] [--labels labels.json] [--reports out.jsonl] [--out errors.md]
Matching: per document and kind, one-to-one, spans overlap by >= 1 char (greedy by largest overlap).
Contradiction/name_variant: a prediction matches if its span or related spans overlap the gold pair
(name_variant: either spelling; contradiction: both sides, in either order).
"""
import argparse, json, re
from collections import defaultdict

KINDS = ["attribution", "quote", "hedge", "weasel", "contradiction", "name_variant",
         "misspelling", "real_word_error"]


def ov(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_of(f):
    return [(f["start"], f["end"])] + [(r["start"], r["end"]) for r in f.get("related", [])]


def match_score(kind, g, p):
    gs, ps = spans_of(g), spans_of(p)
    if kind == "contradiction":
        # both gold sides must be hit by some predicted side
        if all(any(ov(a, b) for b in ps) for a in gs):
            return sum(max(ov(a, b) for b in ps) for a in gs)
        return 0
    if kind == "name_variant":
        return max(ov(a, b) for a in gs for b in ps)
    return ov(gs[0], ps[0])


def sentence_around(text, s, e, width=110):
    a = max(text.rfind("\n", 0, s), text.rfind(". ", 0, s - 1))
    a = 0 if a < 0 else a + 1
    b_candidates = [x for x in (text.find("\n", e), text.find(". ", e)) if x >= 0]
    b = min(b_candidates) + 1 if b_candidates else len(text)
    a = max(a, s - width); b = min(b, e + width)
    snip = text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]
    return snip.strip().replace("\n", " ⏎ ")


def seg_at(segs, p):
    for s in segs:
        if s["start"] <= p < s["end"]:
            return s["kind"]
    return "?"


def pred_char_kinds(rep, n):
    kinds = ["body"] * n
    for s in rep.get("segments", []):
        for i in range(s["start"], min(s["end"], n)):
            kinds[i] = s["kind"]
    for f in rep.get("scorers", {}).get("noise", {}).get("findings", []):
        if f["kind"] in ("comments", "boilerplate"):
            for i in range(f["start"], min(f["end"], n)):
                kinds[i] = f["kind"]
    return kinds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default="docs"); ap.add_argument("--labels", default="labels.json")
    ap.add_argument("--reports", default="out.jsonl"); ap.add_argument("--out", default="errors.md")
    a = ap.parse_args()
    gold = json.load(open(a.labels, encoding="utf-8"))
    reps = {}
    for line in open(a.reports, encoding="utf-8"):
        if line.strip():
            r = json.loads(line); reps[r["id"]] = r
    fps, fns, srcmis = defaultdict(list), defaultdict(list), []
    counts = defaultdict(lambda: [0, 0, 0])
    noise_lines = []
    for name in sorted(gold):
        text = open(f"{a.docs}/{name}", encoding="utf-8").read()
        lab = gold[name]; rep = reps.get(name, {"scorers": {}, "segments": []})
        preds = [f for sc in rep.get("scorers", {}).values() for f in sc.get("findings", [])]
        for kind in KINDS:
            G = [f for f in lab["findings"] if f["kind"] == kind]
            P = [f for f in preds if f["kind"] == kind]
            pairs = sorted(((match_score(kind, g, p), gi, pi) for gi, g in enumerate(G)
                            for pi, p in enumerate(P)), reverse=True)
            ug, up, m = set(), set(), []
            for sc, gi, pi in pairs:
                if sc > 0 and gi not in ug and pi not in up:
                    ug.add(gi); up.add(pi); m.append((G[gi], P[pi]))
            c = counts[kind]; c[0] += len(G); c[1] += len(P); c[2] += len(m)
            for gi, g in enumerate(G):
                if gi not in ug:
                    fns[kind].append((name, g, text))
            for pi, p in enumerate(P):
                if pi not in up:
                    fps[kind].append((name, p, text, seg_at(lab["segments"], p["start"])))
            if kind == "attribution":
                for g, p in m:
                    gs, ps = g["source"].lower(), (p.get("source") or "").lower()
                    if not (gs == ps or (gs and ps and (gs in ps or ps in gs))):
                        srcmis.append((name, g, p, text))
            if kind in ("real_word_error", "misspelling"):
                for g, p in m:
                    if g.get("suggestion") != p.get("suggestion"):
                        srcmis.append((name, g, p, text))
        # noise by line
        pk = pred_char_kinds(rep, len(text))
        pos = 0
        for ln in text.split("\n"):
            s, e = pos, pos + len(ln); pos = e + 1
            if not ln.strip():
                continue
            gk = seg_at(lab["segments"], s)
            chars = [i for i in range(s, e) if not text[i].isspace()]
            pcount = defaultdict(int)
            for i in chars:
                pcount[pk[i]] += 1
            pmaj = max(pcount, key=pcount.get)
            norm = lambda k: k if k in ("comments", "boilerplate") else "article"
            if norm(gk) != norm(pmaj):
                noise_lines.append((name, s, gk, pmaj, ln))
    out = ["# credscore errors on the blind corpus", "",
           "Generated by diff_report.py (own overlap matcher; counts can differ slightly from evaluate.py).", "",
           "| kind | gold | pred | matched | FP | FN |", "|---|---|---|---|---|---|"]
    for k in KINDS:
        g, p, t = counts[k]
        out.append(f"| {k} | {g} | {p} | {t} | {p - t} | {g - t} |")
    for k in KINDS:
        out += ["", f"## {k}", "", f"### False positives ({len(fps[k])})", ""]
        for name, p, text, seg in fps[k]:
            extra = ""
            if k == "attribution": extra = f" pred source={p.get('source')!r}"
            if p.get("suggestion"): extra += f" suggestion={p['suggestion']!r}"
            if p.get("related"): extra += f" related={[r['text'] for r in p['related']]}"
            out.append(f"- {name} @{p['start']} [{seg}] `{p['text']}`{extra} — {sentence_around(text, p['start'], p['end'])}")
        out += ["", f"### False negatives ({len(fns[k])})", ""]
        for name, g, text in fns[k]:
            extra = ""
            if k == "attribution": extra = f" gold source={g['source']!r}"
            if g.get("suggestion"): extra += f" suggestion={g['suggestion']!r}"
            if g.get("related"): extra += f" related={[r['text'] for r in g['related']]}"
            out.append(f"- {name} @{g['start']} `{g['text']}`{extra} — {sentence_around(text, g['start'], g['end'])}")
    out += ["", "## Attribution source / typo suggestion disagreements on matched spans", ""]
    for name, g, p, text in srcmis:
        if g["kind"] == "attribution":
            out.append(f"- {name} @{g['start']} gold `{g['text']}` source={g['source']!r} | pred `{p['text']}` source={p.get('source')!r}")
        else:
            out.append(f"- {name} @{g['start']} `{g['text']}` gold suggestion={g['suggestion']!r} pred={p.get('suggestion')!r}")
    out += ["", "## Noise: mislabeled lines (gold segment vs predicted, by majority of non-space chars; title/body = article)", ""]
    for name, s, gk, pk_, ln in noise_lines:
        out.append(f"- {name} @{s} gold={gk} pred={pk_}: `{ln[:90]}`")
    open(a.out, "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
