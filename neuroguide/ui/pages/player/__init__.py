"""The player page, built from its views: the step, the bars below it, the controls, and the views
for a session that is over."""

from neuroguide.ui.pages.player.page import PlayerPage
from neuroguide.ui.pages.player.words import clock_text, minutes_text, side_words

__all__ = ["PlayerPage", "clock_text", "minutes_text", "side_words"]
