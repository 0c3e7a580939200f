"""An ordinary MLflow-instrumented training script, run by tst_mlflow against Crucible's tracking
server (MLFLOW_TRACKING_URI). It logs through the fluent API, reads back through MlflowClient and
search_runs, tries what MLflow refuses, and prints one JSON document: what it logged and what it
read, for the test to compare with what Crucible's CLI reports."""
import json
import math
import os
import sys
import tempfile
import threading

import mlflow
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from mlflow.entities import Metric

out = {"mlflow": mlflow.__version__}
mlflow.set_experiment("mnist-python")
artifact_dir = tempfile.mkdtemp()
with open(os.path.join(artifact_dir, "report.txt"), "w") as f:
    f.write("accuracy went up\n")

with mlflow.start_run(run_name="baseline") as run:
    mlflow.log_params({"lr": 0.003, "optimizer": "adam", "layers": 3})
    logged = {"loss": [], "val_accuracy": []}
    for step in range(50):
        loss = 2.0 * math.exp(-step / 10.0) + 0.01 * (step % 3)
        acc = 1.0 - loss / 2.5
        mlflow.log_metrics({"loss": loss, "val_accuracy": acc}, step=step)
        logged["loss"].append([step, loss])
        logged["val_accuracy"].append([step, acc])
    mlflow.set_tags({"team": "vision", "purpose": "baseline model"})
    mlflow.log_artifact(os.path.join(artifact_dir, "report.txt"))
    mlflow.log_artifact(os.path.join(artifact_dir, "report.txt"), artifact_path="reports/final")
    children = []
    for lr in (0.01, 0.1):
        with mlflow.start_run(run_name=f"lr-{lr}", nested=True) as child:
            mlflow.log_param("lr", lr)
            mlflow.log_metric("loss", lr * 10, step=0)
            children.append(child.info.run_id)
    out["run_id"] = run.info.run_id
    out["children"] = children
    out["logged"] = logged

client = MlflowClient()
history = client.get_metric_history(out["run_id"], "loss")
out["history"] = [[m.step, m.value, m.timestamp] for m in history]
found = mlflow.search_runs(experiment_names=["mnist-python"],
                           filter_string="metrics.val_accuracy > 0.5 and params.optimizer = 'adam'")
out["search_filtered"] = list(found["run_id"])
nested = mlflow.search_runs(experiment_names=["mnist-python"],
                            filter_string=f"tags.mlflow.parentRunId = '{out['run_id']}'",
                            order_by=["metrics.loss DESC"])
out["search_children"] = list(nested["run_id"])
run_back = client.get_run(out["run_id"])
out["params_back"] = run_back.data.params
out["tags_back"] = {k: v for k, v in run_back.data.tags.items() if not k.startswith("mlflow.")}
out["status_back"] = run_back.info.status
out["artifacts"] = sorted(f.path for f in client.list_artifacts(out["run_id"]))
out["artifact_text"] = open(client.download_artifacts(out["run_id"], "reports/final/report.txt")).read()


def refusal(call):
    try:
        call()
    except MlflowException as error:
        return {"code": error.error_code, "message": error.message}
    return None


out["unknown_run"] = refusal(lambda: client.get_run("ffffffffffffffff"))
out["changed_param"] = refusal(lambda: client.log_param(out["run_id"], "lr", 0.5))
out["bad_filter"] = refusal(lambda: mlflow.search_runs(filter_string="metrics.loss >>> 1"))
out["history_of_nothing"] = len(client.get_metric_history(out["run_id"], "never-logged"))

# Names with spaces (sent as '+' in query strings), an empty file (sent chunked) among artifacts.
mlflow.set_experiment("Space Exp")
mlflow.set_experiment("Space Exp")  # found by name the second time, not made again
with mlflow.start_run(run_name="spaced") as run:
    mlflow.log_metric("val loss", 0.25, step=3)
    empty_dir = tempfile.mkdtemp()
    open(os.path.join(empty_dir, "empty.txt"), "w").close()
    with open(os.path.join(empty_dir, "full.txt"), "w") as f:
        f.write("x")
    mlflow.log_artifacts(empty_dir, artifact_path="my dir")
    out["spaced_experiment"] = client.get_experiment(run.info.experiment_id).name
    out["spaced_history"] = [[m.step, m.value] for m in client.get_metric_history(run.info.run_id, "val loss")]
    out["spaced_artifacts"] = sorted(f.path for f in client.list_artifacts(run.info.run_id, "my dir"))

# Concurrent writers to one run: four threads, each its own steps of one series.
with mlflow.start_run(run_name="concurrent") as run:
    run_id = run.info.run_id

    def writer(worker):
        for i in range(50):
            step = worker * 1000 + i
            client.log_batch(run_id, metrics=[Metric("shared", float(step), 0, step)])

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out["concurrent_run"] = run_id

with open(sys.argv[1], "w") as f:
    json.dump(out, f)
