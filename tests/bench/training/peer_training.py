"""PyTorch peer of bench_training: the same tensors, model, batching and recipe.

Usage: peer_training.py FOLDER mlp|cnn EPOCHS THREADS(0 = PyTorch's default) [--channels-last] [--device D]
FOLDER holds the tensors bench_training wrote (train_x.f32, ...), or Fashion-MNIST's IDX files
(*-idx?-ubyte.gz), then standardised as Crucible standardises images: (pixel/255 - mean) / std.
Prints one JSON line: samples_per_s (training loop only), last_epoch_samples_per_s (without the
first epoch's warm-up, which matters on a GPU), test_accuracy, threads, device, torch version.
"""
import gzip
import json
import os
import sys
import time

import numpy as np
import torch
from torch import nn


def read_idx(path, header):
    with gzip.open(path, "rb") as file:
        return np.frombuffer(file.read(), dtype=np.uint8, offset=header)


def load(folder):
    if os.path.exists(f"{folder}/train_x.f32"):
        def floats(name):
            return torch.from_numpy(np.fromfile(f"{folder}/{name}", dtype=np.float32)).view(-1, 1, 28, 28)

        def labels(name):
            return torch.from_numpy(np.fromfile(f"{folder}/{name}", dtype=np.int64))
        return floats("train_x.f32"), labels("train_y.i64"), floats("test_x.f32"), labels("test_y.i64")
    train = read_idx(f"{folder}/train-images-idx3-ubyte.gz", 16).astype(np.float32) / 255.0
    test = read_idx(f"{folder}/t10k-images-idx3-ubyte.gz", 16).astype(np.float32) / 255.0
    mean, std = float(train.mean()), float(train.std())
    return (torch.from_numpy((train - mean) / std).view(-1, 1, 28, 28),
            torch.from_numpy(read_idx(f"{folder}/train-labels-idx1-ubyte.gz", 8).astype(np.int64)),
            torch.from_numpy((test - mean) / std).view(-1, 1, 28, 28),
            torch.from_numpy(read_idx(f"{folder}/t10k-labels-idx1-ubyte.gz", 8).astype(np.int64)))


def main():
    folder, kind, epochs, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    channels_last = "--channels-last" in sys.argv
    device = torch.device(sys.argv[sys.argv.index("--device") + 1] if "--device" in sys.argv else "cpu")
    if threads > 0:
        torch.set_num_threads(threads)
    torch.manual_seed(42)
    train_x, train_y, test_x, test_y = (t.to(device) for t in load(folder))
    if kind == "mlp":
        model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
    else:
        model = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10))
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    model = model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(42)
    n, batch = train_x.shape[0], 128
    seconds = last = 0.0
    model.train()
    for _ in range(epochs):
        order = torch.randperm(n, generator=generator).to(device)
        start = time.perf_counter()
        for first in range(0, n, batch):
            index = order[first:first + batch]
            x = train_x.index_select(0, index)
            if channels_last:
                x = x.contiguous(memory_format=torch.channels_last)
            y = train_y.index_select(0, index)
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            loss.item()  # the loss is logged every step, as Crucible does
        last = time.perf_counter() - start
        seconds += last
    model.eval()
    with torch.inference_mode():
        correct = sum(int((model(test_x[i:i + 4096]).argmax(1) == test_y[i:i + 4096]).sum())
                      for i in range(0, test_x.shape[0], 4096))
    print(json.dumps({"samples_per_s": n * epochs / seconds, "last_epoch_samples_per_s": n / last,
                      "test_accuracy": correct / test_x.shape[0], "threads": torch.get_num_threads(),
                      "device": str(device), "torch": torch.__version__}))


if __name__ == "__main__":
    main()
