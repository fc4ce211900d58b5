"""The local fake insurance API of the claims tests (it also serves the demo: server_db/demo/insurer.py)."""
from server_db.demo.insurer import FakeInsurer

__all__ = ["FakeInsurer"]
