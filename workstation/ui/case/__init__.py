"""The case file: its tabs, the interview, the recommendation and the sign-off."""
