"""Key pairs and a matching pair of configuration files — the gateway's payer file and the mock payer's — in one
directory, so the gateway tests and the demo set both sides up with one call.

    setup = make_payer_setup(directory)           # keys, passwords, gateway.toml, mock-payer.toml
    payer = MockPayer.from_file(setup.payer_config, setup.payer_listen).start()
    profiles = load_profiles(setup.gateway_config)  # {"NHI": openIMIS profile, "NHCX": exchange profile}

Ports: the payer's and the callback receiver's must be written into both files before either starts, so free
ones are picked here unless given (a port taken by someone else between picking and binding fails the start)."""
from __future__ import annotations

import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from server_db.insurance_gateway.profiles import hcx

OPENIMIS_CODE, EXCHANGE_CODE = "NHI", "NHCX"
PARTICIPANT_CODE, PROVIDER_CODE = "PAYER-NHI", "HOSP-0001"


@dataclass(frozen=True)
class PayerSetup:
    directory: Path
    gateway_config: Path
    payer_config: Path
    payer_listen: tuple[str, int]
    callback_listen: tuple[str, int]

    @property
    def payer_url(self) -> str:
        return f"http://{self.payer_listen[0]}:{self.payer_listen[1]}"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def make_payer_setup(directory: str | Path, *, host: str = "127.0.0.1", payer_port: int | None = None,
                     callback_port: int | None = None, poll_after_seconds: float = 300.0,
                     timeout_seconds: float = 10.0, token_seconds: float = 3600.0,
                     openimis_code: str = OPENIMIS_CODE, exchange_code: str = EXCHANGE_CODE) -> PayerSetup:
    """Both sides' files in `directory`: the payer `openimis_code` speaks openIMIS, `exchange_code` the exchange
    (the codes are billing.payer codes: the demo's NHI and MEDIPLUS, the tests' own)."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    payer_port = payer_port or free_port(host)
    callback_port = callback_port or free_port(host)
    gateway_key, payer_key = hcx.make_key(), hcx.make_key()
    hcx.save_key(gateway_key, folder / "gateway.jwk", folder / "gateway.public.jwk")
    hcx.save_key(payer_key, folder / "payer.jwk", folder / "payer.public.jwk")
    password = folder / "openimis.password"
    password.write_text(secrets.token_urlsafe(18) + "\n")
    password.chmod(0o600)
    payer_url, callback_url = f"http://{host}:{payer_port}", f"http://{host}:{callback_port}"
    gateway = folder / "gateway.toml"
    gateway.write_text(f'''# The insurance gateway's payers (made by server_db.demo.mock_payer.setup_files)
[payer.{openimis_code}]
profile = "openimis"
base_url = "{payer_url}"
username = "hospital"
password_file = "openimis.password"
timeout_seconds = {timeout_seconds}

[payer.{exchange_code}]
profile = "exchange"
base_url = "{payer_url}"
sender_code = "{PROVIDER_CODE}"
recipient_code = "{PARTICIPANT_CODE}"
private_key_file = "gateway.jwk"
payer_public_key_file = "payer.public.jwk"
callback_listen = "{host}:{callback_port}"
callback_url = "{callback_url}"
poll_after_seconds = {poll_after_seconds}
timeout_seconds = {timeout_seconds}
''')
    payer = folder / "mock-payer.toml"
    payer.write_text(f'''# The mock payer (server_db.demo.mock_payer): its credentials, key and participant registry
[mock]
participant_code = "{PARTICIPANT_CODE}"
currency = "GBP"
token_seconds = {token_seconds}

[mock.openimis]
username = "hospital"
password_file = "openimis.password"

[mock.exchange]
private_key_file = "payer.jwk"

[provider.{PROVIDER_CODE}]
public_key_file = "gateway.public.jwk"
callback_url = "{callback_url}"
''')
    return PayerSetup(folder, gateway, payer, (host, payer_port), (host, callback_port))
