"""Qt item models: one per table, columns as an IntEnum, custom roles for ids and sort keys."""
