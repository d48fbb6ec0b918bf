"""The readiness check before a meeting: films, screens, safety card and materials."""
