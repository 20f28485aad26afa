"""The benchmarks run as scripts (``python benchmarks/eod.py``): Python puts their folder
first on the import path, so a benchmark named like a standard module (``warnings.py``)
would stand in for it and break every other benchmark before it starts."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def test_no_benchmark_shadows_a_standard_module():
    names = {p.stem for p in BENCH.glob("*.py")}
    assert names, "no benchmarks found"
    assert not names & set(sys.stdlib_module_names), names & set(sys.stdlib_module_names)


def test_each_benchmark_starts_as_a_script():
    for p in sorted(BENCH.glob("*.py")):
        if p.stem in ("__init__", "sqlfloor"):
            continue
        out = subprocess.run([sys.executable, str(p), "--help"], capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, (p.name, out.stderr[-2000:])
        assert "usage" in out.stdout.lower(), p.name
