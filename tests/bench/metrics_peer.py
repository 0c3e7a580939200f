"""The peer for bench_metrics: Python's sqlite3 on the same points, one row per point.

  metrics_peer.py write DB RUN_ID STEPS KEYS   -> seconds to insert STEPS x KEYS points with executemany
  metrics_peer.py read DB RUN_ID KEY BUCKETS   -> median seconds to reduce one series to BUCKETS buckets
Both use WAL and synchronous=NORMAL, as Crucible does. The write table has no index (the
cheapest possible insert); the index a chart's range reads need is built afterwards, untimed.
"""
import math
import sqlite3
import statistics
import sys
import time


def connect(path):
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    return con


def write(path, run_id, steps, keys):
    con = connect(path)
    con.execute("CREATE TABLE IF NOT EXISTS metrics (run_id TEXT, key TEXT, step INTEGER, epoch REAL,"
                " wall_time REAL, value REAL)")
    names = ["metric%d" % k for k in range(keys)]
    batch = 100_000 // keys  # steps per transaction: ~100,000 points, about one flush's worth

    def rows(start, stop):
        for step in range(start, stop):
            for k, name in enumerate(names):
                yield (run_id, name, step, float(step // 1000), 1.7e9 + step * 0.001, math.sin(step * 0.001) + k)

    begin = time.perf_counter()
    for start in range(0, steps, batch):
        con.execute("BEGIN")
        con.executemany("INSERT INTO metrics VALUES (?, ?, ?, ?, ?, ?)", rows(start, min(steps, start + batch)))
        con.execute("COMMIT")
    seconds = time.perf_counter() - begin
    con.execute("CREATE INDEX IF NOT EXISTS metrics_by_series ON metrics (run_id, key, step)")
    print(seconds)


def read(path, run_id, key, buckets):
    con = connect(path)
    low, high = con.execute("SELECT MIN(step), MAX(step) FROM metrics WHERE run_id = ? AND key = ?",
                            (run_id, key)).fetchone()
    query = ("SELECT MIN(step), COUNT(*), MIN(value), MAX(value), AVG(value) FROM metrics"
             " WHERE run_id = ? AND key = ? GROUP BY ((step - ?) * ?) / ?")
    times = []
    for _ in range(21):
        begin = time.perf_counter()
        result = con.execute(query, (run_id, key, low, buckets, high - low + 1)).fetchall()
        times.append(time.perf_counter() - begin)
    assert len(result) == min(buckets, high - low + 1)
    print(statistics.median(times[1:]))


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    else:
        read(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
