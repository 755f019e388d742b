#!/usr/bin/env python3
"""First frame by hand, as README "Benchmarks: planner" reports it: the installed planner's `--once` on a
10 000-member file, launched alternately with the hello-world start (`dotnet CoMarketing.Benchmarks.dll hello`),
wall time per launch, medians. The BenchmarkDotNet form is `--filter '*Startup*'` (it publishes both installs itself).

    python3 tests/CoMarketing.Benchmarks/Tui/first-frame.py INSTALLED_DIR DATABASE [LAUNCHES]

INSTALLED_DIR holds `comarketing` (Native AOT) or `comarketing.dll` (ReadyToRun); DATABASE is made by
`dotnet run -c Release --project tests/CoMarketing.Benchmarks -- synthetic 10000 FILE`.
"""
import os, statistics, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))
hello = os.path.join(here, '..', 'bin', 'Release', 'net10.0', 'CoMarketing.Benchmarks.dll')
installed, database = sys.argv[1], sys.argv[2]
launches = int(sys.argv[3]) if len(sys.argv) > 3 else 30
native = os.path.join(installed, 'comarketing')
planner = ([native] if not os.path.exists(os.path.join(installed, 'comarketing.dll')) else ['dotnet', native + '.dll'])
forms = {'hello world': ['dotnet', hello, 'hello'], 'planner --once': planner + ['--once', '--lang', 'en', '--db', database]}
env = dict(os.environ, NO_COLOR='1')
times = {name: [] for name in forms}
for command in forms.values():
    for _ in range(3):
        subprocess.run(command, stdout=subprocess.DEVNULL, env=env, check=True)
for _ in range(launches):
    for name, command in forms.items():
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.PIPE, env=env)
        elapsed = (time.perf_counter() - start) * 1000
        if done.returncode != 0 or not done.stdout:
            sys.exit(f'{name} failed with exit code {done.returncode}')
        times[name].append(elapsed)
base = statistics.median(times['hello world'])
for name, values in times.items():
    median = statistics.median(values)
    print(f'{name:16s} median {median:7.1f} ms  min {min(values):7.1f} ms  {median / base:5.2f}x')
