#!/usr/bin/env python3
"""The whole-program benchmark of issue #12.

    bench.py --models N --plain-per-model K [--layout L] --jobs J --runs R

Generates (or reuses) the codebase of generate.py under
build/perf/n<N>-k<K>-s<S>/ (the direct layout, the default) or
build/perf/n<N>-k<K>-s<S>-<L>/ (--layout=transitive: units include project
headers only, which include the standard headers; see generate.py) and
measures, on it and with J jobs:

  floor       clang++-19 -fsyntax-only on every unit, J processes at a time
  clang-tidy  stock clang-tidy-19, one cheap check and no assoc check
              (--checks='-*,readability-braces-around-statements'), J at a time
  plugin      the same, with --load=AssocTidyModule.so and assoc-* added
  cold        assoc-tidy -p DIR -j J --no-cache
  fill        assoc-tidy -p DIR -j J, the cache removed first (fills it)
  warm        assoc-tidy -p DIR -j J again (the cache is full, nothing changed)

Each measured run is one child process (the tool, or a small pool of J
workers that runs the per-unit commands) waited for with wait4(): wall time,
CPU time (user + sys of the child and of everything it waited for) and peak
RSS (ru_maxrss: the largest single process of the tree, not the sum of the J
processes running at once). The table shows medians of R runs; the
configurations are interleaved within each run.

Every plugin, cold, fill and warm run must report exactly the planted
findings of DIR/expected.json: the same count per check, at the same
(file, line). Diagnostics in headers printed by several units of the plugin
run are counted once. The warm run must print what the cold run printed.
Exit status 1 when a run reports anything else, fails, or crashes.
"""

import argparse
import collections
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CLANGXX = 'clang++-19'
CLANG_TIDY = 'clang-tidy-19'
ASSOC_TIDY = os.path.join(REPO, 'build', 'bin', 'assoc-tidy')
PLUGIN = os.path.join(REPO, 'build', 'lib', 'assoc-tidy', 'AssocTidyModule.so')
CHEAP_CHECK = 'readability-braces-around-statements'
LAYOUTS = ['direct', 'transitive']  # generate.py's

CONFIGS = ['floor', 'clang-tidy', 'plugin', 'cold', 'unshared', 'fill', 'warm']
LABELS = {
    'floor': '`clang++-19 -fsyntax-only` per unit (floor)',
    'clang-tidy': 'stock `clang-tidy-19`, no assoc check',
    'plugin': '`clang-tidy-19` + plugin, `assoc-*`',
    'cold': '`assoc-tidy -p` cold (`--no-cache`)',
    'unshared': '`assoc-tidy -p` cold, `--no-shared-preamble`',
    'fill': '`assoc-tidy -p`, first run (fills the cache)',
    'warm': '`assoc-tidy -p`, warm (cache full)',
}

DIAG = re.compile(r'^(.+?):(\d+):(\d+): (warning|error): (.*) \[([A-Za-z0-9_.,-]+)\]$')
STATS = re.compile(r'^assoc-tidy: (?:\d+ translation units: .*|\d+ shared preambles?, .*)$', re.M)


# ---------------------------------------------------------------------------
# The pool: `bench.py _pool J commands.json outdir` runs each command with
# its stdout and stderr in outdir/<i>.out and .err, J at a time, and writes
# the exit codes to outdir/codes.json.


def pool_main(jobs, commands_path, outdir):
    from concurrent.futures import ThreadPoolExecutor
    with open(commands_path) as f:
        commands = json.load(f)

    def run(i):
        cmd = commands[i]
        with open(os.path.join(outdir, '%d.out' % i), 'wb') as out, \
                open(os.path.join(outdir, '%d.err' % i), 'wb') as err:
            return subprocess.run(cmd['argv'], cwd=cmd['cwd'], stdout=out, stderr=err).returncode

    with ThreadPoolExecutor(max_workers=jobs) as ex:
        codes = list(ex.map(run, range(len(commands))))
    with open(os.path.join(outdir, 'codes.json'), 'w') as f:
        json.dump(codes, f)
    return 0


