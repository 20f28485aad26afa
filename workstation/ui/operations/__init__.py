"""Operations: users, backup, first-run setup, settings, the branch server."""
