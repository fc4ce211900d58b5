"""HL7 v2 lab gateway (`hms-lab-gateway`): ORU^R01 results in over MLLP, ORM^O01 new orders out to a LIS.

messages.py reads and writes the HL7 messages (python-hl7), server.py is the asyncio service."""
from .messages import build_ack, build_order_message, parse_result_message
from .server import Gateway, Settings

__all__ = ["Gateway", "Settings", "build_ack", "build_order_message", "parse_result_message"]
