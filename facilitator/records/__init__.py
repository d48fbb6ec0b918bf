"""Storage of what a facilitator records: models, store, migrations, backups. No Qt.

The interface uses `open_store()` and the `Store` it returns; failures are `StoreError`
subclasses from `facilitator.records.errors`.
"""
