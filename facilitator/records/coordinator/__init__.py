"""The coordinator's store: data bundles from many laptops, hosts, retention, figures.

Apart from any facilitator's live store (its own tables and file); no Qt. `store.py` opens
it, `imports.py` brings bundles in, `queries.py` counts for the dashboard and the reports.
"""
