"""The main window, docks, dialogs and translations. Only ``cjdesigner.app`` imports this."""
