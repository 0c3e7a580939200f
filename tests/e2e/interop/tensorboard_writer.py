"""Writes TensorBoard logs the way PyTorch users do (torch.utils.tensorboard.SummaryWriter), for
tst_tensorboard to import: two runs in sub-folders, scalars with explicit steps and wall times,
add_scalars (a folder per series, as SummaryWriter makes them), and a histogram and an image that
the import leaves out. Writes what it logged as JSON to the file its second argument names."""
import json
import math
import sys

import numpy as np
from torch.utils.tensorboard import SummaryWriter

log_dir, out_path = sys.argv[1], sys.argv[2]
logged = {}
for run, rate in (("adam", 0.1), ("sgd", 0.03)):
    writer = SummaryWriter(log_dir=f"{log_dir}/{run}")
    series = logged.setdefault(run, {})
    for step in range(0, 300, 3):
        loss = math.exp(-rate * step / 10.0) + 0.001 * step
        wall = 1700000000.0 + step * 0.25
        writer.add_scalar("Loss/train", loss, global_step=step, walltime=wall)
        writer.add_scalar("accuracy", 1.0 - loss / 2.0, global_step=step, walltime=wall)
        series.setdefault("Loss/train", []).append([step, loss, wall])
        series.setdefault("accuracy", []).append([step, 1.0 - loss / 2.0, wall])
    writer.add_histogram("weights", np.arange(100.0), global_step=0)
    writer.add_image("sample", np.zeros((3, 4, 4), dtype=np.uint8), global_step=0)
    writer.close()
with open(out_path, "w") as f:
    json.dump(logged, f)
