"""Remembered passwords live only in the OS keyring (Windows Credential Manager, macOS Keychain, Secret
Service on Linux), never in a file. Where no keyring works, "remember me" says so instead of failing."""
from __future__ import annotations

import keyring
from keyring.errors import KeyringError

SERVICE = "hospital-desktop"


def _key(profile_name: str) -> str:
    return f"{SERVICE}:{profile_name}"


def remember(profile_name: str, username: str, password: str) -> bool:
    """Store the password; False when this machine has no usable keyring."""
    try:
        keyring.set_password(_key(profile_name), username, password)
        return True
    except (KeyringError, RuntimeError):
        return False


def recall(profile_name: str, username: str) -> str | None:
    try:
        return keyring.get_password(_key(profile_name), username)
    except (KeyringError, RuntimeError):
        return None


def forget(profile_name: str, username: str) -> None:
    try:
        keyring.delete_password(_key(profile_name), username)
    except (KeyringError, RuntimeError):
        pass
