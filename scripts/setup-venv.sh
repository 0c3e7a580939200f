#!/usr/bin/env bash
# Creates (or brings up to date) the project's Python virtual environment .venv from the pinned
# requirements.txt, with Debian's python3. Idempotent: a venv whose requirements are unchanged is
# left as it is. Never installs into the system Python.
set -euo pipefail
cd "$(dirname "$0")/.."

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
