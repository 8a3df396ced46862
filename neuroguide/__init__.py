"""NeuroGuide: guided hand and foot self-massage for people living with peripheral neuropathy."""

__version__ = "0.1.0"
APP_NAME = "NeuroGuide"
