"""A conformant mock payer for both payer profiles (openIMIS FHIR R4 and the HCX-style exchange), for the tests,
the benchmark and the demo (server_db/demo/payers.py): `python -m server_db.demo.mock_payer --listen 127.0.0.1:8470 --config mock-payer.toml`,
or in-process `MockPayer(...).start()` (server.py has the behaviour, answers.py the documents, handler.py the
HTTP routes, setup_files.py the keys and configuration files)."""
from .server import MockConfig, MockPayer
from .setup_files import PayerSetup, make_payer_setup

__all__ = ["MockConfig", "MockPayer", "PayerSetup", "make_payer_setup"]
