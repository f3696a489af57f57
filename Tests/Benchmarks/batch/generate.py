#!/usr/bin/env python3
"""Writes N random answer sets as JSON Lines in the default rubric's vocabulary.

Usage: generate.py N OUT.jsonl [--seed S]

Every line answers all 12 factors, each with a 10% chance of null (unknown) and a 5% chance of
being left out; every answer set has a name. Seeded, so the same N gives the same file.
"""
import json
import random
import sys

CHOICES = {
    "update_frequency": ["rarely", "monthly", "weekly", "daily"],
    "scaling": ["steady", "growing", "spiky"],
    "resilience": ["low", "medium", "high", "critical"],
    "ci_cd": ["manual", "automated", "continuous"],
    "budget": ["tight", "moderate", "ample"],
    "stage": ["prototype", "pilot", "production"],
    "complexity": ["simple", "moderate", "complex"],
    "latency": ["relaxed", "sensitive", "critical"],
    "inference": ["hosted_api", "in_process", "self_hosted"],
}
SETS = {
    "skills": ["containers", "orchestration", "networking", "security", "tracing", "fault_tolerance"],
    "infrastructure": ["orchestration", "secure_networking", "monitoring", "tracing"],
}
ORDER = ["team_size", "update_frequency", "scaling", "resilience", "skills", "infrastructure", "ci_cd",
         "budget", "stage", "complexity", "latency", "inference"]


def answer(rng, factor):
    if factor == "team_size":
        return rng.choice([1, 2, 3, 5, 8, 12, 20, 35, 60, 120])
    if factor in CHOICES:
        return rng.choice(CHOICES[factor])
    options = SETS[factor]
    return [o for o in options if rng.random() < 0.5]


def main():
    count = int(sys.argv[1])
    path = sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 42
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for index in range(count):
            answers = {}
            for factor in ORDER:
                roll = rng.random()
                if roll < 0.05:
                    continue
                answers[factor] = None if roll < 0.15 else answer(rng, factor)
            out.write(json.dumps({"name": f"project-{index + 1}", "answers": answers}) + "\n")


if __name__ == "__main__":
    main()
