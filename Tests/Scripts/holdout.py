#!/usr/bin/env python3
"""Says whether a case added to rubrics/genai-architecture.cases.json is held aside.

Usage: python3 Tests/Scripts/holdout.py ID [ID ...]

The first 44 cases' held-aside set is frozen (see the library's "holdout"); a case added later is
held aside when the FNV-1a 32-bit hash of its id, as UTF-8, is divisible by 5. DefaultRubricTests
checks the library against the same rule.
"""
import sys


def fnv1a32(text):
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value ^= byte
        value = (value * 0x01000193) & 0xFFFFFFFF
    return value


for case_id in sys.argv[1:]:
    verdict = 'held aside (add "held_aside": true)' if fnv1a32(case_id) % 5 == 0 else "a tuning case"
    print(f"{case_id}: {verdict}")
