"""Qt widgets: windows, views and dialogs."""
