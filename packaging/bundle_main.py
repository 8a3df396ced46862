"""The self-contained bundle's program (PyInstaller's entry script): NeuroGuide's command line, and
``--run-module MODULE`` for the helper processes it starts, as ``python -m MODULE`` would run them
(neuroguide/system/installed_command.py)."""

from __future__ import annotations

import runpy
import sys

from neuroguide.system.installed_command import RUN_MODULE

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == RUN_MODULE:
        module = sys.argv[2]
        if not module.startswith("neuroguide."):
            sys.exit(f"{RUN_MODULE} runs NeuroGuide's own modules only, not {module!r}")
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        sys.exit(0)
    from neuroguide.cli import main

    sys.exit(main())
