"""After the loan: the warnings, collections and blacklist desks."""
