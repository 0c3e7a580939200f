"""Writes TensorBoard logs the way PyTorch users do (torch.utils.tensorboard.SummaryWriter), for
tst_tensorboard to import: two runs in sub-folders, scalars with explicit steps and wall times,
and a histogram and an image that the import leaves out; and a third run in the form TensorFlow 2
writes scalars (one-element float and double tensors of the scalars plugin). Writes what it logged as JSON to the file its second argument names."""
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
# The form TensorFlow 2's tf.summary.scalar writes: a one-element tensor, its tag's metadata (plugin
# "scalars", data class scalar) on the first value only; written with TensorBoard's own protobufs.
from tensorboard.compat.proto import event_pb2, summary_pb2, tensor_pb2, types_pb2
from tensorboard.summary.writer.event_file_writer import EventFileWriter

writer = EventFileWriter(f"{log_dir}/tf2")
series = logged.setdefault("tf2", {})
for step in range(0, 40):
    value = summary_pb2.Summary.Value(tag="epoch_loss")
    if step == 0:
        value.metadata.plugin_data.plugin_name = "scalars"
        value.metadata.data_class = summary_pb2.DATA_CLASS_SCALAR
    if step % 2:
        value.tensor.CopyFrom(tensor_pb2.TensorProto(dtype=types_pb2.DT_DOUBLE, double_val=[1.0 / (step + 1)]))
    else:
        value.tensor.CopyFrom(tensor_pb2.TensorProto(dtype=types_pb2.DT_FLOAT, float_val=[1.0 / (step + 1)]))
    wall = 1700000000.0 + step
    writer.add_event(event_pb2.Event(wall_time=wall, step=step, summary=summary_pb2.Summary(value=[value])))
    stored = 1.0 / (step + 1) if step % 2 else float(np.float32(1.0 / (step + 1)))
    series.setdefault("epoch_loss", []).append([step, stored, wall])
writer.close()
with open(out_path, "w") as f:
    json.dump(logged, f)
