"""The window itself: main window, tray, theme, palette, shared labels, dialogs."""
