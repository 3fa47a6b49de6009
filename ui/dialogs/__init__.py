"""Modal dialogs: PIN entry."""
