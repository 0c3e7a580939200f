"""The search a Python user would write instead of `crucible-cli sweep`: Optuna's TPE sampler with
median pruning, on the same objectives as bench_sweep. Started by bench_sweep as

  python sweep_peer.py synthetic --trials 100 --seeds 10
      the sum of two Branin functions over 4 parameters (optimum 0.795775); prints
      {"optuna": VERSION, "bests": [best value per seed]}
  python sweep_peer.py moons --train train.csv --val val.csv --trials 30 --epochs 20 --seed S
      an MLP on the two-moons split that Crucible trains on (features standardised by the training
      part's mean and deviation, as Crucible does), over learning rate, width, depth and weight
      decay; Adam, batch 128, cross-entropy, one thread; median pruning on the per-epoch validation
      loss; prints {"optuna": ..., "torch": ..., "best": best validation loss, "pruned": N}
"""
import argparse
import csv
import json
import math
import sys

import optuna

optuna.logging.set_verbosity(optuna.logging.WARNING)


def branin(x, y):
    a, b, c, r, s, t = 1.0, 5.1 / (4 * math.pi ** 2), 5 / math.pi, 6.0, 10.0, 1 / (8 * math.pi)
    return a * (y - b * x * x + c * x - r) ** 2 + s * (1 - t) * math.cos(x) + s


def synthetic(args):
    bests = []
    for seed in range(1, args.seeds + 1):
        def objective(trial):
            x1 = trial.suggest_float("x1", -5, 10)
            y1 = trial.suggest_float("y1", 0, 15)
            x2 = trial.suggest_float("x2", -5, 10)
            y2 = trial.suggest_float("y2", 0, 15)
            return branin(x1, y1) + branin(x2, y2)

        study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=seed), direction="minimize")
        study.optimize(objective, n_trials=args.trials)
        bests.append(study.best_value)
    print(json.dumps({"optuna": optuna.__version__, "bests": bests}))


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    xi = [i for i, name in enumerate(header) if name != "class"]
    yi = header.index("class")
    x = [[float(r[i]) for i in xi] for r in rows]
    y = [r[yi] for r in rows]
    return x, y


def moons(args):
    import torch

    torch.set_num_threads(1)
    xtr, ytr = read(args.train)
    xva, yva = read(args.val)
    classes = sorted(set(ytr) | set(yva))
    xtr = torch.tensor(xtr, dtype=torch.float32)
    xva = torch.tensor(xva, dtype=torch.float32)
    mean = xtr.mean(0)
    std = xtr.std(0).clamp_min(1e-12)
    xtr = (xtr - mean) / std
    xva = (xva - mean) / std
    ytr = torch.tensor([classes.index(c) for c in ytr])
    yva = torch.tensor([classes.index(c) for c in yva])
    generator = torch.Generator().manual_seed(args.seed)

    def objective(trial):
        lr = trial.suggest_float("lr", 1e-4, 0.3, log=True)
        width = trial.suggest_int("width", 4, 128, log=True)
        depth = trial.suggest_int("depth", 1, 3)
        weight_decay = trial.suggest_float("weight_decay", 1e-6, 1e-2, log=True)
        layers, size = [], xtr.shape[1]
        for _ in range(depth):
            layers += [torch.nn.Linear(size, width), torch.nn.ReLU()]
            size = width
        layers.append(torch.nn.Linear(size, len(classes)))
        model = torch.nn.Sequential(*layers)
        optimizer = torch.optim.Adam(model.parameters(), lr=lr, weight_decay=weight_decay)
        loss_fn = torch.nn.CrossEntropyLoss()
        val_loss = float("nan")
        for epoch in range(1, args.epochs + 1):
            model.train()
            order = torch.randperm(len(xtr), generator=generator)
            for start in range(0, len(order), 128):
                batch = order[start:start + 128]
                optimizer.zero_grad()
                loss = loss_fn(model(xtr[batch]), ytr[batch])
                loss.backward()
                optimizer.step()
            model.eval()
            with torch.no_grad():
                val_loss = loss_fn(model(xva), yva).item()
            trial.report(val_loss, epoch)
            if trial.should_prune():
                raise optuna.TrialPruned()
        return val_loss

    study = optuna.create_study(
        sampler=optuna.samplers.TPESampler(seed=args.seed),
        pruner=optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=5),
        direction="minimize",
    )
    study.optimize(objective, n_trials=args.trials)
    pruned = sum(1 for t in study.trials if t.state == optuna.trial.TrialState.PRUNED)
    print(json.dumps({"optuna": optuna.__version__, "torch": torch.__version__, "best": study.best_value,
                      "pruned": pruned}))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("objective", choices=["synthetic", "moons"])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--train")
    parser.add_argument("--val")
    args = parser.parse_args()
    synthetic(args) if args.objective == "synthetic" else moons(args)


if __name__ == "__main__":
    sys.exit(main())
