#!/usr/bin/env python3
"""Score `claimcheck reconcile` on article batches written for it.

usage: tests/reconcile_eval/score.py TOOL SET_DIR [-v]

SET_DIR holds one directory per batch: articles (*.txt) and expected.yaml
(figures, findings, forbidden findings, must_not pairs). A required finding
holds when a reported finding of the same check (or one listed in
also_acceptable_as) and verdict names at least two of its figures (one if
it lists one). A forbidden finding or a must_not pair counts against the
tool when a reported finding names all of its figures. Not run by CI: the
sets measure attribution on unseen wording; they are no target to fit.
"""
import glob, json, os, subprocess, sys

import yaml


def names(finding, claims):
    return {(os.path.basename(claims[i]["doc"]), claims[i]["text"]) for i in finding["claims"]}


def covers(figure, named):
    return any(f == figure["file"] and (figure["text"] in t or t in figure["text"]) for f, t in named)


def score_batch(tool, batch, verbose):
    expected = yaml.safe_load(open(os.path.join(batch, "expected.yaml")))
    articles = sorted(glob.glob(os.path.join(batch, "*.txt")))
    run = subprocess.run([tool, "reconcile", "--format", "json", "--fail-on", "never", *articles],
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"{batch}: exit {run.returncode}: {run.stderr[:300]}")
    report = json.loads(run.stdout)
    claims = {c["id"]: c for c in report["claims"]}
    found = [(f, names(f, claims)) for f in report["findings"]]
    held = required = forbidden = must_not = 0
    lines = []
    for e in expected.get("findings", []):
        checks = [e["check"], *e.get("also_acceptable_as", [])]
        need = min(2, len(e["figures"]))
        ok = any(f["check"] in checks and f["verdict"] == e["verdict"] and sum(covers(g, n) for g in e["figures"]) >= need
                 for f, n in found)
        if e.get("required", True):
            required += 1
            held += ok
            lines.append(f"  {'OK' if ok else '--'} {e['check']}/{e['verdict']}: {e.get('about', '')}")
    for fb in expected.get("forbidden") or []:
        for f, n in found:
            if fb["check"] in ("any", f["check"]) and f["verdict"] == fb["verdict"] and all(covers(g, n) for g in fb["figures"]):
                forbidden += 1
                lines.append(f"  FORBIDDEN {f['check']}/{f['verdict']}: {f['message'][:120]}")
    for mn in expected.get("must_not") or []:
        allowed = mn.get("allowed_checks", [])
        if any(f["check"] not in allowed and all(covers(g, n) for g in mn["pair"]) for f, n in found):
            must_not += 1
            lines.append(f"  MUST_NOT: {mn['why']}")
    print(os.path.basename(batch.rstrip("/")))
    if verbose:
        print("\n".join(lines))
    return held, required, forbidden, must_not, len(expected.get("must_not") or [])


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    tool, set_dir, verbose = sys.argv[1], sys.argv[2], "-v" in sys.argv
    totals = [0] * 5
    for batch in sorted(glob.glob(os.path.join(set_dir, "*", ""))):
        totals = [a + b for a, b in zip(totals, score_batch(tool, batch, verbose))]
    held, required, forbidden, must_not, pairs = totals
    print(f"held {held}/{required} required findings; {forbidden} forbidden findings; "
          f"{must_not}/{pairs} must_not pairs compared")


if __name__ == "__main__":
    main()
