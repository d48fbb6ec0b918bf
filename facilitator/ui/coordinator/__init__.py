"""The coordinator dashboard: filters, figures as charts and tables, import and report."""
