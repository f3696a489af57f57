#!/usr/bin/env python3
"""The plain-script baseline for the batch benchmark: the same scoring arithmetic as
`archadvisor batch` (rubric format v1 or v2), with nothing but `json`, `csv` and `math`.

Usage: baseline.py RUBRIC.json IN.jsonl OUT.csv

For each JSON Lines answer set: the lean of each answered factor (a choice's option lean; a
number's band lean, moving toward the band's `leanTo` across it, evenly or on a log scale; a
set's band lean for how many it holds). Need score = sum over the need factors of weight x
lean / need weight x 100, an unknown factor counting with the lean nearest 0 it can give;
readiness = the answered readiness factors' mean level x 100; both rounded to a tenth, half away
from zero; verdict = the band the need score falls in. Writes name, verdict, score, readiness.
No rules, range, confidence or reasons: the baseline is the core arithmetic only.
"""
import csv
import json
import math
import sys


def find_band(bands, value):
    for band in bands:
        low = band.get("atLeast")
        high = band.get("below")
        if (low is None or value >= low) and (high is None or value < high):
            return band
    return None


def band_lean(band, value, scale):
    lean = band["lean"]
    to = band.get("leanTo")
    low, high = band.get("atLeast"), band.get("below")
    if to is None or low is None or high is None:
        return lean
    if scale == "log" and low > 0:
        share = (math.log(value) - math.log(low)) / (math.log(high) - math.log(low))
    else:
        share = (value - low) / (high - low)
    return lean + (to - lean) * min(1.0, max(0.0, share))


def shown(value):
    """Rounded to a tenth, half away from zero, as archadvisor shows scores."""
    scaled = value * 10
    rounded = math.floor(abs(scaled) + 0.5)
    return math.copysign(rounded, scaled) / 10 + 0.0


def main():
    rubric_path, in_path, out_path = sys.argv[1:4]
    with open(rubric_path, encoding="utf-8") as file:
        rubric = json.load(file)
    factors = []
    need_weight = 0.0
    for factor in rubric["factors"]:
        kind = factor["kind"]
        readiness = factor.get("dimension") == "readiness"
        if kind == "choice":
            table = {option["id"]: option["lean"] for option in factor["options"]}
            leans = list(table.values())
        elif kind == "number":
            table = (factor["bands"], factor.get("scale", "linear"))
            leans = [b["lean"] for b in factor["bands"]] + [b["leanTo"] for b in factor["bands"] if "leanTo" in b]
        else:
            table = factor["counts"]
            leans = [b["lean"] for b in factor["counts"]]
        neutral = min(max(0.0, min(leans)), max(leans))
        if not readiness:
            need_weight += factor["weight"]
        factors.append((factor["id"], factor["weight"], kind, table, readiness, neutral))
    verdicts = [(v["id"], v.get("atLeast"), v.get("below")) for v in rubric["verdicts"]]

    with open(in_path, encoding="utf-8") as source, open(out_path, "w", newline="", encoding="utf-8") as sink:
        writer = csv.writer(sink)
        writer.writerow(["name", "verdict", "score", "readiness"])
        for line in source:
            if not line.strip():
                continue
            record = json.loads(line)
            answers = record.get("answers", {})
            need = 0.0
            ready = 0.0
            ready_weight = 0.0
            for factor_id, weight, kind, table, readiness, neutral in factors:
                value = answers.get(factor_id)
                lean = None
                if value is not None:
                    if kind == "choice":
                        lean = table.get(value)
                    elif kind == "number":
                        band = find_band(table[0], value)
                        lean = band_lean(band, value, table[1]) if band else None
                    else:
                        band = find_band(table, len(set(value)))
                        lean = band["lean"] if band else None
                if readiness:
                    if lean is not None:
                        ready += weight * lean
                        ready_weight += weight
                else:
                    need += weight * (neutral if lean is None else lean)
            score = shown(need / need_weight * 100) if need_weight else 0.0
            readiness = shown(ready / ready_weight * 100) if ready_weight else ""
            verdict = ""
            for verdict_id, low, high in verdicts:
                if (low is None or score >= low) and (high is None or score < high):
                    verdict = verdict_id
                    break
            writer.writerow([record.get("name", ""), verdict, score, readiness])


if __name__ == "__main__":
    main()
