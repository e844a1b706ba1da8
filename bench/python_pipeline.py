#!/usr/bin/env python3
"""What a KB project writes by hand: PyYAML's C loader, jsonschema Draft 2020-12, re.compile,
date order, unique ids and references. The baseline errkb is measured against.

usage: python_pipeline.py KB_ROOT
"""
import datetime, json, os, re, sys

import yaml
from jsonschema import Draft202012Validator


class StringDates(yaml.CSafeLoader):
    """Keep dates as strings, as the schema types them."""


StringDates.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def main():
    root = sys.argv[1]
    schema = json.load(open(os.path.join(root, "schema", "record.schema.json"), encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    records, errors = {}, 0
    for folder, _, names in os.walk(os.path.join(root, "records")):
        for name in sorted(names):
            if not name.endswith(".yaml"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                record = yaml.load(f, Loader=StringDates)
            errors += sum(1 for _ in validator.iter_errors(record))
            try:
                re.compile(record.get("regex", ""))
            except re.error:
                errors += 1
            dates = [record.get(k) for k in ("first_seen", "last_confirmed", "last_updated")]
            try:
                parsed = [datetime.date.fromisoformat(d) for d in dates]
                errors += sum(1 for a, b in zip(parsed, parsed[1:]) if b < a)
            except (TypeError, ValueError):
                errors += 1
            if record.get("id") in records:
                errors += 1
            records[record.get("id")] = record
    for record in records.values():
        graph = record.get("transition_graph") or {}
        for edges in graph.values():
            errors += sum(1 for edge in edges if edge.get("error_id") not in records)
    print(f"{len(records)} records, {errors} errors")


if __name__ == "__main__":
    main()
