#!/usr/bin/env python3
"""The mean of each numeric column of a delimited file as pandas reads it, told its dialect.

    pandas_means.py FILE READ_CSV_OPTIONS_JSON [DATE_COLUMNS_JSON]

Prints {"column": mean, ...} as JSON. DATE_COLUMNS_JSON maps columns to pandas.to_datetime's
options for them; their mean is given in days since 1970-01-01 (in UTC for times with a zone). A .zst file is decompressed with the zstd tool first (pandas
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
    means = {str(name): float(value) for name, value in frame.select_dtypes("number").mean().items()}
    dates = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    for column, options in dates.items():
        times = pandas.to_datetime(frame[column], **options)
        epoch = pandas.Timestamp("1970-01-01", tz="UTC" if options.get("utc") else None)
        means[column] = float((times - epoch).mean() / pandas.Timedelta(days=1))
    print(json.dumps(means))
    return 0


if __name__ == "__main__":
    sys.exit(main())
