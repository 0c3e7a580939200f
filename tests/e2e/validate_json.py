#!/usr/bin/env python3
"""Validates crucible-cli --json documents against the JSON Schemas in docs/json.

    validate_json.py SCHEMA_FOLDER LIST_FILE

LIST_FILE has one line per document: SCHEMA_FILE_NAME, a tab, the path of a file holding what
the command printed on standard output. Every document must be exactly one JSON value that its
schema accepts; "$ref"s between the schema files resolve within SCHEMA_FOLDER. Prints each
failure (schema, document, where in it, why) and exits 1 when there was any."""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource


def main() -> int:
    folder = pathlib.Path(sys.argv[1])
    schemas = {}
    for path in sorted(folder.glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        schemas[path.name] = schema
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in schemas.items())
    failures = 0
    checked = 0
    for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        schema_name, document_path = line.split("\t", 1)
        if schema_name not in schemas:
            print(f"{schema_name}: no such schema in {folder}")
            failures += 1
            continue
        text = pathlib.Path(document_path).read_text(encoding="utf-8")
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            print(f"{schema_name} <- {document_path}: not one JSON document ({error}): {text[:200]!r}")
            failures += 1
            continue
        validator = Draft202012Validator(schemas[schema_name], registry=registry)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors[:5]:
            # "not valid under any of the given schemas" (error or success): say why not the success
            if error.context:
                error = best_match(e for e in error.context if "error" not in e.schema.get("required", []))
            where = "/".join(str(part) for part in error.absolute_path) or "(top)"
            print(f"{schema_name} <- {document_path}: at {where}: {error.message[:300]}")
        failures += bool(errors)
        checked += 1
    print(f"checked {checked} document(s), {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
