"""The pages of the main window: library, player, history, learn, welcome."""
