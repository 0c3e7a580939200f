"""The logging side of bench_mlflow: the real mlflow client logging a training loop's metrics with
log_batch into whichever tracking server MLFLOW_TRACKING_URI names (Crucible's, or `mlflow server`
with its SQLite backend). Started as

  python mlflow_peer.py log --steps 1000 --metrics 10
      one run; per step one log_batch of the step's metrics; prints
      {"mlflow": VERSION, "points": N, "seconds": S} (S: the logging loop alone)
  python mlflow_peer.py tbload LOGDIR
      TensorBoard's own reader (EventAccumulator, every scalar kept) over LOGDIR; prints
      {"tensorboard": VERSION, "points": N, "seconds": S}
"""
import argparse
import json
import math
import time


def log(args):
    import mlflow
    from mlflow import MlflowClient
    from mlflow.entities import Metric

    client = MlflowClient()
    experiment = client.get_experiment_by_name("bench")
    experiment_id = experiment.experiment_id if experiment else client.create_experiment("bench")
    run = client.create_run(experiment_id)
    run_id = run.info.run_id
    keys = [f"metric_{i}" for i in range(args.metrics)]
    start = time.perf_counter()
    for step in range(args.steps):
        now = int(time.time() * 1000)
        client.log_batch(run_id, metrics=[Metric(key, math.sin(step * 0.01 + i), now, step)
                                          for i, key in enumerate(keys)])
    seconds = time.perf_counter() - start
    client.set_terminated(run_id)
    print(json.dumps({"mlflow": mlflow.__version__, "points": args.steps * args.metrics,
                      "seconds": seconds, "run_id": run_id}))


def tbload(args):
    import tensorboard
    from tensorboard.backend.event_processing import event_accumulator

    start = time.perf_counter()
    accumulator = event_accumulator.EventAccumulator(args.logdir, size_guidance={event_accumulator.SCALARS: 0})
    accumulator.Reload()
    points = sum(len(accumulator.Scalars(tag)) for tag in accumulator.Tags()["scalars"])
    seconds = time.perf_counter() - start
    print(json.dumps({"tensorboard": tensorboard.__version__, "points": points, "seconds": seconds}))


parser = argparse.ArgumentParser()
sub = parser.add_subparsers(dest="command", required=True)
p = sub.add_parser("log")
p.add_argument("--steps", type=int, default=1000)
p.add_argument("--metrics", type=int, default=10)
p = sub.add_parser("tbload")
p.add_argument("logdir")
args = parser.parse_args()
{"log": log, "tbload": tbload}[args.command](args)
