"""A real notification server for the tests: dunst, on a virtual X display and a session bus of its
own, with a person's choice of an action made through dunst itself.

dunst offers a notification's actions in a menu: it writes one line an action to its ``dmenu``
program, ``#<words> (<summary>) [<id>,<key>]``, and invokes the line that program prints. Here that
program picks the line of the action the test asks for, as a person picking it from the menu would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import unwrap_msg

from tests.atspi_reader import Desktop

TOOLS = ("Xvfb", "dbus-daemon", "dunst", "dunstctl")

PICK = """#!/bin/sh
# dunst's menu: the line of the action named in the file "choice", as a person would choose it
input=$(cat)
printf '%s\\n' "$input" >> "{folder}/menu.log"
printf '%s\\n' "$input" | grep -F -- ",$(cat "{folder}/choice")]" | head -n 1
"""

DUNSTRC = """[global]
    monitor = 0
    follow = none
    width = 400
    origin = top-right
    dmenu = {folder}/pick
    mouse_left_click = do_action, close_current
    history_length = 20
    sticky_history = yes
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class NotificationDesktop(Desktop):
    """Xvfb, a private session bus and dunst, stopped together."""

    def __init__(self, folder: Path, deadline: float) -> None:
        super().__init__(folder, launcher="", deadline=deadline)
        self.address = ""

    def _start(self) -> None:
        self.address = self.start_display_and_bus()
        pick = self.folder / "pick"
        pick.write_text(PICK.format(folder=self.folder))
        pick.chmod(0o755)
        (self.folder / "dunstrc").write_text(DUNSTRC.format(folder=self.folder))
        self.spawn("dunst", ["dunst", "-config", str(self.folder / "dunstrc")], env=self.env)
        with open_dbus_connection(bus=self.address) as session:
            owned = message_bus.NameHasOwner("org.freedesktop.Notifications")
            while not unwrap_msg(session.send_and_get_reply(owned))[0]:
                if time.monotonic() > self.deadline:
                    raise TimeoutError("dunst never took org.freedesktop.Notifications\n" + self.logs())
                time.sleep(0.02)  # dunst starting: a process, not a routine, is waited for

    def dunstctl(self, *args: str) -> str:
        result = subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=10, check=True
        )
        return result.stdout

    def choose(self, key: str) -> None:
        """Open the notification's menu and choose the action ``key``, as a person would."""
        (self.folder / "choice").write_text(key)
        self.dunstctl("context")

    def displayed(self) -> int:
        return int(self.dunstctl("count", "displayed").strip())

    def history(self) -> list[dict[str, object]]:
        """The notifications dunst has closed, newest first, each field's value."""
        found = json.loads(self.dunstctl("history"))["data"][0]
        return [{name: field["data"] for name, field in entry.items()} for entry in found]
