#!/usr/bin/env python3
"""Tests of generate.py's layouts, run on demand (not under lit or ctest):

    python3 test/perf/generate_test.py

- the direct layout (the default) is the codebase of the generator before
  --layout: a digest of its headers, units and expected.json (fingerprint
  aside), taken with that generator, for N = 20, K = 2, seed 1;
- the transitive layout has the same planted findings (check, file, line);
  its units include no standard header and no vocabulary themselves, its
  ordinary units do not reach the vocabulary through their headers (the
  prefilter skips them), every project header includes project/common.h;
- a model unit and an ordinary unit of it compile with clang++-19
  -fsyntax-only (skipped without clang++-19).
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import generate  # noqa: E402

# generate.py --models 20 --plain-per-model 2 --seed 1 before --layout existed.
DIRECT_N20_K2_S1 = '04e9480a7b9dbfdfac91074ce4439baf1527b02755f6a777176348cfaab667a9'
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def digest(directory, expected):
    h = hashlib.sha256()
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for f in sorted(files):
            path = os.path.join(root, f)
            rel = os.path.relpath(path, directory)
            if not rel.startswith(('include' + os.sep, 'src' + os.sep)):
                continue
            h.update(rel.encode() + b'\0')
            with open(path, 'rb') as fh:
                h.update(fh.read())
            h.update(b'\0')
    rest = dict(expected)
    rest.pop('fingerprint', None)
    h.update(json.dumps(rest, sort_keys=True).encode())
    return h.hexdigest()


def includes(path):
    with open(path) as f:
        return INCLUDE.findall(f.read())


class Layouts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='assoc-generate-test-')
        cls.dirs, cls.expected = {}, {}
        for layout in generate.LAYOUTS:
            out = os.path.join(cls.tmp, layout)
            cls.dirs[layout] = out
            cls.expected[layout] = generate.generate(20, 2, 1, out, layout)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_direct_is_the_codebase_before_layouts(self):
        self.assertEqual(digest(self.dirs['direct'], self.expected['direct']), DIRECT_N20_K2_S1)

    def test_default_is_direct(self):
        out = os.path.join(self.tmp, 'default')
        self.assertEqual(generate.generate(20, 2, 1, out), self.expected['direct'])
        self.assertEqual(digest(out, self.expected['direct']), DIRECT_N20_K2_S1)

    def test_same_planted_findings(self):
        d, t = self.expected['direct'], self.expected['transitive']
        self.assertEqual(t['planted'], d['planted'])
        self.assertEqual(t['findings'], d['findings'])
        self.assertEqual(t['units'], d['units'])

    def test_transitive_units_include_project_headers_only(self):
        out = self.dirs['transitive']
        with open(os.path.join(out, 'compile_commands.json')) as f:
            db = json.load(f)
        plain = 0
        for e in db:
            incs = includes(e['file'])
            self.assertTrue(incs, e['file'])
            for kind, name in incs:
                self.assertEqual(kind, '"', '%s includes <%s>' % (e['file'], name))
                self.assertTrue(os.path.exists(os.path.join(out, 'include', name)), name)
            is_model = os.path.exists(os.path.join(out, 'include', os.path.relpath(
                e['file'], os.path.join(out, 'src')))[:-4] + '.h')
            if not is_model:
                plain += 1
                self.assertFalse(self.reaches_vocabulary(out, [n for _, n in incs]), e['file'])
        self.assertEqual(plain, self.expected['transitive']['plain_units'])

    def reaches_vocabulary(self, out, names):
        seen, todo = set(), list(names)
        while todo:
            name = todo.pop()
            if name == 'assoc/associations.hpp':
                return True
            path = os.path.join(out, 'include', name)
            if name in seen or not os.path.exists(path):
                continue  # a standard header
            seen.add(name)
            todo.extend(n for _, n in includes(path))
        return False

    def test_transitive_headers(self):
        include = os.path.join(self.dirs['transitive'], 'include')
        headers = [os.path.relpath(os.path.join(r, f), include)
                   for r, _, fs in os.walk(include) for f in fs]
        self.assertIn(generate.COMMON_HEADER, headers)
        std = set()
        for h in headers:
            incs = includes(os.path.join(include, h))
            std |= {n for k, n in incs if k == '<' and n != 'assoc/associations.hpp'}
            if h != generate.COMMON_HEADER:
                self.assertIn(('"', generate.COMMON_HEADER), incs, h)
            vocabulary = ('<', 'assoc/associations.hpp') in incs
            self.assertEqual(vocabulary, not h.endswith('/support.h') and h != generate.COMMON_HEADER, h)
        self.assertTrue({h.strip('<>') for h in generate.STL_HEADERS} <= std, std)

    @unittest.skipUnless(shutil.which('clang++-19'), 'no clang++-19')
    def test_transitive_units_compile(self):
        out = self.dirs['transitive']
        with open(os.path.join(out, 'compile_commands.json')) as f:
            db = json.load(f)
        # The first unit is a model's; the second an ordinary unit of it.
        for e in db[:2]:
            argv = [a for a in e['arguments'] if a != '-c']
            argv = argv[:argv.index('-o')] + ['-fsyntax-only']
            p = subprocess.run(argv, cwd=e['directory'], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, '%s: %s' % (e['file'], p.stderr[-2000:]))
            self.assertNotIn('error:', p.stderr)


if __name__ == '__main__':
    unittest.main()
