#!/usr/bin/env python3
"""Show which lines of a corpus dump the gold covers, to help write a sample's expected.txt by hand.

usage: python3 samples/tools/align-gold.py CORPUS ID [dump|raw] [--all]
  (run from the repository root; reads ../shared/corpora/CORPUS/ID.{dump.txt,dump-raw.txt,gold.txt})

Each printed line: line number, `K` when at least half of its tokens fall in runs of >= 3 tokens
that match the gold in order (difflib on \\w+ tokens), the covered share, the text. Without --all only
the covered lines and 3 lines around the covered span are printed. This is a starting point, not the
answer: read every line and decide by hand (see samples/README.md).
"""
import difflib
import re
import sys

CORPORA = '../shared/corpora'


def tokens(s):
    return re.findall(r'\w+', s, re.U)


def coverage(corpus, doc_id, kind='dump'):
    suffix = 'dump.txt' if kind == 'dump' else 'dump-raw.txt'
    lines = open(f'{CORPORA}/{corpus}/{doc_id}.{suffix}', encoding='utf-8').read().split('\n')
    gold = tokens(open(f'{CORPORA}/{corpus}/{doc_id}.gold.txt', encoding='utf-8').read())
    dump, owner = [], []
    for i, line in enumerate(lines):
        for t in tokens(line):
            dump.append(t)
            owner.append(i)
    hit = [0] * len(dump)
    for a, _b, n in difflib.SequenceMatcher(None, dump, gold, autojunk=False).get_matching_blocks():
        if n >= 3:
            for k in range(a, a + n):
                hit[k] = 1
    per = {}
    for k, i in enumerate(owner):
        h, t = per.get(i, (0, 0))
        per[i] = (h + hit[k], t + 1)
    return [(i + 1, line, per[i][0] / per[i][1] if i in per else None) for i, line in enumerate(lines)]


def main():
    args = [a for a in sys.argv[1:] if a != '--all']
    if len(args) < 2:
        sys.exit(__doc__)
    rows = coverage(args[0], args[1], args[2] if len(args) > 2 else 'dump')
    covered = [n for n, _l, c in rows if c is not None and c >= 0.5]
    lo, hi = (covered[0] - 3, covered[-1] + 3) if covered else (0, 0)
    for n, line, c in rows:
        if c is None or ('--all' not in sys.argv and not lo <= n <= hi):
            continue
        print(f"{n:5d} {'K' if c >= 0.5 else '.'} {c:.2f} {line[:140]}")


if __name__ == '__main__':
    main()
