#!/usr/bin/env bash
# Creates (or brings up to date) the project's Python virtual environment .venv from the pinned
# requirements.txt, with Debian's python3. Idempotent: a venv whose requirements are unchanged is
# left as it is. Never installs into the system Python.
set -euo pipefail
cd "$(dirname "$0")/.."

# --dvc: also (or only) the peer of the pipeline benchmark, DVC, in .venv-dvc from requirements-dvc.txt.
if [ "${1:-}" = "--dvc" ]; then
    dvc_stamp=.venv-dvc/.crucible-requirements.sha256
    dvc_wanted=$(sha256sum requirements-dvc.txt | cut -d' ' -f1)
    if [ ! -f "$dvc_stamp" ] || [ "$(cat "$dvc_stamp")" != "$dvc_wanted" ]; then
        [ -x .venv-dvc/bin/python ] || /usr/bin/python3 -m venv .venv-dvc
        .venv-dvc/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dvc.txt
        echo "$dvc_wanted" >"$dvc_stamp"
    fi
    echo "setup-venv: .venv-dvc ready (DVC $(.venv-dvc/bin/dvc --version))"
    exit 0
fi

stamp=.venv/.crucible-requirements.sha256
wanted=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && .venv/bin/python -c 'import torch' 2>/dev/null; then
    echo "setup-venv: .venv is up to date ($(.venv/bin/python -c 'import torch; print("torch", torch.__version__)'))"
    exit 0
fi
[ -x .venv/bin/python ] || /usr/bin/python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
echo "$wanted" >"$stamp"
echo "setup-venv: .venv ready ($(.venv/bin/python -c 'import torch; print("torch", torch.__version__)'), $(du -sh .venv | cut -f1))"
