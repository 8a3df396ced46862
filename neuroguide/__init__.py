"""NeuroGuide: guided hand and foot self-massage for people living with peripheral neuropathy."""

__version__ = "0.2.0"
APP_NAME = "NeuroGuide"
APP_ID = "org.neuroguide.NeuroGuide"  # reverse DNS: the menu entry, icon, AppStream and D-Bus name
