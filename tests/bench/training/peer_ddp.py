#!/usr/bin/env python3
"""The peer of bench_distributed: the Fashion-MNIST MLP 784-256-10 trained with PyTorch's
DistributedDataParallel (Gloo), as a user writes it and launches it with torchrun.

    torchrun --standalone --nproc_per_node N peer_ddp.py FOLDER EPOCHS THREADS

FOLDER holds train_x.f32 (rows x 784) and train_y.i64 as bench_distributed wrote them. Each rank
takes its share of every global batch of 128 from one seeded permutation; Adam 1e-3. Rank 0 prints
one JSON line: the PyTorch version and the best epoch's samples/s of the whole job."""
import json
import sys
import time

import numpy as np
import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel


def main() -> None:
    folder, epochs, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    torch.set_num_threads(threads)
    dist.init_process_group("gloo")
    rank, world = dist.get_rank(), dist.get_world_size()
    x = torch.from_numpy(np.fromfile(f"{folder}/train_x.f32", dtype=np.float32).reshape(-1, 784))
    y = torch.from_numpy(np.fromfile(f"{folder}/train_y.i64", dtype=np.int64))
    torch.manual_seed(42)
    model = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 10))
    parallel = DistributedDataParallel(model)
    optimizer = torch.optim.Adam(parallel.parameters(), lr=1e-3)
    shuffle = torch.Generator().manual_seed(42)
    batch = 128
    rates = []
    for _ in range(epochs):
        order = torch.randperm(x.shape[0], generator=shuffle)
        start = time.perf_counter()
        for first in range(0, x.shape[0], batch):
            rows = order[first:first + batch]
            mine = rows[rank * len(rows) // world:(rank + 1) * len(rows) // world]
            optimizer.zero_grad(set_to_none=True)
            loss = torch.nn.functional.cross_entropy(parallel(x[mine]), y[mine])
            loss.backward()
            optimizer.step()
        rates.append(x.shape[0] / (time.perf_counter() - start))
    if rank == 0:
        print(json.dumps({"version": torch.__version__, "samples_per_s": max(rates)}), flush=True)
    dist.destroy_process_group()


if __name__ == "__main__":
    main()
