#!/usr/bin/env python3
"""Title match rate of a saved-page run against Mozilla Readability's titles.

Usage (from the project root, after ../shared/eval/html-dev/run.sh, which writes NAME.title files):
  src/test/bench/title-match.py [PRED_DIR] [--data DIR] [--pages FILE]

PRED_DIR defaults to target/html-dev, DIR to ../shared/eval/html-dev/pages. Titles are compared as
score_html.py compares them (NFKC, case folded, quotes and dashes unified, white space collapsed),
over the pages whose expected-metadata.json has a title. Prints each page whose title differs, then
one summary line: "titles: exact N/M (R%) over ... pages". Python 3 standard library only.
"""
import argparse
import json
import os
import re
import sys
import unicodedata


def norm(t):
    t = unicodedata.normalize("NFKC", t or "").casefold()
    t = re.sub("[\u2018\u2019\u201a\u201b\u2032`]", "'", t)
    t = re.sub("[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]", '"', t)
    t = re.sub("[\u2010-\u2015\u2212]", "-", t)
    return re.sub(r"\s+", " ", t).strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", nargs="?", default="target/html-dev")
    ap.add_argument("--data", default="../shared/eval/html-dev/pages")
    ap.add_argument("--pages", help="only the pages this file names (# comments ok)")
    a = ap.parse_args()
    if a.pages:
        names = [l.split("#")[0].strip() for l in open(a.pages, encoding="utf-8")]
        names = [n for n in names if n]
    else:
        names = sorted(n for n in os.listdir(a.data) if os.path.isfile(os.path.join(a.data, n, "expected-metadata.json")))
    titled = equal = missing = 0
    for n in names:
        with open(os.path.join(a.data, n, "expected-metadata.json"), encoding="utf-8") as f:
            expected = (json.load(f).get("title") or "").strip()
        if not expected:
            continue
        titled += 1
        path = os.path.join(a.pred_dir, n + ".title")
        if not os.path.exists(path):
            missing += 1
            print("%-32s (no .title file)" % n)
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            got = f.read().strip().split("\n")[0] if f else ""
        if norm(got) == norm(expected):
            equal += 1
        else:
            print("%-32s expected: %s\n%-32s      got: %s" % (n, expected, "", got))
    if not titled:
        sys.exit("no titled pages under " + a.data)
    print("titles: exact %d/%d (%.1f%%) over %d pages%s" % (equal, titled, 100.0 * equal / titled, len(names),
                                                          ", %d without a .title file" % missing if missing else ""))


if __name__ == "__main__":
    main()
