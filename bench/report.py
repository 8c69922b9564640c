"""Cold and warm `factcheck report` on the seeds: wall time and peak memory.

Cold: an empty store, so the model loads and every claim is embedded. Warm: the same store
again, every claim cached, so torch must never be imported (checked, not assumed).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import SEEDS, factcheck_cmd, run_measured

_TORCH_PROBE = (
    "import sys, runpy; sys.argv = ['factcheck', 'report']\n"
    "try:\n    runpy.run_module('factcheck', run_name='__main__')\n"
    "except SystemExit:\n    pass\n"
    "print('torch' in sys.modules)\n"
)


def run(repeats: int = 3) -> dict[str, float | bool]:
    cold, cold_mem, warm, warm_mem = [], [], [], []
    env = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_MODEL", "FACTCHECK_DB")}
    env["HF_HUB_OFFLINE"] = "1"
    torch_loaded = True
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            shutil.copytree(SEEDS, work / "seeds")
            t, m = run_measured(factcheck_cmd("report"), work, env)
            cold.append(t)
            cold_mem.append(m)
            t, m = run_measured(factcheck_cmd("report"), work, env)
            warm.append(t)
            warm_mem.append(m)
            probe = subprocess.run(
                [sys.executable, "-c", _TORCH_PROBE],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            torch_loaded = probe.stdout.strip().splitlines()[-1] == "True"
    return {
        "report_cold_s": statistics.median(cold),
        "report_cold_peak_mib": max(cold_mem),
        "report_warm_s": statistics.median(warm),
        "report_warm_peak_mib": max(warm_mem),
        "report_warm_imports_torch": torch_loaded,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:32} {value}")
