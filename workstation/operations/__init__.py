"""Operations (issue 18): backup and restore, first-run setup, the branch server.

Service conventions as in ``workstation.services``: every public function that takes the
store takes the acting user next, ``(store, actor, ...)``."""
