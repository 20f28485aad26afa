"""The signed-in user as services see it."""
from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    """The signed-in user as services see it (never an ORM object)."""
    id: int
    username: str
    display_name: str
    roles: frozenset[str]
    supervisor_id: int | None = None

    def has(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    def require(self, *roles: str, action: str) -> None:
        if not self.has(*roles):
            raise PermissionDenied("needs_role", user=self.username, action=action, roles=roles)

