"""Who is signed in to the member area, and how: what the member area is built from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from app.subsidy import VerificationMethod

if TYPE_CHECKING:
    from app.platform.client import PlatformClient
    from app.platform.models import Applicant
    from ui.member.signing import SignatureRequester

PASSWORD_LOGIN: Literal["password"] = "password"  # noqa: S105 - a login method, not a secret
LoginMethod = VerificationMethod | Literal["password"]
"""How the member logged in: a verification method, or ``"password"`` (read only)."""


@dataclass(frozen=True)
class MemberSession:
    """A logged-in member: what the member area needs."""

    client: PlatformClient
    applicant: Applicant
    signer: SignatureRequester | None
    """None when this session cannot sign (a password login, or an application whose card
    was taken out): the member area may read, not sign."""
    method: LoginMethod
    recommended_categories: tuple[str, ...] = ()
    """Solution categories the self-assessment recommended (right after an application)."""

    @property
    def read_only(self) -> bool:
        """True when nothing can be signed in this session."""
        return self.signer is None

    @property
    def by_password(self) -> bool:
        """Logged in with the account's password (not a card or a phone)."""
        return self.method == PASSWORD_LOGIN
