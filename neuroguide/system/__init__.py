"""Plain Python about the person's machine: data folders, the folder lock, private files, the log and
calendar files. Below speech and the store, above the core."""
