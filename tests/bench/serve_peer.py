"""The serving stack a Python user would write instead of `crucible-cli serve`: FastAPI on
uvicorn (uvloop, httptools) with the current PyTorch, serving the same model.pt with the same
row form (POST /v1/models/NAME:predict {"instances": [{column: value}]}) and the same answer
(class and probabilities per row). Started by bench_serve as
  MODEL_PT=... python -m uvicorn serve_peer:app --app-dir tests/bench --workers N
"""
import json
import os

import torch
from fastapi import FastAPI
from pydantic import BaseModel

torch.set_num_threads(1)  # one per worker process, as the workers share the cores
extra = {"crucible-model.json": ""}
model = torch.jit.load(os.environ["MODEL_PT"], _extra_files=extra)
model.eval()
manifest = json.loads(extra["crucible-model.json"])
features = [f["name"] for f in manifest["input_signature"]["features"]]
classes = manifest["output_signature"]["classes"]
name = manifest["name"]

app = FastAPI()


class PredictRequest(BaseModel):
    instances: list[dict[str, float]]


@app.post(f"/v1/models/{name}:predict")
def predict(request: PredictRequest):
    x = torch.tensor([[row[f] for f in features] for row in request.instances], dtype=torch.float32)
    with torch.inference_mode():
        probabilities = model(x)
    best = probabilities.argmax(dim=1).tolist()
    return {
        "model_name": name,
        "predictions": [
            {"class": classes[b], "probabilities": dict(zip(classes, p))}
            for b, p in zip(best, probabilities.tolist())
        ],
    }
