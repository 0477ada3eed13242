#!/usr/bin/env python3
"""Build docs/*.txt and labels.json from marked-up src/*.src files.

Markup:
  first line:            %% quality=N
  segment marker lines:  @@title / @@body / @@boilerplate / @@comments  (line removed; the
                         segment starts at the next character)
  spans:                 {{KIND|key=val|...|TEXT}}  TEXT may contain nested marks.
     KIND: att (source=), q, h, w, rwe (suggestion=), ms (suggestion=),
           nv (suggestion=, id=)  -> related = the span marked {{ref=ID|...}}
           c (id=)                -> related = the span marked {{ref=ID|...}}
           ref=ID                 -> a related span only (no finding)
"""
import argparse, json, os, re, sys
from collections import Counter

KINDS = {"att": ("sourcing", "attribution"), "q": ("sourcing", "quote"),
         "h": ("hedging", "hedge"), "w": ("hedging", "weasel"),
         "c": ("consistency", "contradiction"), "nv": ("consistency", "name_variant"),
         "ms": ("typos", "misspelling"), "rwe": ("typos", "real_word_error")}
SEGS = {"title", "body", "boilerplate", "comments"}


def parse(src, name):
    lines = src.split("\n")
    m = re.match(r"%% quality=(\d)$", lines[0])
    assert m, f"{name}: missing quality header"
    quality = int(m.group(1))
    body = "\n".join(lines[1:])
    out = []          # output chars
    pos = 0           # output length
    marks = []        # (kindfield, attrs, start, end)
    seg_starts = []   # (pos, kind)
    stack = []        # open marks: [start_pos, fields_text_parts...]
    i = 0
    n = len(body)
    at_line_start = True
    while i < n:
        if at_line_start and body.startswith("@@", i):
            j = body.find("\n", i)
            j = n if j < 0 else j
            kind = body[i + 2:j].strip()
            assert kind in SEGS, f"{name}: bad segment {kind!r}"
            seg_starts.append((pos, kind))
            i = j + 1
            at_line_start = True
            continue
        if body.startswith("{{", i):
            # read header fields up to the last '|' before text: header = fields without nested marks
            j = i + 2
            fields = []
            while True:
                k = body.find("|", j)
                assert k >= 0, f"{name}: unterminated mark at {i}"
                fld = body[j:k]
                fields.append(fld)
                j = k + 1
                # continue if the next field looks like key=value followed by '|'
                nxt = re.match(r"[a-z]+=[^|{}]*\|", body[j:])
                if not nxt:
                    break
            stack.append((pos, fields))
            i = j
            at_line_start = False
            continue
        if body.startswith("}}", i) and stack:
            start, fields = stack.pop()
            kind = fields[0]
            attrs = {}
            for f in fields[1:]:
                k, v = f.split("=", 1)
                attrs[k] = v
            if kind.startswith("ref="):
                attrs["ref"] = kind[4:]
                kind = "ref"
            assert kind in KINDS or kind == "ref", f"{name}: bad kind {kind!r}"
            marks.append((kind, attrs, start, pos))
            i += 2
            at_line_start = False
            continue
        ch = body[i]
        assert not (ch == "}" and body.startswith("}}", i)), name
        out.append(ch)
        pos += 1
        at_line_start = ch == "\n"
        i += 1
    assert not stack, f"{name}: unclosed marks"
    text = "".join(out)
    assert "{{" not in text and "}}" not in text and "\n@@" not in text, name
    # segments
    assert seg_starts and seg_starts[0][0] == 0, f"{name}: first segment must start at 0"
    segments = []
    for idx, (s, k) in enumerate(seg_starts):
        e = seg_starts[idx + 1][0] if idx + 1 < len(seg_starts) else len(text)
        assert e > s, f"{name}: empty segment {k} at {s}"
        segments.append({"kind": k, "start": s, "end": e})
    refs = {}
    for kind, attrs, s, e in marks:
        if kind == "ref":
            assert attrs["ref"] not in refs, f"{name}: dup ref {attrs['ref']}"
            refs[attrs["ref"]] = (s, e)
    findings = []
    for kind, attrs, s, e in marks:
        if kind == "ref":
            continue
        scorer, k = KINDS[kind]
        f = {"scorer": scorer, "kind": k, "start": s, "end": e, "text": text[s:e]}
        if k == "attribution":
            f["source"] = attrs["source"]
        if k in ("misspelling", "real_word_error"):
            f["suggestion"] = attrs["suggestion"]
        if k in ("name_variant", "contradiction"):
            rs, re_ = refs.pop(attrs["id"])
            f["related"] = [{"start": rs, "end": re_, "text": text[rs:re_]}]
            if k == "name_variant":
                f["suggestion"] = attrs["suggestion"]
                assert f["suggestion"] == text[rs:re_], f"{name}: nv suggestion != related text"
            assert rs < s, f"{name}: related must come first ({k} {attrs['id']})"
        findings.append(f)
    assert not refs, f"{name}: unused refs {refs}"
    findings.sort(key=lambda f: (f["start"], f["end"]))
    return text, {"quality": quality, "segments": segments, "findings": findings}


