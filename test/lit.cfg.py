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
                 "clangd", "schema", "postgres"]:
        if name != suite:
            config.excludes.append(name)

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])

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
