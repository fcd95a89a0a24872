# lit configuration of assoc-tidy's end-to-end tests.
import os

import lit.formats

config.name = "assoc-tidy"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.assoc_binary_root, "test")
config.excludes = ["Inputs", "unit", "perf", "fuzz", "sarif", "CMakeLists.txt",
                   "SemanticsTable.cpp"]

# ctest runs one suite (a subdirectory) per test; lit alone runs them all.
suite = lit_config.params.get("assoc_suite")
if suite:
    for name in ["checks", "tool", "vocabulary", "examples", "semantics",
                 "clangd", "schema", "postgres", "robustness"]:
        if name != suite:
            config.excludes.append(name)

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])

# Under sanitizers, the instrumented plugin is loaded by Debian's clang-tidy,
# which is not: the runtime must come first in that process. Only there: a
# runtime preloaded into every process breaks others (bash and python crash
# under ThreadSanitizer's, PostgreSQL's initdb hangs under AddressSanitizer's),
# so clang-tidy is run through a wrapper that preloads it. Leaks are not
# checked: LLVM's tools exit without freeing, by design.
if config.sanitize:
    import subprocess
    runtimes = []
    for part, library in (("address", "libasan.so"), ("thread", "libtsan.so"),
                          ("undefined", "libubsan.so")):
        if part in config.sanitize:
            runtimes.append(subprocess.check_output(
                [config.cxx_compiler, "-print-file-name=" + library],
                text=True).strip())
    if "address" in config.sanitize:
        runtimes = [r for r in runtimes if "ubsan" not in r]
    wrapper = os.path.join(config.assoc_binary_root, "test", "clang-tidy-sanitized")
    os.makedirs(os.path.dirname(wrapper), exist_ok=True)
    with open(wrapper, "w") as f:
        f.write('#!/bin/sh\nLD_PRELOAD="%s" exec "%s" "$@"\n'
                % (" ".join(runtimes), config.clang_tidy))
    os.chmod(wrapper, 0o755)
    config.clang_tidy = wrapper
    config.environment["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=1"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    config.environment["TSAN_OPTIONS"] = "halt_on_error=1:suppressions=" + \
        os.path.join(config.assoc_source_root, "test", "tsan.supp")

include_dir = os.path.join(config.assoc_source_root, "include")
harness = os.path.join(config.assoc_source_root, "test", "check_assoc_tidy.py")
config.substitutions.append(
    ("%check_assoc_tidy",
     "%s %s --assoc-tidy=%s --clang-tidy=%s --plugin=%s --include=%s"
     % (config.python, harness, config.assoc_tidy, config.clang_tidy,
        config.assoc_plugin, include_dir)))
config.substitutions.append(("%assoc_tidy", config.assoc_tidy))
config.substitutions.append(("%clang_tidy", config.clang_tidy))
config.substitutions.append(("%assoc_plugin", config.assoc_plugin))
config.substitutions.append(("%assoc_include", include_dir))
config.substitutions.append(("%assoc_source", config.assoc_source_root))
config.substitutions.append(("%assoc_build", config.assoc_binary_root))
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(("%gxx", config.gxx))
config.substitutions.append(("%clangd", config.clangd))
config.substitutions.append(("%python", config.python))
