"""The key file beside an encrypted store: how a passphrase or recovery key opens it.

The database is encrypted with a random 256-bit key. That key is stored twice in a small
plain JSON file (`facilitator.db.keyinfo`), each time wrapped by a key derived with
argon2id (t=3, 64 MiB) from a secret and a fresh salt: once from the passphrase, once
from the recovery key. Wrapping is an XOR with the first half of the derived key,
authenticated by an HMAC-SHA256 under the second half, so a wrong secret is recognised
before SQLCipher is asked (fresh salt per wrap: the pad is never reused). Changing the
passphrase rewraps the same database key, so backups stay readable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from facilitator.records.engine import fsync_dir
from facilitator.records.errors import StoreCorrupt, WrongPassphrase, translate_errors

KEY_BYTES = 32
TIME_COST = 3
MEMORY_KIB = 64 * 1024
PARALLELISM = 4
_RECOVERY_ALPHABET = re.compile(r"^[A-Z2-7]{32}$")


@dataclass(frozen=True)
class KeySlot:
    """The database key wrapped under one secret: the passphrase or the recovery key."""

    salt: bytes
    wrapped: bytes
    check: bytes


@dataclass(frozen=True)
class KeyFile:
    """The key file's contents: the database key once per secret, and the argon2id cost."""

    slots: dict[str, KeySlot]
    time_cost: int = TIME_COST
    memory_kib: int = MEMORY_KIB
    parallelism: int = PARALLELISM


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """20 random bytes as 8 groups of 4 base32 letters, e.g. `ABCD-EFGH-…`."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str | None:
    """The recovery key in canonical form, or None if `text` does not look like one."""
    compact = re.sub(r"[\s-]", "", text).upper()
    return compact if _RECOVERY_ALPHABET.match(compact) else None


def _secret_bytes(secret: str) -> bytes:
    # The same passphrase typed on another keyboard may arrive decomposed; NFC makes it equal.
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _derive(secret: str, salt: bytes, keyfile: KeyFile | None = None) -> bytes:
    return hash_secret_raw(
        _secret_bytes(secret),
        salt,
        time_cost=keyfile.time_cost if keyfile else TIME_COST,
        memory_cost=keyfile.memory_kib if keyfile else MEMORY_KIB,
        parallelism=keyfile.parallelism if keyfile else PARALLELISM,
        hash_len=2 * KEY_BYTES,
        type=Type.ID,
    )


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def wrap(database_key: bytes, secret: str) -> KeySlot:
    salt = secrets.token_bytes(16)
    derived = _derive(secret, salt)
    wrapped = _xor(database_key, derived[:KEY_BYTES])
    check = hmac.new(derived[KEY_BYTES:], wrapped, hashlib.sha256).digest()
    return KeySlot(salt, wrapped, check)


def _unwrap(slot: KeySlot, secret: str, keyfile: KeyFile) -> bytes | None:
    derived = _derive(secret, slot.salt, keyfile)
    check = hmac.new(derived[KEY_BYTES:], slot.wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(check, slot.check):
        return None
    return _xor(slot.wrapped, derived[:KEY_BYTES])


def unlock(keyfile: KeyFile, secret: str) -> bytes:
    """The database key, from the passphrase or the recovery key; WrongPassphrase otherwise."""
    recovery = normalise_recovery_key(secret)
    attempts: list[tuple[str, str]] = [("passphrase", secret)]
    if recovery is not None:
        attempts.insert(0, ("recovery", recovery))
    for slot_name, candidate in attempts:
        slot = keyfile.slots.get(slot_name)
        if slot is not None:
            key = _unwrap(slot, candidate, keyfile)
            if key is not None:
                return key
    raise WrongPassphrase()


def create(database_key: bytes, passphrase: str) -> tuple[KeyFile, str]:
    """A key file for a new passphrase, and the recovery key (shown to the user once)."""
    recovery = new_recovery_key()
    slots = {
        "passphrase": wrap(database_key, passphrase),
        "recovery": wrap(database_key, normalise_recovery_key(recovery) or recovery),
    }
    return KeyFile(slots), recovery


def with_passphrase(keyfile: KeyFile, database_key: bytes, passphrase: str) -> KeyFile:
    """The same key file with the passphrase slot rewrapped (recovery key unchanged)."""
    slots = dict(keyfile.slots)
    slots["passphrase"] = wrap(database_key, passphrase)
    return KeyFile(slots, keyfile.time_cost, keyfile.memory_kib, keyfile.parallelism)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def write(path: Path, keyfile: KeyFile) -> None:
    """Write atomically: a new file, fsynced, renamed over the old."""
    document = {
        "format": 1,
        "cipher": "sqlcipher4-raw-key",
        "kdf": {
            "name": "argon2id",
            "time_cost": keyfile.time_cost,
            "memory_kib": keyfile.memory_kib,
            "parallelism": keyfile.parallelism,
        },
        "slots": {
            name: {"salt": _b64(s.salt), "wrapped": _b64(s.wrapped), "check": _b64(s.check)}
            for name, s in keyfile.slots.items()
        },
    }
    temporary = path.with_name(path.name + ".tmp")
    with translate_errors():
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        fsync_dir(path.parent)


def read(path: Path) -> KeyFile:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        kdf = document["kdf"]
        slots = {
            name: KeySlot(
                base64.b64decode(s["salt"]), base64.b64decode(s["wrapped"]), base64.b64decode(s["check"])
            )
            for name, s in document["slots"].items()
        }
        return KeyFile(slots, int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
    except FileNotFoundError as error:
        raise StoreCorrupt(
            "The records are encrypted but their key file is missing, so they cannot be opened."
        ) from error
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise StoreCorrupt(
            "The key file beside the records is damaged, so they cannot be opened."
        ) from error
