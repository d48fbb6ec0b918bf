"""What leaves the laptop: summaries as data, PDF, bundles, CSV, import. No Qt."""
