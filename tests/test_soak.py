"""A minute of a guided session as a person lives it: the real window on a virtual display with a
window manager, a real sound server, the chime on, keys pressed at random; the sound server is killed
a third of the way through and started again at two thirds. See tests/soak.py; bench/soak.py runs it
for ten minutes.

Skipped, saying what to install, where the desktop tools are missing (the test command installs them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.soak import needed_tools, run_soak


def test_a_minute_of_keys_with_the_chime_on_and_the_sound_server_restarted(tmp_path: Path) -> None:
    missing = needed_tools()
    if missing:
        pytest.skip(f"needs the Debian packages {', '.join(missing)} (scripts/setup --dev installs them)")
    report = run_soak(1.0, sound=True, restart_server=True, folder=tmp_path)
    print(report.as_json())
    assert report.keys_pressed > 10 and report.running_minutes > 0.5
    assert report.freezes == 0, report
    assert report.longest_still_s < 2.0, report  # the countdown moved on every second
    assert report.longest_gap_ms < 500, report  # the window always answered
    assert report.socket_notifier_lines == 0, report.log_tail
    assert report.log_bytes < 4096, report.log_tail
    assert report.server_restarted and report.heard_again_after_s is not None, report
    assert report.heard_again_after_s < 15, report