# ---------------------------------------------------------------------------


TICK = os.sysconf('SC_CLK_TCK')


def busy_seconds():
    """CPU seconds the whole machine has spent busy (every process, not only
    ours), from /proc/stat; None where there is none."""
    try:
        with open('/proc/stat') as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / TICK


def wait_until_quiet(limit):
    """Waits, up to `limit` seconds, until the machine is idle (other users'
    processes below a quarter of a core over two seconds). Returns the load
    last seen, in cores."""
    deadline = time.monotonic() + limit
    while True:
        b0, t0 = busy_seconds(), time.monotonic()
        time.sleep(2)
        b1, t1 = busy_seconds(), time.monotonic()
        if b0 is None or b1 is None:
            return 0.0
        load = (b1 - b0) / (t1 - t0)
        if load < 0.25 or time.monotonic() > deadline:
            return load


def measure(argv, cwd, stdout_path, stderr_path):
    """Runs argv as one child; returns (exit code, wall s, cpu s, peak RSS
    MiB, CPU seconds other processes of the machine used meanwhile)."""
    with open(stdout_path, 'wb') as out, open(stderr_path, 'wb') as err:
        busy0 = busy_seconds()
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        busy1 = busy_seconds()
        proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    other = max(0.0, busy1 - busy0 - cpu) if busy0 is not None and busy1 is not None else 0.0
    return proc.returncode, wall, cpu, usage.ru_maxrss / 1024.0, other