def check(text, lab, name):
    segs = lab["segments"]
    assert segs[0]["start"] == 0 and segs[-1]["end"] == len(text), name
    for a, b in zip(segs, segs[1:]):
        assert a["end"] == b["start"], name
    for s in segs:
        assert s["kind"] in SEGS and s["end"] > s["start"], name
        # a segment boundary lies at a line start
        assert s["start"] == 0 or text[s["start"] - 1] == "\n", (name, s)
        # blank lines belong to the segment before: a segment doesn't start with a blank line
        assert not text[s["start"]:].startswith("\n"), (name, "segment starts with blank line", s)
    def seg_of(p):
        for s in segs:
            if s["start"] <= p < s["end"]:
                return s["kind"]
    for f in lab["findings"]:
        assert text[f["start"]:f["end"]] == f["text"], (name, f)
        assert f["text"] and f["text"] == f["text"].strip(), (name, "untrimmed", f)
        assert seg_of(f["start"]) in ("title", "body") and seg_of(f["end"] - 1) in ("title", "body"), (name, "finding outside title/body", f)
        for r in f.get("related", []):
            assert text[r["start"]:r["end"]] == r["text"], (name, r)
            assert seg_of(r["start"]) in ("title", "body"), (name, r)
        if f["kind"] == "attribution":
            assert f["source"], (name, f)
        if f["kind"] in ("misspelling", "real_word_error", "name_variant"):
            assert f["suggestion"] and f["suggestion"] != f["text"], (name, f)
        if f["kind"] == "quote":
            assert text[f["start"] - 1] in "\"“‘'", (name, "quote not after mark", f)
    assert 1 <= lab["quality"] <= 5


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default="src")
    ap.add_argument("--out", default="docs")
    ap.add_argument("--labels", default="labels.json")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    labels = {}
    kinds = Counter(); hist = Counter()
    for fn in sorted(os.listdir(a.src)):
        if not fn.endswith(".src"):
            continue
        name = fn[:-4] + ".txt"
        src = open(os.path.join(a.src, fn), encoding="utf-8").read()
        text, lab = parse(src, name)
        check(text, lab, name)
        labels[name] = lab
        words = len(text.split())
        print(f"{name:28s} q={lab['quality']} words={words:5d} findings={len(lab['findings'])}")
        hist[lab["quality"]] += 1
        kinds.update(f["kind"] for f in lab["findings"])
        p = os.path.join(a.out, name)
        if a.check:
            assert open(p, encoding="utf-8").read() == text, f"{p} out of date"
        else:
            os.makedirs(a.out, exist_ok=True)
            with open(p, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
    if a.check:
        assert json.load(open(a.labels, encoding="utf-8")) == labels, "labels out of date"
    else:
        with open(a.labels, "w", encoding="utf-8") as fh:
            json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("quality histogram:", dict(sorted(hist.items())))
    print("findings per kind:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
