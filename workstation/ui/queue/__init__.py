"""The application queue and the import dialog."""
