"""The HCX message envelope, shared by the exchange profile and the mock payer: a FHIR Bundle encrypted as a JWE
in compact serialisation (RSA-OAEP-256 + A256GCM, joserfc) whose protected header carries the HCX protocol
headers, sent as `{"payload": "<jwe>"}`.

Spec: HCX protocol (hcx-project/hcx-specs, open-protocol/key-components-building-blocks/message-structure.md) as
used by India's NHCX. Deviations: HCX 0.7 fixes `alg` to RSA-OAEP; NHCX and we use RSA-OAEP-256. AEAD protects the
header and payload from change, but anyone holding the recipient's public key can seal a message, so the sender
code is checked against the registry only (HCX adds an API token from its gateway; the mock payer has none)."""
from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from joserfc import jwe
from joserfc.errors import JoseError
from joserfc.jwk import RSAKey
from joserfc.registry import HeaderParameter

ALG, ENC = "RSA-OAEP-256", "A256GCM"
SENDER, RECIPIENT = "x-hcx-sender_code", "x-hcx-recipient_code"
API_CALL_ID, REQUEST_ID, CORRELATION_ID = "x-hcx-api_call_id", "x-hcx-request_id", "x-hcx-correlation_id"
TIMESTAMP, STATUS, ERROR_DETAILS = "x-hcx-timestamp", "x-hcx-status", "x-hcx-error_details"
REQUIRED = (SENDER, RECIPIENT, API_CALL_ID, CORRELATION_ID, TIMESTAMP)
# x-hcx-status values (message-structure.md); request.initiated is NHCX's name for a new request.
INITIATED, COMPLETE, PARTIAL, ERROR = "request.initiated", "response.complete", "response.partial", "response.error"



def _is_details(value: object) -> None:
    if not isinstance(value, dict) or not isinstance(value.get("code"), str):
        raise ValueError("x-hcx-error_details must be an object with a code")


_REGISTRY = jwe.JWERegistry(
    header_registry={name: HeaderParameter(name, "str") for name in
                     (SENDER, RECIPIENT, API_CALL_ID, REQUEST_ID, CORRELATION_ID, TIMESTAMP, STATUS,
                      "x-hcx-workflow_id")} | {ERROR_DETAILS: HeaderParameter(ERROR_DETAILS, _is_details)},
    algorithms=[ALG, ENC])
# joserfc refuses ciphertexts over 64 KB by default; a remittance of a few hundred claims is larger. The exchange
# limits a message to 5 MiB (NPHIES-style), checked before sending; an envelope up to that size opens here.
_REGISTRY.max_ciphertext_length = 5 * 1024 * 1024 * 4 // 3 + 1024


class EnvelopeError(ValueError):
    """A message that cannot be opened or lacks a protocol header; `code` is the HCX error code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def make_key() -> RSAKey:
    return RSAKey.generate_key(2048, private=True)


def save_key(key: RSAKey, private_path: Path, public_path: Path) -> None:
    private_path.write_text(json.dumps(key.as_dict(private=True)))
    private_path.chmod(0o600)
    public_path.write_text(json.dumps(key.as_dict(private=False)))


def load_key(path: str | Path) -> RSAKey:
    return RSAKey.import_key(json.loads(Path(path).read_text()))


def now_stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def headers(sender: str, recipient: str, correlation_id: str, *, request_id: str | None = None,
            api_call_id: str | None = None, status: str = INITIATED, **extra: Any) -> dict[str, Any]:
    values = {SENDER: sender, RECIPIENT: recipient, API_CALL_ID: api_call_id or str(uuid.uuid4()),
              CORRELATION_ID: correlation_id, TIMESTAMP: now_stamp(), STATUS: status, **extra}
    if request_id is not None:
        values[REQUEST_ID] = request_id
    return values


def bundle(resource: dict[str, Any], message_id: str) -> dict[str, Any]:
    """HCX payloads are FHIR Bundles; ours carry one resource (the domain specs' document bundles would add the
    referenced resources, which we send contained)."""
    return {"resourceType": "Bundle", "id": message_id, "type": "collection", "timestamp": now_stamp(),
            "entry": [{"fullUrl": f"urn:uuid:{uuid.uuid4()}", "resource": resource}]}


def seal(resource: dict[str, Any], protocol_headers: dict[str, Any], recipient_key: RSAKey) -> str:
    protected = {"alg": ALG, "enc": ENC, **protocol_headers}
    plaintext = json.dumps(bundle(resource, protocol_headers[API_CALL_ID])).encode()
    return jwe.encrypt_compact(protected, plaintext, recipient_key, registry=_REGISTRY)


def open_envelope(token: object, private_key: RSAKey) -> tuple[dict[str, Any], dict[str, Any]]:
    """(protocol headers, the Bundle's resource). EnvelopeError when it cannot be decrypted, was changed on the way
    (AEAD tag), lacks a required header, or does not carry a Bundle with one resource."""
    if not isinstance(token, str) or token.count(".") != 4:
        raise EnvelopeError("ERR_INVALID_PAYLOAD", "the payload is not a JWE in compact serialisation")
    try:
        opened = jwe.decrypt_compact(token, private_key, registry=_REGISTRY)
    except (JoseError, ValueError) as exc:
        raise EnvelopeError("ERR_INVALID_ENCRYPTION", f"the payload cannot be decrypted: {exc}") from exc
    protected = dict(opened.protected)
    missing = [name for name in REQUIRED if not protected.get(name)]
    if missing:
        raise EnvelopeError("ERR_MANDATORY_HEADER_MISSING", f"missing protocol headers: {', '.join(missing)}")
    try:
        payload = json.loads(opened.plaintext)
    except ValueError as exc:
        raise EnvelopeError("ERR_INVALID_PAYLOAD", "the payload is not JSON") from exc
    entries = payload.get("entry") if isinstance(payload, dict) and payload.get("resourceType") == "Bundle" else None
    if not entries or len(entries) != 1 or not isinstance(entries[0].get("resource"), dict):
        raise EnvelopeError("ERR_INVALID_PAYLOAD", "the payload is not a Bundle with one resource")
    return protected, entries[0]["resource"]


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"timestamp": now_stamp(), "error": {"code": code, "message": message[:300]}}
