"""The UI-stall guard as a benchmark: the worst event-loop gap per role and phase (log in, build, open and refresh
of every workspace) on the test demo plus a 3000-prescription dispensing queue. Runs tests/test_ui_stalls.py (its
real PostgreSQL, its data) and prints what it measured.

    .venv/bin/python bench/ui_stalls.py
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/test_ui_stalls.py", "-q", "-s", "-p", "no:randomly",
                          "-p", "no:cacheprovider"], cwd=ROOT, env=env, capture_output=True, text=True)
    lines = [line for line in run.stdout.splitlines() if ": worst " in line]
    print("worst event-loop gap per role (limit 100 ms; phases over 50 ms listed):")
    for line in lines:
        print(" ", line)
    print(run.stdout.splitlines()[-1] if run.stdout else run.stderr[-2000:])
    sys.exit(run.returncode)
