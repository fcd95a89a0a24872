#!/usr/bin/env python3
"""--fix twice over a corpus: the second run must find nothing to fix.

    fix_twice.py <assoc-tidy> <clang++> <include dir> <work dir> <input>...

An input is a .cpp file, checked on its own (the corpus files reuse model
names, so one whole-program run would merge them), or a directory of
sources and headers, copied whole and checked in one run. Flags: C++17
unless a RUN line in the file names another -std, -I the vocabulary and
the copy's directory. For each input:

- `assoc-tidy --fix` either applies its fixes, or refuses because the code
  does not compile, and then must leave every file as it was (the rest is
  then checked with `--fix-errors`);
- after fixes were applied, `--format=json` reports no fix-it, a second
  `--fix` leaves every file byte for byte as it was, and code that
  compiled before its fixes still compiles.

Prints one line per input and a summary; exits 1 if a promise was broken.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

REFUSED = "fix-its were not applied"


def run(argv):
    return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, errors="replace")


def snapshot(directory):
    files = {}
    for root, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, directory)] = f.read()
    return files


def standard(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        match = re.search(r"RUN:.*?(-std=c\+\+\d+)", f.read())
    return match.group(1) if match else "-std=c++17"


def one(assoc_tidy, clangxx, include, work, item):
    name = os.path.basename(item.rstrip("/"))
    copy = os.path.join(work, name + ".d")
    shutil.rmtree(copy, ignore_errors=True)
    if os.path.isdir(item):
        shutil.copytree(item, copy)
    else:
        os.makedirs(copy)
        shutil.copy(item, copy)
    sources = sorted(os.path.join(copy, f) for f in os.listdir(copy) if f.endswith(".cpp"))
    flags = [standard(sources[0]), "-I" + include, "-I" + copy]
    tool = [assoc_tidy, "--checks=-*,assoc-*", "--header-filter=^" + re.escape(copy + "/")]
    compiled = all(run([clangxx, "-fsyntax-only"] + flags + [s]).returncode == 0 for s in sources)
    before = snapshot(copy)
    first = run(tool + ["--fix"] + sources + ["--"] + flags)
    if not 0 <= first.returncode < 128:
        return "%s: --fix crashed (exit %d)\n%s" % (name, first.returncode, first.stderr)
    fix = "--fix"
    if REFUSED in first.stderr:
        if snapshot(copy) != before:
            return "%s: --fix refused, yet changed a file" % name
        # The same promises hold when the user insists.
        fix = "--fix-errors"
        first = run(tool + [fix] + sources + ["--"] + flags)
        if not 0 <= first.returncode < 128:
            return "%s: --fix-errors crashed (exit %d)\n%s" % (name, first.returncode, first.stderr)
    fixed = snapshot(copy)
    report = run(tool + ["--format=json"] + sources + ["--"] + flags)
    try:
        diagnostics = json.loads(report.stdout)["diagnostics"]
    except (ValueError, KeyError):
        return "%s: no JSON after --fix\n%s" % (name, report.stdout + report.stderr)
    left = [d for d in diagnostics if d.get("fixes")]
    if left:
        return "%s: still fixable after --fix: %s" % (
            name, "; ".join("%s:%d %s" % (d["check"], d["line"], d["message"]) for d in left))
    second = run(tool + [fix] + sources + ["--"] + flags)
    if snapshot(copy) != fixed:
        return "%s: a second --fix changed a file\n%s" % (name, second.stderr)
    if compiled and not all(run([clangxx, "-fsyntax-only"] + flags + [s]).returncode == 0
                            for s in sources):
        return "%s: compiled before --fix, not after" % name
    applied = re.search(r"applied (\d+) fix-it", first.stderr)
    return "ok %s: %s fix-its applied%s" % (name, applied.group(1) if applied else "0",
                                            "" if fix == "--fix" else " (compiler errors: --fix-errors)")


def main():
    assoc_tidy, clangxx, include, work = sys.argv[1:5]
    items = sys.argv[5:]
    os.makedirs(work, exist_ok=True)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda i: one(assoc_tidy, clangxx, include, work, i), items))
    failed = [r for r in results if not r.startswith("ok ")]
    for r in results:
        print(r)
    total = sum(int(r.split(": ")[1].split()[0]) for r in results if r.startswith("ok "))
    print("%d inputs, %d fix-its applied, %d broken" % (len(items), total, len(failed)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
