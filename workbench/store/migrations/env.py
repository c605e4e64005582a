"""Alembic environment: always run from :func:`workbench.store.schema_version.upgrade_to_head`."""

from alembic import context

from workbench.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
