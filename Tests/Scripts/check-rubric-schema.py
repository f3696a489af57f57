#!/usr/bin/env python3
"""Checks rubrics/rubric.schema.json against the rubric fixtures, by hand (needs `pip install jsonschema`).

The schema is what editors validate rubrics with; `archadvisor rubric check` is the full check.
This script keeps the two in step where a schema can say anything at all: every rubric the
loader accepts must pass the schema, and each fixture below, broken in a way a schema can see,
must fail it. (Repeated ids, bands that do not chain, rules naming things that do not exist and
duplicate keys are beyond JSON Schema; only the loader finds those.)

Run from the top of the package: python3 Tests/Scripts/check-rubric-schema.py
"""
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests/ArchAdvisorKitTests/Fixtures/rubrics"

MUST_PASS = [
    ROOT / "rubrics/genai-architecture.json", FIXTURES / "valid-minimal.json", FIXTURES / "v2-valid.json",
    FIXTURES / "genai-architecture-v1.json",
]
MUST_FAIL = [
    "unknown-key-typo", "misplaced-key", "lean-out-of-range", "zero-weight", "negative-weight",
    "unknown-schema", "missing-schema", "missing-reason", "empty-reason", "rule-no-effect",
    "rule-two-forms", "condition-typo", "too-many-set-options", "invalid-rule-id",
    "invalid-option-id", "wrong-type", "unknown-kind", "not-an-object", "not-a-rubric",
    "v2-weight-too-large", "v2-readiness-negative-lean", "v2-lean-to-open-band", "v1-with-v2-keys",
]


def main() -> int:
    schema = json.loads((ROOT / "rubrics/rubric.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    for path in MUST_PASS:
        errors = list(validator.iter_errors(json.loads(path.read_text())))
        for error in errors:
            print(f"{path.name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        failures += bool(errors)
        print(f"{'FAIL' if errors else 'ok  '} {path.name} passes the schema")
    for name in MUST_FAIL:
        errors = list(validator.iter_errors(json.loads((FIXTURES / f"{name}.json").read_text())))
        failures += not errors
        first = errors[0].message[:90] if errors else "accepted"
        print(f"{'ok  ' if errors else 'FAIL'} {name}.json is rejected: {first}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
