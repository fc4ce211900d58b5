"""The HL7 v2 lab gateway (server_db/lab_gateway) end to end: the gateway runs in-process (its own asyncio loop in a
thread) against the test cluster's "hospital" database as its own staff login `labgateway`, and the tests talk to
it as an analyzer would, with raw MLLP frames over TCP. Orders are placed and collected through the lab functions
by real staff logins; the superuser connection only reads the truth back."""
from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
from builders import new_visit, place_order

from server_db.demo.generate import DEMO_PASSWORD
from server_db.lab_gateway import Gateway, Settings

pytestmark = pytest.mark.db

POTASSIUM = "2823-3"
HAEMOGLOBIN = "718-7"
SODIUM = "2951-2"
SARS = "94500-6"


# ----------------------------------------------------------------------------------------------------------------
# Helpers: orders through the lab functions, MLLP over TCP
# ----------------------------------------------------------------------------------------------------------------
def place(connect_as, encounter: int, code: str) -> list[tuple[int, str]]:
    with connect_as("doctor1") as conn:
        ids = place_order(conn, encounter, code, reason="hl7 test")
        return [tuple(r) for r in conn.execute("SELECT id, order_number FROM lab.lab_order WHERE id = ANY(%s) "
                                               "ORDER BY id", (ids,))]


def collect(connect_as, order_ids: list[int], mrn: str) -> None:
    with connect_as("lab1") as conn:
        conn.execute("SELECT * FROM lab.collect(%s, %s)", (order_ids, mrn))


@pytest.fixture()
def collected(connect_as):
    """A collected potassium order: (order id, order number, MRN)."""
    _, mrn, encounter = new_visit(connect_as, given="Gateway")
    [(order_id, number)] = place(connect_as, encounter, POTASSIUM)
    collect(connect_as, [order_id], mrn)
    return order_id, number, mrn


def oru(control: str, mrn: str, groups: list[tuple[str, list[str]]], version: str = "2.5.1") -> str:
    """An ORU^R01; groups = [(placer order number, [OBX field strings after OBX|n|])]."""
    segments = [f"MSH|^~\\&|ANALYZER|LAB|HMS|HOSPITAL|20261126101500||ORU^R01|{control}|P|{version}",
                f"PID|1||{mrn}^^^HMS^MR||Patient^Test||19700506|F"]
    for index, (placer, observations) in enumerate(groups, 1):
        segments.append(f"ORC|RE|{placer}")
        segments.append(f"OBR|{index}|{placer}||{POTASSIUM}^Potassium^LN")
        for n, obx in enumerate(observations, 1):
            segments.append(f"OBX|{n}|{obx}")
    return "\r".join(segments) + "\r"


def obx(code: str, value: str, unit: str = "mmol/L", flag: str = "", status: str = "F",
        value_type: str = "NM") -> str:
    return f"{value_type}|{code}^Test^LN||{value}|{unit}^{unit}^UCUM|3.5-5.3|{flag}|||{status}"


def frame(text: str | bytes) -> bytes:
    return b"\x0b" + (text.encode() if isinstance(text, str) else text) + b"\x1c\x0d"


