"""The application's dialogs: register, export, settings, about, and the user guide.

Each module imports only what it needs; import the dialog from its module, e.g.
``from workbench.ui.dialogs.register_dialog import RegisterDialog``.
"""
