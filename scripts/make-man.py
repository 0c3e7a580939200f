#!/usr/bin/env python3
"""Writes a program's manual page (roff, gzip -9n) from what its --help prints, so that the page
says what the program itself says. Run at build time by cmake/Packaging.cmake:

    make-man.py PROGRAM NAME SUMMARY OUT.1.gz [--version V] [--description TEXT] [--see-also NAME ...]

Headed blocks of the help ("Options:", "Commands:", "Global options:") become sections; their
indented lines are kept as they are laid out; the "Exit codes:" paragraph becomes EXIT STATUS."""
import argparse
import gzip
import os
import re
import subprocess
import sys

ENVIRONMENT = {
    "crucible-cli": [
        ("CRUCIBLE_WORKSPACE", "the workspace folder when --workspace is not given"),
        ("CRUCIBLE_REGISTRY", "the model registry folder when --registry is not given"),
    ],
    "crucible": [
        ("CRUCIBLE_WORKSPACE", "the workspace folder when --workspace is not given"),
        ("QT_QPA_PLATFORM", "the Qt platform plugin; --help, --version and --screenshot need no display"),
    ],
}


def roff_text(text: str) -> str:
    """Escapes text for roff: backslashes, hyphens (as minus signs), leading dots and quotes."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("program")
    parser.add_argument("name")
    parser.add_argument("summary")
    parser.add_argument("output")
    parser.add_argument("--version", default="")
    parser.add_argument("--description", default="")
    parser.add_argument("--see-also", nargs="*", default=[])
    args = parser.parse_args()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("CRUCIBLE_WORKSPACE", None)
    env.pop("LANGUAGE", None)  # Qt follows it before LANG: the page would come out in German
    done = subprocess.run([args.program, "--help"], capture_output=True, text=True, env=env, timeout=60)
    if done.returncode != 0 or not done.stdout.strip():
        sys.stderr.write(f"make-man: {args.program} --help failed ({done.returncode}): {done.stderr}\n")
        return 1
    lines = done.stdout.replace(args.program, args.name).splitlines()

    synopsis, description, sections, exit_status = "", [], [], []
    current = None
    for line in lines:
        if line.startswith("Usage:"):
            synopsis = line[len("Usage:"):].strip()
            continue
        if line.startswith("Exit codes:"):
            current = exit_status
            exit_status.append(line[len("Exit codes:"):].strip())
            continue
        heading = re.fullmatch(r"([A-Z][A-Za-z ]*):", line.strip())
        if heading and not line.startswith(" "):
            current = []
            sections.append((heading.group(1).upper(), current))
            continue
        if current is None:
            if line.strip():
                description.append(line.strip())
            continue
        if current is exit_status:
            if line.strip():
                exit_status.append(line.strip())
            continue
        current.append(line)

    out = []
    title = args.name.upper()
    out.append(f'.TH {title} 1 "" "Crucible {args.version}" "Crucible"')
    out.append(".SH NAME")
    out.append(f"{roff_text(args.name)} \\- {roff_text(args.summary)}")
    out.append(".SH SYNOPSIS")
    out.append(f".B {roff_text(args.name)}")
    out.append(roff_text(synopsis.split(" ", 1)[1] if " " in synopsis else ""))
    out.append(".SH DESCRIPTION")
    out.append(roff_text(args.description or " ".join(description) or args.summary))
    for name, body in sections:
        while body and not body[-1].strip():
            body.pop()
        out.append(f".SH {roff_text(name)}")
        out.append(".nf")
        out.append(".ft CR")
        for line in body:
            out.append(roff_text(line.rstrip()) if line.strip() else "")
        out.append(".ft")
        out.append(".fi")
    if exit_status:
        out.append(".SH EXIT STATUS")
        out.append(roff_text(" ".join(exit_status)))
    variables = ENVIRONMENT.get(args.name, [])
    if variables:
        out.append(".SH ENVIRONMENT")
        for variable, meaning in variables:
            out.append(".TP")
            out.append(f".B {variable}")
            out.append(roff_text(meaning))
    if args.see_also:
        out.append(".SH SEE ALSO")
        out.append(", ".join(f".BR {roff_text(other)} (1)".replace(".BR ", "\\fB").replace(" (1)", "\\fR(1)")
                             for other in args.see_also))
    text = "\n".join(out) + "\n"
    # gzip -9n: no name or time stamp inside, so the page is the same for the same help.
    with open(args.output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as packed:
            packed.write(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
