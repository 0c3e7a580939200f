"""PyTorch peer of bench_training: the same tensors, model, batching and recipe.

Usage: peer_training.py FOLDER mlp|cnn EPOCHS THREADS(0 = PyTorch's default) [--channels-last]
Prints one JSON line: samples_per_s (training loop only), test_accuracy, threads.
"""
import json
import sys
import time

import numpy as np
import torch
from torch import nn


def main():
    folder, kind, epochs, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    channels_last = "--channels-last" in sys.argv
    if threads > 0:
        torch.set_num_threads(threads)
    torch.manual_seed(42)
    train_x = torch.from_numpy(np.fromfile(f"{folder}/train_x.f32", dtype=np.float32)).view(-1, 1, 28, 28)
    train_y = torch.from_numpy(np.fromfile(f"{folder}/train_y.i64", dtype=np.int64))
    test_x = torch.from_numpy(np.fromfile(f"{folder}/test_x.f32", dtype=np.float32)).view(-1, 1, 28, 28)
    test_y = torch.from_numpy(np.fromfile(f"{folder}/test_y.i64", dtype=np.int64))
    if kind == "mlp":
        model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
    else:
        model = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10))
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(42)
    n, batch = train_x.shape[0], 128
    seconds = 0.0
    model.train()
    for _ in range(epochs):
        order = torch.randperm(n, generator=generator)
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
        seconds += time.perf_counter() - start
    model.eval()
    with torch.inference_mode():
        correct = sum(int((model(test_x[i:i + 4096]).argmax(1) == test_y[i:i + 4096]).sum())
                      for i in range(0, test_x.shape[0], 4096))
    print(json.dumps({"samples_per_s": n * epochs / seconds, "test_accuracy": correct / test_x.shape[0],
                      "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
