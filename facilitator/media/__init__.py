"""Films: catalogue, player protocol and backends. QtCore only, never QtWidgets."""