class Client:
    """A raw MLLP client over TCP."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=15)
        self.buffer = b""

    def send(self, payload: bytes) -> None:
        self.sock.sendall(payload)

    def receive(self) -> dict:
        while b"\x1c\x0d" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("gateway closed the connection")
            self.buffer += chunk
        block, _, self.buffer = self.buffer.partition(b"\x1c\x0d")
        assert block.startswith(b"\x0b")
        return parse_ack(block[1:].decode())

    def close(self) -> None:
        self.sock.close()


def parse_ack(text: str) -> dict:
    segments = {s.split("|")[0]: s.split("|") for s in text.split("\r") if s}
    msh, msa = segments["MSH"], segments["MSA"]
    return {"code": msa[1], "control": msa[2], "text": msa[3] if len(msa) > 3 else "", "msh": msh,
            "err": "|".join(segments["ERR"]) if "ERR" in segments else "", "raw": text}


def exchange(port: int, payload: bytes) -> dict:
    client = Client(port)
    try:
        client.send(payload)
        return client.receive()
    finally:
        client.close()


def snapshot(admin, order_ids: list[int]) -> tuple:
    """Everything a stored message would change."""
    return (admin.execute("SELECT count(*) FROM lab.result").fetchone()[0],
            admin.execute("SELECT array_agg(status ORDER BY id) FROM lab.lab_order WHERE id = ANY(%s)",
                          (order_ids,)).fetchone()[0],
            admin.execute("SELECT count(*) FROM lab.specimen WHERE received_at IS NOT NULL").fetchone()[0],
            admin.execute("SELECT count(*) FROM audit.event WHERE schema_name = 'lab'").fetchone()[0],
            admin.execute("SELECT count(*) FROM billing.charge").fetchone()[0],
            admin.execute("SELECT count(*) FROM notify.notification").fetchone()[0])


class GatewayThread:
    """The gateway on its own asyncio loop in a background thread."""

    def __init__(self, settings: Settings) -> None:
        self.gateway = Gateway(settings)
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def call(self, coroutine, timeout: float = 30):  # noqa: ANN001, ANN201
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def start(self) -> int:
        self.thread.start()
        return self.call(self.gateway.start())

    def stop(self) -> None:
        self.call(self.gateway.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def gateway_url(cluster) -> str:  # noqa: ANN001
    return cluster.state.url("hospital", user="labgateway", password=DEMO_PASSWORD)


@pytest.fixture(scope="module")
def gateway(cluster, admin_url):
    running = GatewayThread(Settings(url=gateway_url(cluster), host="127.0.0.1", port=0, frame_timeout=2,
                                     write_timeout=5))
    running.port = running.start()
    yield running
    running.stop()


# ----------------------------------------------------------------------------------------------------------------
# Results in
# ----------------------------------------------------------------------------------------------------------------
def test_a_result_is_stored_with_the_database_flag_and_acknowledged(gateway, admin, collected):
    order_id, number, mrn = collected
    control = f"C{uuid.uuid4().hex[:12]}"
    ack = exchange(gateway.port, frame(oru(control, mrn, [(number, [obx(POTASSIUM, "6.9", flag="N")])])))
    assert ack["code"] == "AA", ack
    assert ack["control"] == control
    msh = ack["msh"]
    assert (msh[2], msh[3], msh[4], msh[5]) == ("HMS", "HOSPITAL", "ANALYZER", "LAB")  # sender and receiver swapped
    assert msh[8].startswith("ACK") and msh[11] == "2.5.1"

    value, flag, source, status, who = admin.execute("""
        SELECT r.value, r.flag, r.source, r.status, s.username
          FROM lab.result r JOIN core.staff s ON s.id = r.entered_by
         WHERE r.lab_order_id = %s""", (order_id,)).fetchone()
    # The analyzer said N(ormal); the database computes the flag from the patient's reference range.
    assert (value, flag, source, status, who) == ("6.9", "critical_high", "hl7", "entered", "labgateway")
    history = [r[0] for r in admin.execute("SELECT to_status FROM lab.order_status_history WHERE lab_order_id = %s "
                                           "ORDER BY id", (order_id,))]
    assert history == ["ordered", "collected", "received", "resulted"]  # the gateway received the specimen first
    assert admin.execute("SELECT count(*) FROM billing.charge WHERE source_kind = 'lab_test' AND source_id = %s",
                         (order_id,)).fetchone()[0] == 1

    # The same message again (a lost ACK): acknowledged, no second version.
    again = exchange(gateway.port, frame(oru(control, mrn, [(number, [obx(POTASSIUM, "6.9")])])))
    assert again["code"] == "AA"
    assert admin.execute("SELECT count(*) FROM lab.result WHERE lab_order_id = %s", (order_id,)).fetchone()[0] == 1


def batch_oru(control: str, patients: list[tuple[str, str, str]]) -> str:
    """An ORU^R01 carrying several patients: [(MRN, placer order number, potassium value)]."""
    segments = [f"MSH|^~\\&|ANALYZER|LAB|HMS|HOSPITAL|20261126101500||ORU^R01|{control}|P|2.5.1"]
    for n, (mrn, placer, value) in enumerate(patients, 1):
        segments += [f"PID|{n}||{mrn}^^^HMS^MR||Patient^Test||19700506|F", f"ORC|RE|{placer}",
                     f"OBR|1|{placer}||{POTASSIUM}^Potassium^LN", f"OBX|1|{obx(POTASSIUM, value)}"]
    return "\r".join(segments) + "\r"


def test_a_batch_for_several_patients_is_stored_all_or_nothing(gateway, admin, connect_as, collected):
    first_id, first_number, first_mrn = collected
    _, second_mrn, encounter = new_visit(connect_as, given="Gateway")
    [(second_id, second_number)] = place(connect_as, encounter, POTASSIUM)
    collect(connect_as, [second_id], second_mrn)
    results = "SELECT count(*) FROM lab.result WHERE lab_order_id = ANY(%s)"
    # The second patient's group names the first patient's order: the whole batch is refused (AE), nothing stored.
    ack = exchange(gateway.port, frame(batch_oru(f"B{uuid.uuid4().hex[:12]}",
                                                 [(first_mrn, first_number, "4.2"), (second_mrn, first_number, "4.4")])))
    assert ack["code"] == "AE" and "patient mismatch" in ack["text"] and "PID^2^3" in ack["err"], ack
    assert admin.execute(results, ([first_id, second_id],)).fetchone()[0] == 0
    ack = exchange(gateway.port, frame(batch_oru(f"B{uuid.uuid4().hex[:12]}",
                                                 [(first_mrn, first_number, "4.2"), (second_mrn, second_number, "4.4")])))
    assert ack["code"] == "AA", ack
    assert admin.execute("SELECT array_agg(value ORDER BY lab_order_id) FROM lab.result WHERE lab_order_id = ANY(%s)",
                         ([first_id, second_id],)).fetchone()[0] == ["4.2", "4.4"]
    # A patient group without any order is malformed (AR).
    lone = batch_oru(f"B{uuid.uuid4().hex[:12]}", [(first_mrn, first_number, "4.2")]) + \
        f"PID|2||{second_mrn}^^^HMS^MR||Patient^Test||19700506|F\r"
    assert exchange(gateway.port, frame(lone))["code"] == "AR"


def test_a_preliminary_result_is_replaced_by_the_final_one_as_a_new_version(gateway, admin, collected):
    order_id, number, mrn = collected
    assert exchange(gateway.port, frame(oru("P1", mrn, [(number, [obx(POTASSIUM, "4.0", status="P")])])))["code"] \
        == "AA"
    assert exchange(gateway.port, frame(oru("F1", mrn, [(number, [obx(POTASSIUM, "4.1")])])))["code"] == "AA"
    rows = admin.execute("SELECT version, value, status, correction_reason FROM lab.result WHERE lab_order_id = %s "
                         "ORDER BY version", (order_id,)).fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [(1, "4.0", "superseded"), (2, "4.1", "entered")]
    assert "F1" in rows[1][3]


def test_a_text_result_takes_the_analyzers_abnormal_flag(gateway, admin, connect_as):
    _, mrn, encounter = new_visit(connect_as, given="Gateway")
    [(order_id, number)] = place(connect_as, encounter, SARS)
    collect(connect_as, [order_id], mrn)
    message = oru("T1", mrn, [(number, [obx(SARS, "Detected", unit="", flag="A", value_type="ST")])], "2.3")
    ack = exchange(gateway.port, frame(message.replace("\r", "\r\n")))  # 2.3, with CR LF line ends
    assert ack["code"] == "AA" and ack["msh"][11] == "2.3"
    assert admin.execute("SELECT value, flag, source FROM lab.result WHERE lab_order_id = %s",
                         (order_id,)).fetchone() == ("Detected", "abnormal", "hl7")


def test_application_errors_answer_AE_and_write_nothing(gateway, admin, connect_as, collected):
    order_id, number, mrn = collected
    _, other_mrn, other_encounter = new_visit(connect_as, given="Gateway")
    [(sodium_id, sodium_number)] = place(connect_as, other_encounter, SODIUM)  # not collected yet
    [(second_id, second_number)] = place(connect_as, other_encounter, POTASSIUM)
    collect(connect_as, [second_id], other_mrn)
    orders = [order_id, sodium_id, second_id]
    before = snapshot(admin, orders)
    cases = {
        "unknown order": oru("E1", mrn, [("LO99999999", [obx(POTASSIUM, "4.2")])]),
        "patient mismatch": oru("E2", other_mrn, [(number, [obx(POTASSIUM, "4.2")])]),
        "wrong test": oru("E3", mrn, [(number, [obx(HAEMOGLOBIN, "130", unit="g/L")])]),
        "unit mismatch": oru("E4", mrn, [(number, [obx(POTASSIUM, "4.2", unit="mg/dL")])]),
        "not a number": oru("E5", mrn, [(number, [obx(POTASSIUM, "high")])]),
        "not collected": oru("E6", other_mrn, [(sodium_number, [obx(SODIUM, "140")])]),
        "correction of an unreleased order": oru("E7", mrn, [(number, [obx(POTASSIUM, "4.2", status="C")])]),
        "unsupported result status": oru("E8", mrn, [(number, [obx(POTASSIUM, "4.2", status="X")])]),
        # One message, one transaction: the good first order is not stored when the second one fails.
        "second order fails": oru("E9", other_mrn, [(second_number, [obx(POTASSIUM, "4.2")]),
                                                    (sodium_number, [obx(SODIUM, "140")])]),
    }
    reasons = {}
    for name, message in cases.items():
        ack = exchange(gateway.port, frame(message))
        assert ack["code"] == "AE", (name, ack)
        assert ack["control"] == message.split("|")[9]
        assert ack["err"], name
        reasons[name] = ack["text"]
        assert snapshot(admin, orders) == before, name
    assert "unknown order LO99999999" in reasons["unknown order"]
    assert "patient mismatch" in reasons["patient mismatch"]
    assert HAEMOGLOBIN in reasons["wrong test"]
    assert "unit mg/dL" in reasons["unit mismatch"]
    assert "not a number" in reasons["not a number"]
    assert "is ordered" in reasons["not collected"] and "is ordered" in reasons["second order fails"]
    assert admin.execute("SELECT count(*) FROM lab.result WHERE lab_order_id = ANY(%s)", (orders,)).fetchone()[0] == 0


def test_hostile_input_is_rejected_with_AR_and_the_gateway_keeps_answering(gateway, admin, collected):
    order_id, number, mrn = collected
    good = oru("OK1", mrn, [(number, [obx(POTASSIUM, "4.4")])])
    before = snapshot(admin, [order_id])
    huge = "OBX|1|ST|" + POTASSIUM + "^K^LN||" + "x" * (1024 * 1024) + "|||||F"
    cases = {
        "malformed": frame("this is not HL7 at all"),
        "truncated header": frame(good[:60]),
        "truncated OBX": frame(good[:-8]),
        "truncated MSH": frame("MSH|^~\\&|ANALYZER|LAB"),
        "no OBX": frame("\r".join(good.split("\r")[:4])),
        "wrong version": frame(good.replace("|2.5.1", "|2.7")),
        "wrong encoding characters": frame(good.replace("^~\\&", "^~\\#", 1)),
        "unsupported type": frame(good.replace("ORU^R01", "ADT^A01")),
        "1 MB segment": frame(good.replace("\rOBX", "\r" + huge + "\rOBX")),
        "junk bytes": frame(bytes(range(256)) * 8),
        "junk without start block": b"\x00\xff\x13junk" + b"\x1c\x0d",
        "over the 2 MB cap": frame(good + "NTE|1||" + "y" * (2 * 1024 * 1024 + 10) + "\r"),
    }
    expected = {"malformed": "does not start with an MSH", "truncated header": "truncated MSH",
                "truncated OBX": "OBX-11 result status is missing", "truncated MSH": "control id is missing",
                "no OBX": "has no OBX", "wrong version": "version 2.7 is not supported",
                "wrong encoding characters": "wrong encoding characters", "unsupported type": "ADT is not accepted",
                "1 MB segment": "longer than 65536", "junk bytes": "not UTF-8",
                "junk without start block": "no start block", "over the 2 MB cap": "longer than 2097152 bytes"}
    client = Client(gateway.port)  # one connection: each rejection leaves it usable
    try:
        for name, payload in cases.items():
            client.send(payload)
            ack = client.receive()
            assert ack["code"] == "AR", (name, ack)
            assert expected[name] in ack["text"], (name, ack)
            assert snapshot(admin, [order_id]) == before, name
        client.send(frame(good))
        assert client.receive()["code"] == "AA"
    finally:
        client.close()
    assert snapshot(admin, [order_id]) != before


def test_slow_half_open_and_many_concurrent_clients_do_not_block_the_gateway(gateway, admin, connect_as):
    # A client that sends half a frame and stays silent, and one that connects and never sends.
    silent = socket.create_connection(("127.0.0.1", gateway.port))
    half = socket.create_connection(("127.0.0.1", gateway.port))
    half.sendall(b"\x0bMSH|^~\\&|ANALYZER|LAB|HMS|HOSP")
    _, mrn, encounter = new_visit(connect_as, given="Gateway")
    orders = place(connect_as, encounter, "24362-6")  # renal panel: 4 orders
    collect(connect_as, [o[0] for o in orders], mrn)
    codes = {number: code for code, number in zip(["2951-2", POTASSIUM, "22664-7", "14682-9"],
                                                   [n for _, n in orders], strict=True)}
    units = {"2951-2": "mmol/L", POTASSIUM: "mmol/L", "22664-7": "mmol/L", "14682-9": "umol/L"}

    def send(i: int) -> str:
        number = [n for _, n in orders][i % 4]
        code = codes[number]
        return exchange(gateway.port, frame(oru(f"M{i}", mrn, [(number, [obx(code, str(5 + i % 4),
                                                                             unit=units[code])])])))["code"]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(send, range(40)))
    elapsed = time.perf_counter() - started
    # The first result of each order is stored, later ones replace it as new versions: all accepted.
    assert results.count("AA") == 40, results
    assert admin.execute("SELECT count(*) FROM lab.result WHERE lab_order_id = ANY(%s) AND status = 'entered'",
                         ([o[0] for o in orders],)).fetchone()[0] == 4
    print(f"40 messages from 16 concurrent clients in {elapsed:.2f} s ({40 / elapsed:.0f} messages/s)")
    # The half-open client is dropped after the frame timeout; the gateway never waited for it.
    half.settimeout(10)
    assert half.recv(100) == b""
    silent.close()
    half.close()


def test_a_correction_after_release_is_a_new_version_and_alerts_again(gateway, admin, connect_as, collected):
    order_id, number, mrn = collected
    assert exchange(gateway.port, frame(oru("V1", mrn, [(number, [obx(POTASSIUM, "4.5")])])))["code"] == "AA"
    with connect_as("lab1") as conn:  # the gateway entered it: a person verifies and releases
        conn.execute("SELECT lab.verify(%s)", (order_id,))
        conn.execute("SELECT lab.release(%s)", (order_id,))
    final = oru("V2", mrn, [(number, [obx(POTASSIUM, "4.6")])])
    refused = exchange(gateway.port, frame(final))
    assert refused["code"] == "AE" and "correction" in refused["text"]
    corrected = oru("V3", mrn, [(number, [obx(POTASSIUM, "5.8", status="C")])]) + "NTE|1||recalibrated analyzer\r"
    assert exchange(gateway.port, frame(corrected))["code"] == "AA"
    rows = admin.execute("SELECT version, value, status, flag, source, correction_reason FROM lab.result "
                         "WHERE lab_order_id = %s ORDER BY version", (order_id,)).fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [(1, "4.5", "superseded"), (2, "5.8", "final")]
    assert rows[1][3:] == ("high", "hl7", "recalibrated analyzer")
    kinds = [r[0] for r in admin.execute("SELECT kind FROM notify.notification WHERE ref_id = %s ORDER BY id",
                                         (order_id,))]
    assert kinds == ["lab_result", "lab_correction"]


def test_the_gateway_reconnects_when_its_database_connection_drops(gateway, admin, collected):
    order_id, number, mrn = collected
    assert exchange(gateway.port, frame(oru("R0", mrn, [("LO99999998", [obx(POTASSIUM, "4")])])))["code"] == "AE"
    killed = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE application_name = 'hms-lab-gateway' AND usename = 'labgateway'").fetchone()[0]
    assert killed >= 1
    assert exchange(gateway.port, frame(oru("R1", mrn, [(number, [obx(POTASSIUM, "4.3")])])))["code"] == "AA"
    assert admin.execute("SELECT status FROM lab.lab_order WHERE id = %s", (order_id,)).fetchone()[0] == "resulted"


def test_without_its_database_the_gateway_answers_AR_and_keeps_running(cluster, admin_url):
    running = GatewayThread(Settings(url=cluster.state.url("hospital", user="labgateway", password="wrong-password"),
                                     host="127.0.0.1", port=0))
    port = running.start()
    try:
        for control in ("D1", "D2"):
            ack = exchange(port, frame(oru(control, "000", [("LO00000001", [obx(POTASSIUM, "4")])])))
            assert (ack["code"], ack["control"]) == ("AR", control) and "database unavailable" in ack["text"]
    finally:
        running.stop()


def test_the_escalation_runs_as_the_gateway(gateway, admin, connect_as):
    _, mrn, encounter = new_visit(connect_as, given="Gateway")
    [(order_id, number)] = place(connect_as, encounter, POTASSIUM)
    collect(connect_as, [order_id], mrn)
    assert exchange(gateway.port, frame(oru("X1", mrn, [(number, [obx(POTASSIUM, "7.5")])])))["code"] == "AA"
    with connect_as("lab1") as conn:
        conn.execute("SELECT lab.verify(%s)", (order_id,))
        conn.execute("SELECT lab.release(%s)", (order_id,))
    admin.execute("UPDATE lab.lab_order SET status_changed_at = now() - interval '2 hours' WHERE id = %s",
                  (order_id,))
    assert gateway.call(gateway.gateway.escalate()) >= 1
    assert admin.execute("SELECT escalated_at IS NOT NULL FROM lab.lab_order WHERE id = %s",
                         (order_id,)).fetchone()[0]


# ----------------------------------------------------------------------------------------------------------------
# Orders out
# ----------------------------------------------------------------------------------------------------------------
class FakeLis:
    """A local MLLP listener standing in for the external LIS: records every ORM and answers AR to the first
    `reject_first` messages of each control id, AA afterwards."""

    def __init__(self, reject_first: int = 0) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received: list[str] = []
        self.reject_first = reject_first
        self.stopping = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.server.settimeout(0.2)
        while not self.stopping:
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        buffer = b""
        with conn:
            while not self.stopping:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    return
                if not chunk:
                    return
                buffer += chunk
                while b"\x1c\x0d" in buffer:
                    block, _, buffer = buffer.partition(b"\x1c\x0d")
                    text = block[1:].decode()
                    self.received.append(text)
                    msh = text.split("\r")[0].split("|")
                    seen = sum(1 for t in self.received if t.split("\r")[0].split("|")[9] == msh[9])
                    code = "AR" if seen <= self.reject_first else "AA"
                    ack = (f"MSH|^~\\&|LIS|LAB|HMS|HOSPITAL|20261126||ACK^O01^ACK|L{len(self.received)}|P|2.5.1\r"
                           f"MSA|{code}|{msh[9]}|{'busy' if code == 'AR' else ''}\r")
                    conn.sendall(frame(ack))

    def messages_for(self, order_number: str, control: str = "NW") -> list[str]:
        return [t for t in self.received if f"ORC|{control}|{order_number}|" in t]

    def close(self) -> None:
        self.stopping = True
        self.server.close()


def without_timestamp(message: str) -> str:
    msh, _, rest = message.partition("\r")
    return "|".join(f for i, f in enumerate(msh.split("|")) if i != 6) + rest


def test_new_orders_are_sent_to_the_lis_once_acknowledged(cluster, admin_url, admin, connect_as):
    lis = FakeLis(reject_first=1)
    running = GatewayThread(Settings(url=gateway_url(cluster), host="127.0.0.1", port=0, lis=("127.0.0.1", lis.port),
                                     lis_poll_every=0.2, lis_retry_seconds=1, lis_ack_timeout=5))
    running.start()
    try:
        _, mrn, encounter = new_visit(connect_as, given="Gateway")
        [(order_id, number)] = place(connect_as, encounter, POTASSIUM)
        deadline = time.monotonic() + 20
        state = None
        while time.monotonic() < deadline:
            row = admin.execute("SELECT status, attempts, ack_code FROM lab.hl7_outbound WHERE lab_order_id = %s",
                                (order_id,)).fetchone()
            state = row
            if row and row[0] == "acknowledged":
                break
            time.sleep(0.2)
        assert state is not None and state[0] == "acknowledged" and state[2] == "AA", state
        time.sleep(1.5)  # several more polls: an acknowledged order is never sent again
        sent = lis.messages_for(number)
        assert len(sent) == 2  # rejected (AR) once, sent again with the same control id, acknowledged
        assert without_timestamp(sent[0]) == without_timestamp(sent[1])
        segments = {s.split("|")[0]: s.split("|") for s in sent[0].split("\r") if s}
        assert segments["MSH"][8] == "ORM^O01^ORM_O01" and segments["MSH"][9] == "O" + number
        assert segments["PID"][3].split("^")[0] == mrn
        assert segments["OBR"][2] == number and segments["OBR"][4].startswith(POTASSIUM + "^")
        assert admin.execute("SELECT attempts FROM lab.hl7_outbound WHERE lab_order_id = %s",
                             (order_id,)).fetchone()[0] == 2
    finally:
        running.stop()
        lis.close()


def wait_for_outbox(admin, order_id: int, control: str, status: str) -> tuple:
    deadline = time.monotonic() + 20
    row = None
    while time.monotonic() < deadline:
        row = admin.execute("SELECT status, attempts, ack_code, last_error FROM lab.hl7_outbound "
                            "WHERE lab_order_id = %s AND order_control = %s", (order_id, control)).fetchone()
        if row and row[0] == status:
            return row
        time.sleep(0.2)
    raise AssertionError((control, status, row))


def test_a_cancelled_order_the_lis_received_is_cancelled_there_too(cluster, admin_url, admin, connect_as):
    lis = FakeLis()
    running = GatewayThread(Settings(url=gateway_url(cluster), host="127.0.0.1", port=0, lis=("127.0.0.1", lis.port),
                                     lis_poll_every=0.2, lis_retry_seconds=1, lis_ack_timeout=5))
    running.start()
    try:
        _, mrn, encounter = new_visit(connect_as, given="Gateway")
        [(sent_id, sent_number)] = place(connect_as, encounter, POTASSIUM)
        wait_for_outbox(admin, sent_id, "NW", "acknowledged")
        with connect_as("doctor1") as conn:
            conn.execute("SELECT lab.cancel_order(%s, 'ordered on the wrong visit')", (sent_id,))
        assert wait_for_outbox(admin, sent_id, "CA", "acknowledged")[2] == "AA"
        time.sleep(1.0)  # more polls: neither message is sent again
        [cancel] = lis.messages_for(sent_number, "CA")
        assert len(lis.messages_for(sent_number)) == 1
        segments = {seg.split("|")[0]: seg.split("|") for seg in cancel.split("\r") if seg}
        assert segments["MSH"][9] == "C" + sent_number and segments["PID"][3].split("^")[0] == mrn
        assert segments["ORC"][2] == sent_number and segments["ORC"][16] == "^ordered on the wrong visit"
        assert segments["OBR"][2] == sent_number

        # Cancelled before the gateway offered it: nothing goes to the LIS at all.
        running.stop()
        [(quiet_id, quiet_number)] = place(connect_as, encounter, POTASSIUM)
        with connect_as("doctor1") as conn:
            conn.execute("SELECT lab.cancel_order(%s, 'duplicate order, placed twice')", (quiet_id,))
        running = GatewayThread(Settings(url=gateway_url(cluster), host="127.0.0.1", port=0,
                                         lis=("127.0.0.1", lis.port), lis_poll_every=0.2, lis_retry_seconds=1,
                                         lis_ack_timeout=5))
        running.start()
        time.sleep(1.5)  # several polls
        assert not lis.messages_for(quiet_number) and not lis.messages_for(quiet_number, "CA")
        assert admin.execute("SELECT count(*) FROM lab.hl7_outbound WHERE lab_order_id = %s",
                             (quiet_id,)).fetchone()[0] == 0
    finally:
        running.stop()
        lis.close()


def test_an_order_cancelled_while_its_new_order_message_is_retried_is_cancelled_not_resent(connect_as, admin):
    _, _, encounter = new_visit(connect_as, given="Gateway")
    [(order_id, number)] = place(connect_as, encounter, POTASSIUM)
    with connect_as("labgateway", autocommit=True) as gw:
        def due() -> list[dict]:
            cur = gw.execute("SELECT lab_order_id, order_control, message_control_id, cancel_reason "
                             "FROM lab.hl7_outbound_due(500, 1, 24)")
            return [r for r in cur.fetchall() if r[0] == order_id]
        assert due() == [(order_id, "NW", "O" + number, None)]  # sent once, no answer: retried later
        gw.execute("SELECT lab.hl7_outbound_done(%s, NULL, 'timeout', 1)", (order_id,))
        with connect_as("doctor1") as conn:
            conn.execute("SELECT lab.cancel_order(%s, 'patient refused the test')", (order_id,))
        time.sleep(1.1)  # the NW is due again; the cancellation replaces it
        assert due() == [(order_id, "CA", "C" + number, "patient refused the test")]
        assert admin.execute("SELECT status, last_error FROM lab.hl7_outbound WHERE lab_order_id = %s AND "
                             "order_control = 'NW'", (order_id,)).fetchone() == \
            ("withdrawn", "order cancelled while being sent: the LIS is sent a cancellation")
        assert gw.execute("SELECT lab.hl7_outbound_done(%s, 'AA', NULL, 1, 'CA')", (order_id,)).fetchone()[0] == \
            "acknowledged"
        time.sleep(1.1)
        assert due() == []  # settled: nothing is offered again
        with pytest.raises(psycopg.errors.NoDataFound, match="no XX message"):
            gw.execute("SELECT lab.hl7_outbound_done(%s, 'AA', NULL, 1, 'XX')", (order_id,))


def test_the_console_script_reads_the_password_from_stdin_and_never_prints_it(cluster, admin_url, tmp_path):
    url = cluster.state.url("hospital", user="labgateway")  # no password in the URL
    proc = subprocess.Popen([sys.executable, "-m", "server_db.lab_gateway", "--url", url, "--listen", "127.0.0.1:0",
                             "--password-stdin"], stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(
                                [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")])})
    try:
        proc.stdin.write(DEMO_PASSWORD + "\n")
        proc.stdin.flush()
        lines = []
        port = None
        deadline = time.monotonic() + 20
        while port is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            lines.append(line)
            if "listening on" in line:
                port = int(line.rsplit(":", 1)[1])
        assert port, lines
        ack = exchange(port, frame(oru("CLI1", "000", [("LO99999997", [obx(POTASSIUM, "4")])])))
        assert ack["code"] == "AE" and "unknown order" in ack["text"]  # it reached the database
    finally:
        proc.terminate()
        _, rest = proc.communicate(timeout=10)
    output = "".join(lines) + rest
    assert "control_id=CLI1" in output and DEMO_PASSWORD not in output
    assert proc.returncode == 0


def test_only_the_lab_role_drives_the_outbox_and_only_through_its_functions(connect_as):
    for login in ("doctor1", "reception1", "billing1"):
        with connect_as(login) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM lab.hl7_outbound_due(1, 60, 24)")
    with connect_as("labgateway") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO lab.hl7_outbound (lab_order_id, message_control_id) VALUES (1, 'x')")
    with connect_as("labgateway") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE lab.hl7_outbound SET status = 'acknowledged'")
    with connect_as("labgateway") as conn, pytest.raises(psycopg.errors.NoDataFound):
        conn.execute("SELECT lab.hl7_outbound_done(-1, 'AA')")
    with connect_as("labgateway") as conn, pytest.raises(psycopg.errors.InvalidParameterValue):
        conn.execute("SELECT * FROM lab.hl7_outbound_due(0, 60, 24)")


def test_connections_beyond_the_limit_are_refused_without_disturbing_the_others(cluster, admin_url):
    running = GatewayThread(Settings(url=gateway_url(cluster), host="127.0.0.1", port=0, max_connections=2))
    port = running.start()
    try:
        kept = [socket.create_connection(("127.0.0.1", port)) for _ in range(2)]
        time.sleep(0.2)
        extra = socket.create_connection(("127.0.0.1", port), timeout=5)
        assert extra.recv(10) == b""  # closed at once
        extra.close()
        kept[0].sendall(frame(oru("L1", "000", [("LO99999996", [obx(POTASSIUM, "4")])])))
        kept[0].settimeout(10)
        assert b"MSA|AE|L1|" in kept[0].recv(65536)
        for sock in kept:
            sock.close()
    finally:
        running.stop()


# ----------------------------------------------------------------------------------------------------------------
# Fuzzing (the long run: bench/fuzz_lab_gateway.py)
# ----------------------------------------------------------------------------------------------------------------
def test_fuzzed_messages_are_all_answered_and_never_half_stored(cluster, admin_url, admin, connect_as):
    """400 mutated ORU^R01 cases (tests/hl7_fuzz.py) on one connection, each followed by a probe: every framed
    message answered with a well-formed ACK, no connection dropped, no exception in the gateway, nothing written
    by a case answered only AE/AR, no half-stored message anywhere, and the audit chain intact."""
    import hl7_fuzz

    from server_db import audit_chain

    targets = []
    for _ in range(3):
        _, mrn, encounter = new_visit(connect_as, given="Gateway")
        for code in (POTASSIUM, SODIUM):
            [(order_id, number)] = place(connect_as, encounter, code)
            collect(connect_as, [order_id], mrn)
            targets.append(hl7_fuzz.Target(number, mrn, code))
    running = GatewayThread(Settings(url=gateway_url(cluster), host="127.0.0.1", port=0, frame_timeout=5,
                                     escalate_every=3600))
    with hl7_fuzz.LogWatch() as watch:
        port = running.start()
        try:
            tally = hl7_fuzz.run(port, admin, hl7_fuzz.Fuzzer(targets, seed=19), 400, reconnect_every=100)
        finally:
            running.stop()
    tally.internal_errors, tally.library_log_lines = len(watch.records), len(watch.foreign)
    problems = hl7_fuzz.check_database(admin)
    summary = hl7_fuzz.report(tally, problems, "-", 1)
    assert tally.crashes == 0 and not tally.bad_acks and not tally.partial and not problems, summary
    assert tally.library_log_lines == 0, summary
    assert hl7_fuzz.unanswered_kinds(tally) <= hl7_fuzz.UNFRAMED_KINDS, summary  # every framed message answered
    assert tally.answers["AA"] > 40 and tally.answers["AR"] > 100 and tally.answers["AE"] > 10, summary
    assert len(tally.kinds) > 30, summary
    with psycopg.connect(admin_url) as conn:
        audit_chain.seal(conn)
        assert audit_chain.verify(conn).ok


def test_hostile_escape_sequences_are_answered_AR_and_a_text_result_is_unescaped_once(gateway, admin, connect_as):
    """Found by the fuzzer: python-hl7's unescape raised on \\.spx\\ (answered AE internal error, with a traceback
    in the log), multiplied \\.sp<n>\\ without bound, and was applied twice (\\E\\F\\E\\ became |)."""
    _, mrn, encounter = new_visit(connect_as, given="Gateway")
    [(order_id, number)] = place(connect_as, encounter, SARS)
    collect(connect_as, [order_id], mrn)
    before = snapshot(admin, [order_id])
    for control, value in (("E1", "\\.spx\\"), ("E2", "x\\.sp999999999\\"), ("E3", "pos\\X00\\")):
        ack = exchange(gateway.port, frame(oru(control, mrn, [(number, [obx(SARS, value, unit="", value_type="ST")])])))
        assert ack["code"] == "AR" and "escape sequence" in ack["text"], ack
        assert snapshot(admin, [order_id]) == before
    ack = exchange(gateway.port, frame(oru("E4", mrn, [(number, [obx(SARS, "Detected \\E\\F\\E\\ 2", unit="",
                                                                      value_type="ST")])])))
    assert ack["code"] == "AA", ack
    assert admin.execute("SELECT value FROM lab.result WHERE lab_order_id = %s", (order_id,)).fetchone()[0] \
        == "Detected \\F\\ 2"
