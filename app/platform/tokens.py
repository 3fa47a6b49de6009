"""Session tokens in keyring (account ``host[:port]/UBN``), never in plain files."""

from __future__ import annotations

from app.storage import SecretStore, default_secret_store, scope_account


class TokenStore:
    """Keeps one session token per platform and applicant."""

    def __init__(self, secrets: SecretStore | None = None) -> None:
        self.secrets = secrets or default_secret_store()

    def load(self, platform: str, ubn: str) -> str | None:
        """The saved token, or None."""
        return self.secrets.get(scope_account(platform, ubn))

    def save(self, platform: str, ubn: str, token: str) -> None:
        """Save the token of a new session."""
        self.secrets.set(scope_account(platform, ubn), token)

    def clear(self, platform: str, ubn: str) -> None:
        """Forget the token (sign-out, expiry)."""
        self.secrets.delete(scope_account(platform, ubn))
