"""The lab gateway's HL7 parsing without a database or a socket (server_db/lab_gateway/messages.py): Hypothesis
builds hostile variants of a real ORU^R01 and the parser either returns a message or raises Rejected (AR/AE), never
anything else, quickly and in bounded memory; and the escape-sequence defects the fuzzer found stay fixed."""
from __future__ import annotations

import logging
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hl7_fuzz import Target, frame, oru
from server_db.lab_gateway import messages as m

TARGET = Target("LO00000001", "100000009", "2823-3")
BASE = oru("H1", [(TARGET, "4.2")])
ESCAPE_ALPHABET = st.sampled_from(list("|^~\\&.spkXCMZHNEFRST0123456789aAz \r\n") + ["\x00", "é", "🧪", "\x7f"])


def parse(text: str | bytes) -> m.ResultMessage:
    return m.parse_result_message(*m.decode(frame(text)))


def with_obx(value: str, value_type: str = "ST", note: str = "run 7") -> str:
    segments = list(BASE)
    segments[4] = f"OBX|1|{value_type}|2823-3^K^LN||{value}|mmol/L|3.5-5.3|N|||F"
    segments[5] = f"NTE|1||{note}"
    return "\r".join(segments) + "\r"


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(segments=st.lists(st.one_of(st.sampled_from(BASE[1:]),
                                   st.text(ESCAPE_ALPHABET, max_size=80).map(lambda s: "OBX|1|ST|2823-3^K^LN||" + s),
                                   st.text(ESCAPE_ALPHABET, max_size=80).map(lambda s: "NTE|1||" + s),
                                   st.text(ESCAPE_ALPHABET, max_size=40).map(lambda s: "PID|1||" + s),
                                   st.text(max_size=40)), max_size=10),
       header=st.sampled_from([BASE[0], BASE[0].replace("2.5.1", "2.3"), BASE[0] + "||||||8859/1", "MSH|^~\\&|",
                               BASE[0].replace("ORU^R01", "ORU^R01^ORU_R01")]))
def test_the_parser_answers_every_variant_with_a_message_or_a_rejection(segments, header):
    started = time.perf_counter()
    try:
        message = parse("\r".join([header, *segments]) + "\r")
    except m.Rejected as rejected:
        assert rejected.ack in ("AR", "AE") and rejected.code in m.ERROR_TEXT
        m.build_ack(m.Header(), rejected.ack, "A1", rejected.reason, rejected.code, rejected.location)
    else:
        for group in message.orders:
            for obx in group.observations:
                assert obx.value and len(obx.value) <= m.MAX_VALUE_CHARS
                assert not m._CONTROL_CHARS.search(obx.value + obx.comment + obx.unit + group.placer_order_number)
    assert time.perf_counter() - started < 2


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=400))
def test_random_bytes_in_a_frame_are_rejected_not_raised(payload):
    try:
        parse(payload)
    except m.Rejected:
        pass


@pytest.mark.parametrize("value, reason", [
    ("4\\.sp999999999\\", "repeat count over 99"),        # python-hl7 built a 1 GB string
    ("\\.spx\\", "unsupported escape sequence"),           # python-hl7 raised ValueError: AE internal error
    ("4\\X00\\2", "decodes to a control character"),       # a NUL reached the database driver
    ("\\Xzz\\", "unsupported escape sequence"),            # python-hl7 logged the field and dropped it
    ("\\Cxxyy\\", "unsupported escape sequence"),
    ("4.2\\", "unterminated escape sequence"),
])
def test_hostile_escape_sequences_are_rejected_quickly_without_logging_the_field(caplog, value, reason):
    caplog.set_level(logging.DEBUG)
    started = time.perf_counter()
    with pytest.raises(m.Rejected) as rejected:
        parse(with_obx(value))
    assert time.perf_counter() - started < 0.5
    assert rejected.value.ack == "AR" and reason in rejected.value.reason and rejected.value.location == "OBX^5^5"
    assert not [r for r in caplog.records if not r.name.startswith("hms.")]  # python-hl7 logged whole fields


def test_escape_sequences_are_decoded_once():
    # python-hl7's extract_field unescaped once and the gateway again: \E\F\E\ came out as |, not \F\.
    message = parse(with_obx("a\\E\\F\\E\\b\\T\\c\\.sp2\\d", note="x\\E\\y\\R\\z"))
    obx = message.orders[0].observations[0]
    assert obx.value == "a\\F\\b&c\r\rd"
    assert obx.comment == "x\\y~z"
    assert parse(with_obx("4\\Zlocal\\.2", "NM")).orders[0].observations[0].value == "4.2"
