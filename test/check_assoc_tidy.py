#!/usr/bin/env python3
"""Runs one lit test file through both ways of running the assoc checks.

    check_assoc_tidy.py [harness options] <input.cpp> <checks> <temp>
                        [-- <tool options> [-- <compiler flags>]]

The file is checked twice, by the standalone `assoc-tidy` and by the stock
`clang-tidy-19` with the AssocTidyModule plugin, and each run must satisfy the
expectations written in the file, clang-tidy style:

  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: message [assoc-check]
  // CHECK-NOTES:    (as CHECK-MESSAGES, but every note must be matched too)
  // CHECK-FIXES:    a line of the file after the fix-its are applied

Then the two runs' diagnostics must be identical, line for line. A crash or
an exit code other than 0 or 1 fails the test whatever the expectations.
"""

import argparse
import os
import re
import subprocess
import sys

DIAGNOSTIC = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note): (.*)$")


def fail(message):
    sys.stderr.write("check_assoc_tidy.py: " + message + "\n")
    sys.exit(1)


def run(command):
    sys.stderr.write("$ " + " ".join(command) + "\n")
    process = subprocess.run(command, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    return process.returncode, process.stdout, process.stderr


def file_check(input_file, check_file, prefix, extra):
    code, out, err = run(["FileCheck", "-input-file=" + input_file, check_file,
                          "-check-prefix=" + prefix] + extra)
    if code != 0:
        sys.stderr.write(out + err)
        with open(input_file, encoding="utf-8") as f:
            sys.stderr.write("---- checked text ----\n" + f.read())
        fail(prefix + " did not match " + input_file)


def diagnostics(output, path):
    """The diagnostic lines, with the temporary file's name made neutral."""
    lines = []
    for line in output.splitlines():
        match = DIAGNOSTIC.match(line)
        if match:
            name = "<input>" if match.group(1) == path else match.group(1)
            lines.append("%s:%s:%s: %s: %s" % ((name,) + match.groups()[1:]))
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--assoc-tidy", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--include", required=True)
    parser.add_argument("--mode", choices=["both", "standalone", "plugin"],
                        default="both")
    parser.add_argument("--check-suffix", default="",
                        help="check CHECK-MESSAGES-<suffix> etc. instead")
    parser.add_argument("input")
    parser.add_argument("checks")
    parser.add_argument("temp")
    # Split by hand: argparse would swallow the first `--` itself.
    argv = sys.argv[1:]
    rest = []
    if "--" in argv:
        rest = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    args = parser.parse_args(argv)

    tool_args, compiler_args = rest, []
    if "--" in rest:
        split = rest.index("--")
        tool_args, compiler_args = rest[:split], rest[split + 1:]
    if not any(a.startswith("-std=") for a in compiler_args):
        compiler_args = ["-std=c++17"] + compiler_args
    # The file is checked from a copy elsewhere: keep its own directory on
    # the include path so that its quoted includes still resolve.
    compiler_args = compiler_args + [
        "-I" + args.include, "-I" + os.path.dirname(os.path.abspath(args.input))]

    suffix = "-" + args.check_suffix if args.check_suffix else ""
    with open(args.input, encoding="utf-8") as f:
        text = f.read()
    prefixes = {kind: "CHECK-%s%s" % (kind, suffix)
                for kind in ("MESSAGES", "NOTES", "FIXES")}
    wanted = {kind: (p + ":") in text for kind, p in prefixes.items()}
    if wanted["MESSAGES"] and wanted["NOTES"]:
        fail("use CHECK-MESSAGES or CHECK-NOTES, not both")

    # Remove the expectations, keeping line numbers, so that CHECK-FIXES
    # cannot match its own text in the fixed file.
    cleaned = re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", text)
    checks = "-*," + args.checks

    modes = ["standalone", "plugin"] if args.mode == "both" else [args.mode]
    results = {}
    for mode in modes:
        path = "%s.%s.cpp" % (args.temp, mode)
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(cleaned)
        if mode == "standalone":
            command = [args.assoc_tidy, "--quiet"]
        else:
            command = [args.clang_tidy, "--quiet", "--load=" + args.plugin]
        # --fix-errors: both tools apply error-level fix-its, and fix even
        # code that does not compile, so that both runs are comparable.
        command += ["--fix-errors", "--checks=" + checks] + tool_args
        command += [path, "--"] + compiler_args
        code, out, err = run(command)
        sys.stderr.write(out + err)
        if code not in (0, 1):
            fail("%s exited with %d" % (mode, code))
        output_path = path + ".msg"
        with open(output_path, "w", encoding="utf-8") as f:
            f.write(out)
        if wanted["MESSAGES"]:
            file_check(output_path, args.input, prefixes["MESSAGES"],
                       ["-implicit-check-not={{warning|error}}:"])
        elif wanted["NOTES"]:
            file_check(output_path, args.input, prefixes["NOTES"],
                       ["-implicit-check-not={{note|warning|error}}:"])
        elif diagnostics(out, path):
            fail("%s printed diagnostics the test does not expect" % mode)
        if wanted["FIXES"]:
            file_check(path, args.input, prefixes["FIXES"],
                       ["-strict-whitespace"])
        results[mode] = diagnostics(out, path)

    if len(results) == 2 and results["standalone"] != results["plugin"]:
        fail("the standalone driver and the plugin disagree:\n"
             "standalone:\n  " + "\n  ".join(results["standalone"]) +
             "\nplugin:\n  " + "\n  ".join(results["plugin"]))


if __name__ == "__main__":
    main()
