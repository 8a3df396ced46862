"""The settings the app keeps for its own use: remembered between runs, never shown in the dialog."""

from __future__ import annotations

from neuroguide.core.settings.setting import Setting

KEPT_FOR_THE_APP: tuple[Setting, ...] = (
    Setting("ask_before_session", True, "Ask for symptom scores before each session."),
    Setting("weekly_goal", 3, "How many sessions a week you aim for.", low=1, high=14),
    Setting("welcomed", False, "The first-run welcome was shown."),
    Setting("standing_answers", {}, "The safety answers that do not change from day to day."),
    Setting("window_sizes", {}, "The size the person last gave each window, by window."),
    Setting("told_about_background", False, "The person was told that closing keeps reminders running."),
    Setting("function_offered_on", "", "The day the weekly questions about daily life were last offered."),
    Setting("bad_day_on", "", "The day the person said on the library page was a bad day (YYYY-MM-DD)."),
    Setting("reminder_set_up_at", "", "When the reminder was last turned on or its time or days changed."),
    Setting(
        "autostart_made", False, "NeuroGuide made the log-in entry (and will not remake one you removed)."
    ),
)
