"""Exceptions with messages a user can act on. The CLI prints them as one line."""


class CrosswireError(Exception):
    """Base class: anything the user can fix (bad path, bad setting, locked database)."""

    exit_code = 2


class InputError(CrosswireError):
    """An input path or file that cannot be used at all."""


class DatabaseError(CrosswireError):
    """The database cannot be opened, migrated or queried."""


class LockedError(DatabaseError):
    """Another run holds the database."""

    exit_code = 3


class SettingsError(CrosswireError):
    """A setting has a value that cannot be used."""
