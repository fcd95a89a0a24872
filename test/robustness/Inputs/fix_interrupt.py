#!/usr/bin/env python3
"""Interrupts `assoc-tidy --fix` while it writes, and checks the files.

    fix_interrupt.py <assoc-tidy> <include dir> <work dir> <signal> [files]

Generates a unit that includes `files` headers (default 400), each a model
whose has_many is misnamed, so that --fix rewrites every header. A first
run on a copy gives the fully fixed text of each header. Then, on a fresh
copy, --fix runs again and gets `signal` (INT, TERM, HUP or KILL) as soon
as the first header has changed: the run is then in the middle of its
writes. Every header must then be either untouched or fully fixed, never
anything else; a catchable signal must leave no temporary file behind and
end the run by that signal, saying how many files it did not reach. A
second --fix finishes the job; a third has nothing left to apply.

The signal has to land while files are being written: the attempt is
repeated (up to 5 times) until one run was caught with headers both fixed
and untouched; never catching one fails the test, since it proved nothing.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time

HEADER = """#pragma once
#include <assoc/associations.hpp>
namespace gen {
struct Item%(n)03d;
struct Owner%(n)03d : assoc::model<Owner%(n)03d> {
  static constexpr auto associations = assoc::declare(
      assoc::has_many<Item%(n)03d>("item%(n)03d", assoc::dependent("destroy")));
};
struct Item%(n)03d : assoc::model<Item%(n)03d> {
  static constexpr auto associations =
      assoc::declare(assoc::belongs_to<Owner%(n)03d>("owner%(n)03d"));
};
} // namespace gen
"""


def generate(directory, count):
    os.makedirs(directory)
    for n in range(count):
        with open(os.path.join(directory, "h%03d.h" % n), "w") as f:
            f.write(HEADER % {"n": n})
    with open(os.path.join(directory, "all.cpp"), "w") as f:
        f.write("".join('#include "h%03d.h"\n' % n for n in range(count)))


def headers(directory):
    return sorted(f for f in os.listdir(directory) if f.endswith(".h"))


def command(assoc_tidy, include, directory):
    return [assoc_tidy, "--checks=-*,assoc-association-naming",
            "--header-filter=.*", "--fix", "all.cpp", "--",
            "-std=c++17", "-I" + include]


def read(path):
    with open(path, "rb") as f:
        return f.read()


def fail(message):
    print("fix_interrupt.py: FAIL: " + message)
    sys.exit(1)


def main():
    assoc_tidy, include, work, name = sys.argv[1:5]
    count = int(sys.argv[5]) if len(sys.argv) > 5 else 400
    sig = getattr(signal, "SIG" + name)
    shutil.rmtree(work, ignore_errors=True)
    pristine = os.path.join(work, "pristine")
    generate(pristine, count)
    reference = os.path.join(work, "reference")
    shutil.copytree(pristine, reference)
    done = subprocess.run(command(assoc_tidy, include, reference), cwd=reference,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if "applied %d fix-its in %d files" % (count, count) not in done.stderr:
        fail("the uninterrupted run did not fix every header:\n" + done.stderr)
    original = {h: read(os.path.join(pristine, h)) for h in headers(pristine)}
    fixed = {h: read(os.path.join(reference, h)) for h in headers(reference)}
    first = headers(pristine)[0]

    for attempt in range(1, 6):
        run = os.path.join(work, "run%d" % attempt)
        shutil.copytree(pristine, run)
        process = subprocess.Popen(command(assoc_tidy, include, run), cwd=run,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True)
        watched = os.path.join(run, first)
        while process.poll() is None and read(watched) == original[first]:
            pass
        if process.poll() is None:
            process.send_signal(sig)
        _, err = process.communicate()
        state = {"fixed": 0, "untouched": 0}
        for h in headers(run):
            text = read(os.path.join(run, h))
            if text == fixed[h]:
                state["fixed"] += 1
            elif text == original[h]:
                state["untouched"] += 1
            else:
                fail("%s is neither untouched nor fully fixed after SIG%s" % (h, name))
        leftovers = sorted(set(os.listdir(run)) - set(original) - {"all.cpp"})
        for f in leftovers:
            if not re.fullmatch(r"\.h\d{3}\.h\.assoc-tidy-\w{6}", f):
                fail("unexpected file after SIG%s: %s" % (name, f))
        print("attempt %d: exit %d, %d headers fixed, %d untouched, %d temporary files left"
              % (attempt, process.returncode, state["fixed"], state["untouched"], len(leftovers)))
        if not (state["fixed"] and state["untouched"]):
            continue  # The signal came before or after the writes.
        if process.returncode != -sig:
            fail("exit %d, expected death by SIG%s" % (process.returncode, name))
        if sig != signal.SIGKILL:
            if leftovers:
                fail("temporary files left after SIG%s: %s" % (name, leftovers))
            said = re.search(r"interrupted: (\d+) files? not fixed \(left untouched\)", err)
            if not said or int(said.group(1)) != state["untouched"]:
                fail("the run did not say how many files it left:\n" + err)
            print("said: " + said.group(0))
        for f in leftovers:
            os.remove(os.path.join(run, f))
        again = subprocess.run(command(assoc_tidy, include, run), cwd=run,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if any(read(os.path.join(run, h)) != fixed[h] for h in headers(run)):
            fail("the second --fix did not finish the job:\n" + again.stderr)
        print("second run: " + again.stderr.strip().splitlines()[-2])
        third = subprocess.run(command(assoc_tidy, include, run), cwd=run,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        print("third run: " + third.stderr.strip().splitlines()[-2])
        return 0
    fail("no attempt caught the run while it was writing")


if __name__ == "__main__":
    sys.exit(main())
