"""The dialogs: settings, check-in, screening, people."""
