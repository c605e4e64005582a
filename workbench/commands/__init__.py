"""Command-line subcommands, grouped by what they are for. Each module has ``register()``."""
