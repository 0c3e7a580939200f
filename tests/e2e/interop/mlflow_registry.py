"""The model registry through the real mlflow client, as tst_mlflow drives it against Crucible's
tracking server: register a run Crucible trained (runs:/RUN/model), move an alias, register a
Crucible bundle a script logged as an artifact, and try to register what is not a Crucible model.
Arguments: the trained run's id, a bundle file, and the file to write the results (JSON) to."""
import json
import sys

import mlflow
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException

run_id, bundle, out_path = sys.argv[1:4]
client = MlflowClient()
out = {}
first = mlflow.register_model(f"runs:/{run_id}/model", "iris-mlflow")
out["first"] = {"version": first.version, "status": first.status, "run_id": first.run_id}
client.set_registered_model_alias("iris-mlflow", "production", first.version)
out["by_alias"] = client.get_model_version_by_alias("iris-mlflow", "production").version
with mlflow.start_run(run_name="ships-a-bundle") as run:
    mlflow.log_artifact(bundle, artifact_path="bundle")
second = mlflow.register_model(f"runs:/{run.info.run_id}/bundle", "iris-mlflow")
out["second"] = second.version
with mlflow.start_run(run_name="plain-python") as plain:
    mlflow.log_metric("loss", 0.5)
try:
    client.create_model_version("iris-mlflow", f"runs:/{plain.info.run_id}/model", plain.info.run_id)
    out["refused"] = None
except MlflowException as error:
    out["refused"] = {"code": error.error_code, "message": error.message}
out["models"] = {m.name: dict(m.aliases) for m in client.search_registered_models()}
out["latest"] = client.get_registered_model("iris-mlflow").latest_versions[0].version
with open(out_path, "w") as f:
    json.dump(out, f)