def identity():
    """What is measured: the commit, whether the tree is clean, the binaries."""
    import hashlib

    def digest(path):
        try:
            with open(path, 'rb') as f:
                return hashlib.sha256(f.read()).hexdigest()[:12]
        except OSError:
            return '?'
    try:
        head = subprocess.run(['git', '-C', REPO, 'rev-parse', '--short', 'HEAD'],
                              capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(['git', '-C', REPO, 'status', '--porcelain', '--untracked-files=no'],
                               capture_output=True, text=True).stdout.split('\n')
        dirty = [d[3:] for d in dirty if d.strip()]
    except OSError:
        head, dirty = '?', []
    return {'commit': head, 'modified': dirty,
            'assoc-tidy': digest(ASSOC_TIDY), 'plugin': digest(PLUGIN)}


def load_db(directory):
    with open(os.path.join(directory, 'compile_commands.json')) as f:
        return json.load(f)


def syntax_only_argv(entry):
    args = list(entry['arguments'])
    out = [args[0], '-fsyntax-only']
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a == '-o':
            skip = True
            continue
        if a == '-c':
            continue
        out.append(a)
    return out


def unit_commands(config, directory, db):
    header_filter = '^' + re.escape(os.path.join(directory, 'include') + os.sep)
    cmds = []
    for e in db:
        if config == 'floor':
            argv = syntax_only_argv(e)
        elif config == 'clang-tidy':
            argv = [CLANG_TIDY, '--quiet', '--checks=-*,' + CHEAP_CHECK,
                    '--header-filter=' + header_filter, '-p', directory, e['file']]
        elif config == 'plugin':
            argv = [CLANG_TIDY, '--quiet', '--load=' + PLUGIN,
                    '--checks=-*,%s,assoc-*' % CHEAP_CHECK,
                    '--header-filter=' + header_filter, '-p', directory, e['file']]
        cmds.append({'argv': argv, 'cwd': e['directory']})
    return cmds


def assoc_tidy_argv(config, directory, jobs):
    header_filter = '^' + re.escape(os.path.join(directory, 'include') + os.sep)
    argv = [ASSOC_TIDY, '-p', directory, '-j', str(jobs), '-v', '--format=json',
            '--header-filter=' + header_filter]
    if config in ('cold', 'unshared'):
        argv.append('--no-cache')
    if config == 'unshared':
        # Every unit parsed as written: its findings must be the cold
        # run's, byte for byte (checked below), and the difference in time
        # is what the shared preambles save.
        argv.append('--no-shared-preamble')
    return argv


class Findings:
    """Findings of one run: count per check and the set of (file, line, check)."""

    def __init__(self):
        self.keys = {}  # (file, line, column, check) -> message

    def add(self, directory, path, line, column, check, message):
        rel = os.path.relpath(path, directory) if os.path.isabs(path) else path
        self.keys.setdefault((rel, int(line), int(column), check), message)

    def counts(self):
        return collections.Counter(k[3] for k in self.keys)

    def places(self):
        return {(k[0], k[1], k[3]) for k in self.keys}


def parse_clang_tidy(directory, outdir, n, problems):
    found = Findings()
    others = collections.Counter()
    for i in range(n):
        with open(os.path.join(outdir, '%d.out' % i), errors='replace') as f:
            for line in f:
                m = DIAG.match(line.rstrip('\n'))
                if not m:
                    continue
                path, ln, col, _sev, msg, check = m.groups()
                if check.startswith('assoc-'):
                    key = (os.path.relpath(path, directory), int(ln), int(col), check)
                    if key in found.keys and found.keys[key] != msg:
                        problems.append('plugin: two units give one finding different messages at %s:%s:%s: %r / %r'
                                        % (key[0], ln, col, found.keys[key], msg))
                    found.add(directory, path, ln, col, check, msg)
                else:
                    others[check] += 1
    return found, others


def parse_assoc_tidy(directory, stdout_path, problems, label):
    found = Findings()
    try:
        with open(stdout_path) as f:
            data = json.load(f)
    except (OSError, ValueError) as err:
        problems.append('%s: no JSON on stdout (%s)' % (label, err))
        return found, None
    for d in data.get('diagnostics', []):
        found.add(directory, d['file'], d['line'], d['column'], d['check'], d['message'])
    return found, data


def verify(label, found, expected, problems):
    want = collections.Counter({k: v for k, v in expected['findings'].items() if v})
    got = found.counts()
    if got != want:
        checks = sorted(set(got) | set(want))
        diff = ', '.join('%s %d (expected %d)' % (c, got.get(c, 0), want.get(c, 0))
                         for c in checks if got.get(c, 0) != want.get(c, 0))
        problems.append('%s: findings per check differ from expected.json: %s' % (label, diff))
    planted = {(p['file'], p['line'], p['check']) for p in expected['planted']}
    places = found.places()
    for p in sorted(places - planted):
        problems.append('%s: unexpected finding %s:%d [%s]' % (label, *p))
    for p in sorted(planted - places):
        problems.append('%s: missing finding %s:%d [%s]' % (label, *p))
    return got


def ensure_codebase(args, directory):
    expected_path = os.path.join(directory, 'expected.json')
    sys.path.insert(0, HERE)
    import generate  # noqa: E402

    class A:
        models, plain_per_model, seed = args.models, args.plain_per_model, args.seed
        layout = args.layout
    want = generate.fingerprint(A)
    try:
        with open(expected_path) as f:
            if json.load(f).get('fingerprint') == want:
                print('bench.py: reusing %s' % directory, file=sys.stderr)
                return
    except (OSError, ValueError):
        pass
    print('bench.py: generating %s' % directory, file=sys.stderr)
    subprocess.run([sys.executable, os.path.join(HERE, 'generate.py'), '--models', str(args.models),
                    '--plain-per-model', str(args.plain_per_model), '--seed', str(args.seed),
                    '--layout', args.layout, '--out', directory], check=True)


def machine():
    model = '?'
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    model = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    mem = '?'
    try:
        with open('/proc/meminfo') as f:
            for line in f:
                if line.startswith('MemTotal:'):
                    mem = '%.1f GiB' % (int(line.split()[1]) / 1024.0 / 1024.0)
    except OSError:
        pass
    try:
        os_name = platform.freedesktop_os_release().get('PRETTY_NAME', platform.system())
    except (OSError, AttributeError):
        os_name = platform.system()
    return {'nproc': os.cpu_count(), 'cpu': model, 'ram': mem, 'os': os_name,
            'kernel': platform.release()}


def version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True).stdout
        for line in out.splitlines():
            if 'version' in line.lower():
                return line.strip()
    except OSError:
        pass
    return '?'


