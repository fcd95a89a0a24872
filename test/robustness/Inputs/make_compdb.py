"""Writes <build dir>/compile_commands.json: one entry per file, compiled
in <directory> with the flags after '--'.

    make_compdb.py <build dir> <directory> <file>... -- <flag>...
"""
import json
import os
import sys

args = sys.argv[1:]
split = args.index("--")
build, directory, files, flags = args[0], args[1], args[2:split], args[split + 1:]
os.makedirs(build, exist_ok=True)
entries = [{"directory": directory, "file": f,
            "arguments": ["clang++"] + flags + ["-c", f]} for f in files]
with open(os.path.join(build, "compile_commands.json"), "w",
          encoding="utf-8") as out:
    json.dump(entries, out, ensure_ascii=False, indent=1)
