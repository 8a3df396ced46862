"""Qt objects that are not widgets: the session runner, background tasks, timers, reminders, the single
instance. Below the pages and dialogs, above speech and the store."""
