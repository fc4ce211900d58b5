"""The gateway's payer file (TOML, server-side only: it holds the payers' credentials and our private keys).

    [payer.NHI]
    profile = "openimis"                 # or "exchange"
    base_url = "https://imis.example.org"
    username = "hospital"
    password_file = "secrets/nhi.password"   # or password = "..."
    timeout_seconds = 10

    [payer.NHCX]
    profile = "exchange"
    base_url = "https://hcx.example.org"
    sender_code = "HOSP-0001"            # our participant code
    recipient_code = "PAYER-0042"        # the payer's
    private_key_file = "keys/gateway.jwk"            # our RSA key (JWK), decrypts what is sent to us
    payer_public_key_file = "keys/payer.public.jwk"  # encrypts what we send
    callback_listen = "0.0.0.0:8471"
    callback_url = "https://gateway.hospital.example/"   # registered with the payer; informational here
    poll_after_seconds = 300
    timeout_seconds = 10
    max_message_bytes = 5242880

Relative file names are read from the file's directory. See docs/insurance-gateway.md."""
from __future__ import annotations

import logging
import stat
import tomllib
from pathlib import Path

from . import hcx
from .base import PayerProfile
from .exchange import DEFAULT_MAX_MESSAGE_BYTES, ExchangeProfile
from .openimis import OpenImisProfile


log = logging.getLogger("hms.insurance_gateway")


class ConfigError(ValueError):
    pass


def open_to_others(path: Path) -> bool:
    """Whether group or others may read (or write) the file: a secret must be the service account's alone."""
    return bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))


def _warn_if_open(path: Path, what: str) -> None:
    if open_to_others(path):
        log.warning("%s %s can be read by other accounts: chmod 600 it (only the gateway's service account should "
                    "read it)", what, path)


def _address(value: str, where: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(f"{where}: callback_listen must be host:port, not {value!r}")
    return host.strip("[]"), int(port)


def _password(table: dict, folder: Path, where: str) -> str:
    if "password_file" in table:
        _warn_if_open(folder / table["password_file"], f"{where} password_file")
        return (folder / table["password_file"]).read_text().strip()
    if "password" in table:
        return str(table["password"])
    raise ConfigError(f"{where}: needs password or password_file")


def _required(table: dict, key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: {key} is required")
    return value


def _private_key(path: Path, where: str):  # noqa: ANN202 - hcx.RSAKey
    _warn_if_open(path, f"{where} private_key_file")
    return hcx.load_key(path)


def build_profile(code: str, table: dict, folder: Path) -> PayerProfile:
    where = f"[payer.{code}]"
    kind = table.get("profile")
    base_url = _required(table, "base_url", where)
    timeout = float(table.get("timeout_seconds", 10))
    if kind == "openimis":
        return OpenImisProfile(code, base_url, _required(table, "username", where), _password(table, folder, where),
                               timeout_seconds=timeout, max_message_bytes=table.get("max_message_bytes"))
    if kind == "exchange":
        return ExchangeProfile(
            code, base_url, sender_code=_required(table, "sender_code", where),
            recipient_code=_required(table, "recipient_code", where),
            private_key=_private_key(folder / _required(table, "private_key_file", where), where),
            payer_public_key=hcx.load_key(folder / _required(table, "payer_public_key_file", where)),
            callback_listen=_address(_required(table, "callback_listen", where), where),
            callback_url=table.get("callback_url"),
            poll_after_seconds=float(table.get("poll_after_seconds", 300)), timeout_seconds=timeout,
            max_message_bytes=int(table.get("max_message_bytes", DEFAULT_MAX_MESSAGE_BYTES)))
    raise ConfigError(f"{where}: profile must be 'openimis' or 'exchange', not {kind!r}")


def load_profiles(path: str | Path) -> dict[str, PayerProfile]:
    """One started profile per `[payer.CODE]` table (exchange profiles listen for callbacks from here on; close
    them with `.close()`). A broken table stops the whole load: a gateway must not run half-configured."""
    path = Path(path)
    with path.open("rb") as handle:
        payers = tomllib.load(handle).get("payer") or {}
    if not payers:
        raise ConfigError(f"{path}: no [payer.CODE] tables")
    if any(isinstance(t, dict) and "password" in t for t in payers.values()):
        _warn_if_open(path, "the payers file (it holds a password)")
    profiles: dict[str, PayerProfile] = {}
    try:
        for code, table in payers.items():
            profiles[code] = build_profile(code, table, path.parent)
    except Exception:
        for profile in profiles.values():
            profile.close()
        raise
    return profiles
