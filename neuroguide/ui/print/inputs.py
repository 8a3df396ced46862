"""What the person set in Settings for the report: their date of birth, the day of their last
appointment and the paper. Plain values, read in the window and by the command line alike."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from neuroguide.core.settings import Settings
from neuroguide.core.settings.days import given_day


class ReportInputs(NamedTuple):
    """None where the person set nothing."""

    birth: date | None = None
    visit: date | None = None  # the day of the last appointment
    paper: str | None = None  # "a4" or "letter"; None follows the locale


def report_inputs(settings: Settings | None) -> ReportInputs:
    if settings is None:
        return ReportInputs()
    birth, visit = given_day(settings.text("profile_birth")), given_day(settings.text("last_visit"))
    return ReportInputs(birth, visit, settings.text("report_paper") or None)
