"""The player page."""

from neuroguide.ui.pages.player.page import PlayerPage, clock_text, minutes_text, side_words

__all__ = ["PlayerPage", "clock_text", "minutes_text", "side_words"]
