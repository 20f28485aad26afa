"""How the desk opens a database: the one door from the interface to the store
(the interface imports nothing of ``workstation.store`` itself)."""
from workstation.store.db import StoreError, normalise_url  # noqa: F401 - the desk's names for them
from workstation.store.session import Store  # noqa: F401
