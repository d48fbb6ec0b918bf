"""Storage of what a facilitator records: models, store, migrations, backups. No Qt."""
