#!/usr/bin/env python3
"""The mean of each numeric column of a delimited file as pandas reads it, told its dialect.

    pandas_means.py FILE READ_CSV_OPTIONS_JSON

Prints {"column": mean, ...} as JSON. A .zst file is decompressed with the zstd tool first (pandas
needs a module for it that the environment does not carry); .gz is read by pandas itself."""
import io
import json
import subprocess
import sys

import pandas


def main() -> int:
    path = sys.argv[1]
    options = json.loads(sys.argv[2])
    source = path
    if path.endswith(".zst"):
        source = io.BytesIO(subprocess.run(["zstd", "-dcq", path], check=True, capture_output=True).stdout)
    frame = pandas.read_csv(source, **options)
    means = frame.select_dtypes("number").mean()
    print(json.dumps({str(name): float(value) for name, value in means.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
