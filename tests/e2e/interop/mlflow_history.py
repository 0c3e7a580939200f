"""Writes an MLflow history the way MLflow itself keeps it, for tst_mlflow to import: the store
MLFLOW_TRACKING_URI names (an mlruns folder, file:DIR, or a SQLite database, sqlite:///FILE), an
experiment "legacy" with a parent run (params, tags, a NaN, an artifact), a nested child and a
deleted run. Writes the run ids and what was logged as JSON to the file its argument names. Also
reads back an exported mlruns folder:

  python mlflow_history.py write OUT_JSON
  python mlflow_history.py read OUT_JSON   (search_runs over every experiment, and every history)
"""
import json
import math
import os
import sys
import tempfile

import mlflow
from mlflow import MlflowClient


def write(out_path):
    mlflow.set_experiment("legacy")
    folder = tempfile.mkdtemp()
    with open(os.path.join(folder, "confusion.csv"), "w") as f:
        f.write("a,b\n1,2\n")
    out = {}
    with mlflow.start_run(run_name="resnet-old") as run:
        mlflow.log_params({"depth": 18, "optimizer": "sgd"})
        mlflow.set_tags({"team": "vision"})
        for step in range(30):
            mlflow.log_metric("val/loss", 1.0 / (step + 1), step=step)
        mlflow.log_metric("val/loss", float("nan"), step=30)
        mlflow.log_artifact(os.path.join(folder, "confusion.csv"), artifact_path="plots")
        with mlflow.start_run(run_name="child", nested=True) as child:
            mlflow.log_metric("x", 2.5, step=7)
        out["parent"] = run.info.run_id
        out["child"] = child.info.run_id
    with mlflow.start_run(run_name="discarded") as gone:
        mlflow.log_metric("x", 1.0)
    MlflowClient().delete_run(gone.info.run_id)
    out["deleted"] = gone.info.run_id
    with open(out_path, "w") as f:
        json.dump(out, f)


def read(out_path):
    client = MlflowClient()
    runs = {}
    for run in client.search_runs([e.experiment_id for e in client.search_experiments()]):
        histories = {key: [[m.step, m.value if not math.isnan(m.value) else "nan"]
                           for m in client.get_metric_history(run.info.run_id, key)]
                     for key in run.data.metrics}
        runs[run.info.run_id] = {"name": run.info.run_name, "status": run.info.status,
                                 "params": run.data.params, "tags": run.data.tags,
                                 "histories": histories,
                                 "artifacts": sorted(f.path for f in client.list_artifacts(run.info.run_id)),
                                 "experiment": client.get_experiment(run.info.experiment_id).name}
    with open(out_path, "w") as f:
        json.dump({"mlflow": mlflow.__version__, "runs": runs}, f)


{"write": write, "read": read}[sys.argv[1]](sys.argv[2])