def fmt(x, digits=2):
    return '%.*f' % (digits, x)


def plugin_ab(directory, db, units, rounds, expected, layout):
    """The plugin's overhead, paired: `units` units drawn from the database,
    each run through stock clang-tidy and through clang-tidy with the plugin
    back to back, one process at a time, the order alternating, `rounds`
    times. Other processes of a shared machine slow both halves of a pair
    alike, which the two separate pool runs of the table cannot promise."""
    import random
    picked = [db[i] for i in sorted(random.Random(0).sample(range(len(db)), min(units, len(db))))]
    header_filter = '^' + re.escape(os.path.join(directory, 'include') + os.sep)
    argvs = {
        'clang-tidy': lambda f: [CLANG_TIDY, '--quiet', '--checks=-*,' + CHEAP_CHECK,
                                 '--header-filter=' + header_filter, '-p', directory, f],
        'plugin': lambda f: [CLANG_TIDY, '--quiet', '--load=' + PLUGIN,
                             '--checks=-*,%s,assoc-*' % CHEAP_CHECK,
                             '--header-filter=' + header_filter, '-p', directory, f],
    }
    per_round = []
    totals = {'clang-tidy': 0.0, 'plugin': 0.0}
    for r in range(rounds):
        cpu = {'clang-tidy': 0.0, 'plugin': 0.0}
        for i, e in enumerate(picked):
            order = ['clang-tidy', 'plugin'] if (i + r) % 2 == 0 else ['plugin', 'clang-tidy']
            for config in order:
                _, _, c, _, _ = measure(argvs[config](e['file']), e['directory'], os.devnull, os.devnull)
                cpu[config] += c
        per_round.append(cpu['plugin'] / cpu['clang-tidy'] - 1)
        for k in totals:
            totals[k] += cpu[k]
        print('bench.py: plugin A/B round %d: clang-tidy %.2f s, plugin %.2f s CPU: %+.2f%%'
              % (r + 1, cpu['clang-tidy'], cpu['plugin'], 100 * per_round[-1]), file=sys.stderr)
    # A model's unit is src/<ns>/<model>.cpp, its header include/<ns>/<model>.h.
    models = sum(1 for e in picked if os.path.exists(
        os.path.join(directory, 'include', os.path.relpath(e['file'], os.path.join(directory, 'src')))[:-4] + '.h'))
    lines = ['Plugin overhead, paired: %d units (%d with models) of N = %d, K = %d, %s layout, each '
             'through stock clang-tidy-19 and clang-tidy-19 + plugin back to back, %d rounds'
             % (len(picked), models, expected['models'],
                expected['plain_units'] // max(1, expected['model_units']), layout, rounds),
             '',
             '| | CPU s, all rounds | plugin over stock |',
             '|---|---:|---:|',
             '| stock `clang-tidy-19`, no assoc check | %.2f | |' % totals['clang-tidy'],
             '| `clang-tidy-19` + plugin, `assoc-*` | %.2f | %+.2f%% |'
             % (totals['plugin'], 100 * (totals['plugin'] / totals['clang-tidy'] - 1)),
             '',
             '- per round: %s (median %+.2f%%)' % (', '.join('%+.2f%%' % (100 * x) for x in per_round),
                                                  100 * statistics.median(per_round))]
    print('\n'.join(lines))
    return 0


def main(argv=None):
    global ASSOC_TIDY, PLUGIN
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == '_pool':
        return pool_main(int(argv[1]), argv[2], argv[3])

    ap = argparse.ArgumentParser(description='The whole-program benchmark of issue #12.')
    ap.add_argument('--models', type=int, required=True)
    ap.add_argument('--plain-per-model', type=int, default=0)
    ap.add_argument('--jobs', type=int, default=os.cpu_count())
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--layout', choices=LAYOUTS, default='direct',
                    help='the codebase\'s includes (generate.py --layout): direct (default, the '
                    'layout of the earlier tables), each unit includes the standard headers itself; '
                    'transitive, as in real projects, units include project headers only and those '
                    'include the standard headers, the vocabulary (model headers) and a common header')
    ap.add_argument('--dir', help='codebase directory (default build/perf/n<N>-k<K>-s<S>, '
                    'with -<layout> appended for a layout other than direct)')
    ap.add_argument('--configs', default=','.join(CONFIGS),
                    help='comma-separated subset of ' + ','.join(CONFIGS))
    ap.add_argument('--json', help='also write the raw measurements here')
    ap.add_argument('--plugin-ab', type=int, default=0, metavar='UNITS',
                    help='instead of the table, measure the plugin\'s overhead paired on UNITS '
                    'units, --runs rounds')
    ap.add_argument('--no-snapshot', action='store_true',
                    help='run build/bin/assoc-tidy and the plugin in place instead of copies '
                    'taken at the start')
    ap.add_argument('--quiet-wait', type=float, default=60,
                    help='before each measured run, wait up to this many seconds for other '
                    'processes of the machine to go idle (0: do not wait)')
    args = ap.parse_args(argv)

    configs = [c for c in args.configs.split(',') if c]
    for c in configs:
        if c not in CONFIGS:
            ap.error('unknown configuration %r' % c)
    for tool in (CLANGXX, CLANG_TIDY):
        if not shutil.which(tool):
            ap.error('%s not found' % tool)
    for path in (ASSOC_TIDY, PLUGIN):
        if not os.path.exists(path):
            ap.error('%s not found: build assoc-tidy first' % path)

    directory = os.path.abspath(args.dir or os.path.join(
        REPO, 'build', 'perf', 'n%d-k%d-s%d%s' % (args.models, args.plain_per_model, args.seed,
                                                   '' if args.layout == 'direct' else '-' + args.layout)))
    ensure_codebase(args, directory)
    with open(os.path.join(directory, 'expected.json')) as f:
        expected = json.load(f)
    db = load_db(directory)
    cache_dir = os.path.join(directory, '.assoc-tidy-cache')
    work = tempfile.mkdtemp(prefix='assoc-bench-')

    command = 'test/perf/bench.py ' + ' '.join(shlex.quote(a) for a in argv)
    started = datetime.datetime.now(datetime.timezone.utc)
    print('bench.py: %d units (%d with models), %d models, %d planted findings, %s layout; jobs %d, runs %d'
          % (expected['units'], expected['model_units'], expected['models'], expected['total'],
             args.layout, args.jobs, args.runs), file=sys.stderr)

    ident = identity()
    if not args.no_snapshot:
        # Run copies: another build of the tree must not swap the binaries
        # (and so invalidate the cache) between two measured runs.
        snap = os.path.join(work, 'snapshot')
        os.makedirs(os.path.join(snap, 'bin'))
        os.makedirs(os.path.join(snap, 'lib', 'assoc-tidy'))
        ASSOC_TIDY = shutil.copy2(ASSOC_TIDY, os.path.join(snap, 'bin'))
        PLUGIN = shutil.copy2(PLUGIN, os.path.join(snap, 'lib', 'assoc-tidy'))
    if args.plugin_ab:
        try:
            return plugin_ab(directory, db, args.plugin_ab, args.runs, expected, args.layout)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    samples = {c: [] for c in configs}
    stats_lines = {c: set() for c in configs}
    problems = []
    outputs = {}
    for r in range(args.runs):
        for config in configs:
            label = '%s (run %d)' % (config, r + 1)
            outdir = os.path.join(work, '%s-%d' % (config, r))
            os.makedirs(outdir)
            stdout_path = os.path.join(outdir, 'stdout')
            stderr_path = os.path.join(outdir, 'stderr')
            if config in ('floor', 'clang-tidy', 'plugin'):
                cmds = unit_commands(config, directory, db)
                cmd_path = os.path.join(outdir, 'commands.json')
                with open(cmd_path, 'w') as f:
                    json.dump(cmds, f)
                run_argv = [sys.executable, os.path.abspath(__file__), '_pool', str(args.jobs),
                            cmd_path, outdir]
            else:
                if config == 'fill':
                    shutil.rmtree(cache_dir, ignore_errors=True)
                run_argv = assoc_tidy_argv(config, directory, args.jobs)
            if args.quiet_wait > 0:
                wait_until_quiet(args.quiet_wait)
            code, wall, cpu, rss, other = measure(run_argv, directory, stdout_path, stderr_path)
            samples[config].append({'wall': wall, 'cpu': cpu, 'rss': rss, 'other': other})
            print('bench.py: %-11s run %d: wall %7.2f s  cpu %7.2f s  rss %6.1f MiB  '
                  '(other processes: %.2f cores)'
                  % (config, r + 1, wall, cpu, rss, other / wall if wall else 0), file=sys.stderr)

            if config in ('floor', 'clang-tidy', 'plugin'):
                if code != 0:
                    problems.append('%s: the pool failed (exit %d)' % (label, code))
                    continue
                with open(os.path.join(outdir, 'codes.json')) as f:
                    codes = json.load(f)
                allowed = (0, 1) if config == 'plugin' else (0,)
                for i, c in enumerate(codes):
                    if c not in allowed:
                        with open(os.path.join(outdir, '%d.err' % i), errors='replace') as f:
                            tail = f.read()[-800:]
                        problems.append('%s: %s exited %d on %s: %s'
                                        % (label, cmds[i]['argv'][0], c, db[i]['file'], tail))
                if config == 'floor':
                    for i in range(len(cmds)):
                        with open(os.path.join(outdir, '%d.err' % i), errors='replace') as f:
                            text = f.read()
                        if 'error:' in text:
                            problems.append('%s: %s does not compile: %s' % (label, db[i]['file'], text[:800]))
                    continue
                found, others = parse_clang_tidy(directory, outdir, len(cmds), problems)
                if others:
                    problems.append('%s: findings of other checks: %s' % (label, dict(others)))
                if config == 'plugin':
                    verify(label, found, expected, problems)
                elif found.keys:
                    problems.append('%s: assoc findings without the plugin: %d' % (label, len(found.keys)))
            else:
                with open(stderr_path, errors='replace') as f:
                    err = f.read()
                stats = STATS.findall(err)
                stats_lines[config].update(stats)
                if code not in (0, 1):
                    problems.append('%s: assoc-tidy exited %d: %s' % (label, code, err[-1500:]))
                    continue
                found, data = parse_assoc_tidy(directory, stdout_path, problems, label)
                verify(label, found, expected, problems)
                if data is not None:
                    outputs[(config, r)] = data.get('diagnostics')
                    base = outputs.get(('cold', r)) or outputs.get(('cold', 0))
                    if base is not None and config != 'cold' and data.get('diagnostics') != base:
                        problems.append('%s: diagnostics differ from the cold run' % label)
                if config == 'warm' and stats and not re.search(r': 0 parsed, ', stats[0]):
                    problems.append('%s: the warm run parsed units: %s' % (label, stats[0]))

    if problems:
        print('bench.py: outputs kept in %s' % work, file=sys.stderr)
    else:
        shutil.rmtree(work, ignore_errors=True)
    if args.no_snapshot:
        ident_end = identity()
        if (ident['assoc-tidy'], ident['plugin']) != (ident_end['assoc-tidy'], ident_end['plugin']):
            problems.append('the binaries changed during the benchmark: %s, then %s' % (ident, ident_end))

    med = {c: {k: statistics.median(s[k] for s in samples[c]) for k in ('wall', 'cpu', 'rss', 'other')}
           for c in configs if samples[c]}
    floor = med.get('floor')
    lines = []
    lines.append('N = %d models, K = %d ordinary units per model unit, %s layout: %d units (%d with models), '
                 '%d planted findings; -j %d, median of %d run%s'
                 % (expected['models'], args.plain_per_model, args.layout, expected['units'],
                    expected['model_units'], expected['total'], args.jobs, args.runs,
                    '' if args.runs == 1 else 's'))
    lines.append('')
    lines.append('| configuration | wall s | CPU s | peak RSS MiB | CPU / floor | wall / floor | other load |')
    lines.append('|---|---:|---:|---:|---:|---:|---:|')
    for c in configs:
        if c not in med:
            continue
        m = med[c]
        rc = fmt(m['cpu'] / floor['cpu'], 3) if floor else '-'
        rw = fmt(m['wall'] / floor['wall'], 3) if floor else '-'
        lines.append('| %s | %s | %s | %s | %s | %s | %s |' % (
            LABELS[c], fmt(m['wall']), fmt(m['cpu']), fmt(m['rss'], 0), rc, rw,
            fmt(m['other'] / m['wall'] if m['wall'] else 0.0)))
    lines.append('')
    lines.append('- peak RSS: the largest single process (a pool runs %d at once); other load: cores '
                 'used meanwhile by other processes of the machine' % args.jobs)
    if 'cold' in med and 'warm' in med:
        lines.append('- warm / cold: CPU %.1f%%, wall %.1f%%'
                     % (100 * med['warm']['cpu'] / med['cold']['cpu'],
                        100 * med['warm']['wall'] / med['cold']['wall']))
    if 'plugin' in med and 'clang-tidy' in med:
        lines.append('- plugin over stock clang-tidy: CPU %+.1f%%, wall %+.1f%%'
                     % (100 * (med['plugin']['cpu'] / med['clang-tidy']['cpu'] - 1),
                        100 * (med['plugin']['wall'] / med['clang-tidy']['wall'] - 1)))
    for c in ('cold', 'unshared', 'fill', 'warm'):
        for s in sorted(stats_lines.get(c, ()), key=lambda l: ('preamble' in l, l)):
            lines.append('- %s: `%s`' % (c, s))
    lines.append('- measured: assoc-tidy at %s%s (assoc-tidy %s, plugin %s)'
                 % (ident['commit'], ' with changes to ' + ', '.join(ident['modified'])
                    if ident['modified'] else '', ident['assoc-tidy'], ident['plugin']))
    lines.append('- findings: %s' % ('every run reported exactly the %d planted findings of expected.json'
                                     % expected['total'] if not problems else
                                     '%d PROBLEMS (see stderr)' % len(problems)))
    table = '\n'.join(lines)
    print(table)

    for p in problems:
        print('bench.py: PROBLEM: ' + p, file=sys.stderr)

    if args.json:
        with open(args.json, 'w') as f:
            json.dump({'command': command, 'date': started.isoformat(), 'machine': machine(),
                       'layout': args.layout,
                       'versions': {'clang++': version([CLANGXX, '--version']),
                                    'clang-tidy': version([CLANG_TIDY, '--version'])},
                       'directory': directory, 'expected': expected['findings'],
                       'identity': ident, 'samples': samples, 'median': med, 'stats': {k: sorted(v) for k, v in stats_lines.items()},
                       'problems': problems, 'table': table}, f, indent=1)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
