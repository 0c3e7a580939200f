#!/usr/bin/env python3
"""Writes what crucible-cli says about its own commands, for the package: a manual page per
command (crucible-cli-data-import.1.gz, ...) and the bash, zsh and fish completions. Run at build
time by cmake/Packaging.cmake:

    make-cli-docs.py CRUCIBLE-CLI OUTPUT-FOLDER

OUTPUT-FOLDER/man holds the pages (gzip -9n, as Debian wants them) and OUTPUT-FOLDER/completions
the three scripts; both are made afresh, so that a command taken out leaves no page behind."""
import gzip
import os
import shutil
import subprocess
import sys
import tempfile


def main() -> int:
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    cli, output = sys.argv[1], sys.argv[2]
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", COLUMNS="80")
    env.pop("LANGUAGE", None)
    man = os.path.join(output, "man")
    completions = os.path.join(output, "completions")
    for folder in (man, completions):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
    with tempfile.TemporaryDirectory() as pages:
        done = subprocess.run([cli, "help", "--man", pages], capture_output=True, text=True, env=env, timeout=120)
        if done.returncode != 0:
            sys.stderr.write(f"make-cli-docs: {cli} help --man failed ({done.returncode}): {done.stderr}\n")
            return 1
        for name in sorted(os.listdir(pages)):
            with open(os.path.join(pages, name), "rb") as page, open(os.path.join(man, name + ".gz"), "wb") as raw:
                # no name or time stamp inside: the same page gives the same bytes
                with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as packed:
                    packed.write(page.read())
    for shell, name in (("bash", "crucible-cli"), ("zsh", "_crucible-cli"), ("fish", "crucible-cli.fish")):
        done = subprocess.run([cli, "completion", shell], capture_output=True, text=True, env=env, timeout=120)
        if done.returncode != 0 or not done.stdout:
            sys.stderr.write(f"make-cli-docs: {cli} completion {shell} failed ({done.returncode}): {done.stderr}\n")
            return 1
        with open(os.path.join(completions, name), "w", encoding="utf-8") as script:
            script.write(done.stdout)
    with open(os.path.join(output, "stamp"), "w", encoding="utf-8") as stamp:
        stamp.write("written\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
