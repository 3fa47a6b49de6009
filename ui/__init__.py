"""Qt widgets of the desktop client: windows, pages, dialogs and background workers."""
