"""The Settings dialog, built from the settings' declarations (neuroguide.core.settings)."""

from neuroguide.ui.dialogs.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
