"""The main window's parts: sidebar, queue panel, item pane and its tabs."""
