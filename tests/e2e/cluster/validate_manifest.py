#!/usr/bin/env python3
"""Validates a Kubernetes manifest (YAML, one document) against a JSON Schema.

    validate_manifest.py SCHEMA MANIFEST

Prints where and why the manifest does not fit, and exits 1 then; exits 0 when it fits."""
import json
import pathlib
import sys

import yaml
from jsonschema import Draft202012Validator


def main() -> int:
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    documents = list(yaml.safe_load_all(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8")))
    if len(documents) != 1:
        print(f"{sys.argv[2]}: expected one YAML document, found {len(documents)}")
        return 1
    errors = sorted(Draft202012Validator(schema).iter_errors(documents[0]), key=lambda e: list(e.path))
    for error in errors:
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        print(f"{sys.argv[2]}: {where}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
