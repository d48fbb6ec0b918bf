"""What can go wrong with the store, each as one clear English sentence.

The store raises only these (subclasses of `StoreError`); the interface decides what to
show and translates `message_id`. Database driver errors are translated at the edge by
`translate_errors`, so no SQLAlchemy or sqlite3 exception escapes a use case.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc


class StoreError(Exception):
    """A failure of the store; `str(error)` is one sentence for the user."""

    message = "The records could not be read or saved."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class WrongPassphrase(StoreError):
    message = "The passphrase is not right, so the records stay locked; nothing was changed."


class PassphraseRequired(StoreError):
    message = "The records are encrypted; enter the passphrase to open them."


class StoreCorrupt(StoreError):
    message = (
        "The records file is damaged or is not a Facilitator Companion store; "
        "it was left as it was, so restore a backup."
    )


class StoreReadOnly(StoreError):
    message = (
        "The folder holding the records cannot be written to, so nothing can be saved; "
        "nothing was changed."
    )


class DiskFull(StoreError):
    message = "The disk is full, so the last change was not saved; free some space and try again."


class StoreBusy(StoreError):
    message = "The records are in use by another program; close it and try again."


class StoreUnavailable(StoreError):
    message = "The database server cannot be reached, so the records cannot be opened."


class StoreTooNew(StoreError):
    message = (
        "The records were written by a newer version of Facilitator Companion; "
        "update the program to open them."
    )


class MigrationFailed(StoreError):
    message = (
        "The records could not be brought up to date; they were left as they were "
        "and a backup was kept."
    )


class BackupFailed(StoreError):
    message = "The backup could not be made or read."


class BackupUnsupported(StoreError):
    message = (
        "This program backs up only stores kept in a file; a database server is backed up "
        "by its administrator."
    )


class NotFound(StoreError):
    message = "The record asked for does not exist (it may have been erased)."


class InvalidRecord(StoreError):
    message = "The record is not valid."


_SQLITE_CODES = {
    3: StoreReadOnly,  # SQLITE_PERM
    5: StoreBusy,  # SQLITE_BUSY
    6: StoreBusy,  # SQLITE_LOCKED
    8: StoreReadOnly,  # SQLITE_READONLY
    11: StoreCorrupt,  # SQLITE_CORRUPT
    13: DiskFull,  # SQLITE_FULL
    14: StoreReadOnly,  # SQLITE_CANTOPEN
    26: StoreCorrupt,  # SQLITE_NOTADB
}

# sqlcipher3's exceptions carry no error code: match the SQLite messages instead.
_SQLITE_MESSAGES = (
    ("database or disk is full", DiskFull),
    ("readonly database", StoreReadOnly),
    ("read-only", StoreReadOnly),
    ("unable to open database file", StoreReadOnly),
    ("file is not a database", StoreCorrupt),
    ("malformed", StoreCorrupt),
    ("database is locked", StoreBusy),
)


def classify(error: BaseException) -> StoreError:
    """The StoreError that says what a driver or OS error means for the user."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, OSError) and not isinstance(error, sa_exc.SQLAlchemyError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull()
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StoreReadOnly()
        return StoreError()
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]()
    if isinstance(code, int) and code & 0xFF == 10:  # SQLITE_IOERR
        return StoreError("The disk could not be read or written, so the change was not saved.")
    text = str(original).lower()
    for fragment, kind in _SQLITE_MESSAGES:
        if fragment in text:
            return kind()
    pgcode = getattr(original, "pgcode", None)
    if pgcode == "53100":  # disk_full
        return DiskFull()
    if pgcode == "25006":  # read_only_sql_transaction
        return StoreReadOnly()
    if "could not connect" in text or "server closed the connection" in text:
        return StoreUnavailable()
    if isinstance(error, sa_exc.IntegrityError):
        return InvalidRecord("The change conflicts with a record already stored, so it was not saved.")
    return StoreError()


@contextmanager
def translate_errors() -> Iterator[None]:
    """Re-raise driver and OS errors as StoreError subclasses (the cause stays chained)."""
    try:
        yield
    except StoreError:
        raise
    except (sa_exc.SQLAlchemyError, OSError) as error:
        raise classify(error) from error
    except Exception as error:
        # Driver errors raised outside SQLAlchemy (the tick, backups, conversions).
        if type(error).__module__.startswith(("sqlite3", "sqlcipher3", "psycopg2")):
            raise classify(error) from error
        raise
