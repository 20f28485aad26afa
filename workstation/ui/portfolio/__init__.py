"""The portfolio screen: tiles, charts and drill-downs."""
