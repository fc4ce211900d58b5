"""The demo's payers: the mock payer (server_db.demo.mock_payer) and hms-insurance-gateway, both in the demo
client's process, so a clerk checks eligibility, asks for pre-authorisations and sends claims without a network.

The demo's national insurer NHI speaks openIMIS FHIR R4, MediPlus the HCX-style exchange. Their answers follow a
script that repeats: mostly approvals and covered patients, now and then a partial approval, a query for
documents, a rejection, an excluded item. Nothing here is used outside demo mode."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from ..insurance_gateway.gateway import Gateway, Settings
from ..insurance_gateway.profiles.config import load_profiles
from .generate import DEMO_PASSWORD
from .mock_payer import MockPayer, make_payer_setup

log = logging.getLogger(__name__)
GATEWAY_LOGIN = "insurancegateway"
CLAIM_SCRIPT = ["approve", "approve", "partial", "approve", "query+partial", "approve", "reject", "late+approve",
                "approve", "partial"] * 50
PREAUTHORIZATION_SCRIPT = ["approve", "approve", "partial", "approve", "reject"] * 50
ELIGIBILITY_SCRIPT = ["covered"] * 6 + ["excluded", "covered", "exhausted", "covered"] + ["covered"] * 4 * 50


@dataclass
class DemoPayers:
    payer: MockPayer
    gateway: Gateway
    thread: threading.Thread

    def stop(self) -> None:
        self.gateway.stop()
        self.thread.join(timeout=5)
        self.payer.stop()


def gateway_url(admin_url: str) -> str:
    """The demo database as the gateway's own login (the demo's shared password)."""
    params = conninfo_to_dict(admin_url)
    params.update(user=GATEWAY_LOGIN, password=DEMO_PASSWORD)
    return make_conninfo(**params)


def start_demo_payers(admin_url: str, folder: Path) -> DemoPayers:
    setup = make_payer_setup(folder, openimis_code="NHI", exchange_code="MEDIPLUS", timeout_seconds=5.0,
                             poll_after_seconds=5.0)
    payer = MockPayer.from_file(setup.payer_config, setup.payer_listen).start()
    payer.script("claim", CLAIM_SCRIPT, delay=1.0)
    payer.script("preauthorization", PREAUTHORIZATION_SCRIPT, delay=1.0)
    payer.script("eligibility", ELIGIBILITY_SCRIPT, delay=1.0)
    gateway = Gateway(Settings(url=gateway_url(admin_url), answer_within_seconds=15), load_profiles(setup.gateway_config))
    thread = threading.Thread(target=gateway.serve, name="demo-insurance-gateway", daemon=True)
    thread.start()
    log.info("demo payers at %s; the insurance gateway runs as %s", setup.payer_url, GATEWAY_LOGIN)
    return DemoPayers(payer, gateway, thread)
