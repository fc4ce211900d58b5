"""The gateway's payers file on disk: secrets readable by other accounts are named in a warning at start-up
(docs/insurance-gateway.md, Deploying). No database, no network."""
from __future__ import annotations

import logging
from pathlib import Path

from server_db.insurance_gateway.profiles import hcx
from server_db.insurance_gateway.profiles.config import load_profiles, open_to_others


def payers_file(folder: Path, inline_password: bool) -> Path:
    (folder / "nhi.password").write_text("secret\n")
    (folder / "nhi.password").chmod(0o600)
    hcx.save_key(hcx.make_key(), folder / "gateway.jwk", folder / "gateway.public.jwk")
    hcx.save_key(hcx.make_key(), folder / "payer.jwk", folder / "payer.public.jwk")
    password = 'password = "secret"' if inline_password else 'password_file = "nhi.password"'
    path = folder / "payers.toml"
    path.write_text(f"""
[payer.NHI]
profile = "openimis"
base_url = "https://imis.nhi.example"
username = "hospital-0001"
{password}

[payer.NHCX]
profile = "exchange"
base_url = "https://hcx.nhcx.example"
sender_code = "HOSP-0001"
recipient_code = "PAYER-0042"
private_key_file = "gateway.jwk"
payer_public_key_file = "payer.public.jwk"
callback_listen = "127.0.0.1:0"
""")
    return path


def load_and_close(path: Path) -> None:
    for profile in load_profiles(path).values():
        profile.close()


def test_private_files_load_without_a_word(tmp_path, caplog):
    path = payers_file(tmp_path, inline_password=False)
    path.chmod(0o644)  # no secret in it: may be readable
    with caplog.at_level(logging.WARNING, logger="hms.insurance_gateway"):
        load_and_close(path)
    assert not [r for r in caplog.records if "can be read by other accounts" in r.getMessage()]


def test_secrets_readable_by_others_are_named(tmp_path, caplog):
    path = payers_file(tmp_path, inline_password=True)
    path.chmod(0o644)
    (tmp_path / "gateway.jwk").chmod(0o640)
    assert open_to_others(path) and open_to_others(tmp_path / "gateway.jwk")
    with caplog.at_level(logging.WARNING, logger="hms.insurance_gateway"):
        load_and_close(path)
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert str(path) in warned and "gateway.jwk" in warned and "chmod 600" in warned
