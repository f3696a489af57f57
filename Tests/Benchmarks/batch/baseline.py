#!/usr/bin/env python3
"""The plain-script baseline for the batch benchmark: the same weighted-sum scoring as
`archadvisor batch`, with nothing but `json` and `csv`.

Usage: baseline.py RUBRIC.json IN.jsonl OUT.csv

For each JSON Lines answer set: the lean of each answered factor (a choice's option lean; a
number's or a set size's band lean), score = weighted mean of the leans × 100 over the answered
factors (0 when none), verdict = the band the score falls in. Writes name, verdict, score.
No rules, range, confidence or reasons: the baseline is the core arithmetic only.
"""
import csv
import json
import sys


def band_lean(bands, value):
    for band in bands:
        low = band.get("atLeast")
        high = band.get("below")
        if (low is None or value >= low) and (high is None or value < high):
            return band["lean"]
    return None


def main():
    rubric_path, in_path, out_path = sys.argv[1:4]
    with open(rubric_path, encoding="utf-8") as file:
        rubric = json.load(file)
    factors = []
    for factor in rubric["factors"]:
        kind = factor["kind"]
        if kind == "choice":
            table = {option["id"]: option["lean"] for option in factor["options"]}
            factors.append((factor["id"], factor["weight"], kind, table))
        elif kind == "number":
            factors.append((factor["id"], factor["weight"], kind, factor["bands"]))
        else:
            factors.append((factor["id"], factor["weight"], kind, factor["counts"]))
    verdicts = [(v["id"], v.get("atLeast"), v.get("below")) for v in rubric["verdicts"]]

    with open(in_path, encoding="utf-8") as source, open(out_path, "w", newline="", encoding="utf-8") as sink:
        writer = csv.writer(sink)
        writer.writerow(["name", "verdict", "score"])
        for line in source:
            if not line.strip():
                continue
            record = json.loads(line)
            answers = record.get("answers", {})
            numerator = 0.0
            denominator = 0.0
            for factor_id, weight, kind, table in factors:
                value = answers.get(factor_id)
                if value is None:
                    continue
                if kind == "choice":
                    lean = table.get(value)
                elif kind == "number":
                    lean = band_lean(table, value)
                else:
                    lean = band_lean(table, len(set(value)))
                if lean is None:
                    continue
                numerator += weight * lean
                denominator += weight
            score = numerator / denominator * 100 if denominator else 0.0
            verdict = ""
            for verdict_id, low, high in verdicts:
                if (low is None or score >= low) and (high is None or score < high):
                    verdict = verdict_id
                    break
            writer.writerow([record.get("name", ""), verdict, round(score, 2)])


if __name__ == "__main__":
    main()
