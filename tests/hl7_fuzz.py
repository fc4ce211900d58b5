"""A mutation fuzzer for the lab gateway (server_db/lab_gateway), shared by the short run in
tests/test_lab_gateway.py and the long one in bench/fuzz_lab_gateway.py.

It starts from real ORU^R01 messages for collected orders (the ones the tests send: PID, ORC, OBR, OBX, NTE; one or
several patients) and breaks them one way per case: segments dropped, doubled, swapped or truncated; fields
replaced by hostile values (huge, control characters, invalid UTF-8, stray separators and escapes, odd numbers);
wrong encoding characters, MSH-9, MSH-10, MSH-12; missing PID/OBR/OBX; wrong patient, order, test, unit, status;
random byte flips; and the MLLP framing itself (no start or end block, doubled blocks, noise between frames, an
empty frame, a frame dribbled a few bytes at a time, an oversized frame).

After every case the client sends a probe (a well-framed message the gateway rejects without touching the
database) on the same connection and reads every answer up to the probe's: so each case's answers are known, a
connection the gateway dropped or a gateway that stopped answering shows up at once, and the database is compared
before and after each case (a case answered only AE/AR must not have changed anything). `check_database` then
looks for half-stored messages across the whole run. Deterministic for a given seed."""
from __future__ import annotations

import logging
import random
import socket
import time
from collections import Counter
from dataclasses import dataclass, field

import psycopg

START, END = b"\x0b", b"\x1c\x0d"
POTASSIUM, SODIUM = "2823-3", "2951-2"


@dataclass
class Target:
    """A collected order the fuzzer may send results for."""
    order_number: str
    mrn: str
    code: str
    unit: str = "mmol/L"


@dataclass
class Case:
    kind: str
    payload: bytes
    chunk: int = 0             # > 0: sent this many bytes at a time


@dataclass
class Tally:
    sent: int = 0
    kinds: Counter = field(default_factory=Counter)
    answers: Counter = field(default_factory=Counter)          # by MSA-1 code
    answers_by_kind: dict = field(default_factory=dict)        # kind -> Counter of codes
    unanswered: list = field(default_factory=list)             # (kind, case number): a framed message without answer
    dropped: list = field(default_factory=list)                # the gateway closed the connection
    bad_acks: list = field(default_factory=list)               # an answer that is not a well-formed ACK
    partial: list = field(default_factory=list)                # rejected, yet the database changed
    internal_errors: int = 0                                   # exceptions the gateway's catch-all had to answer
    library_log_lines: int = 0                                 # warnings logged by python-hl7 (whole fields)

    @property
    def crashes(self) -> int:
        return len(self.unanswered) + len(self.dropped) + self.internal_errors


class LogWatch(logging.Handler):
    """On the root logger: records carrying an exception (the gateway's catch-alls log them with log.exception),
    and warnings from other loggers than the gateway's (python-hl7 logs whole fields, patient data included)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.foreign: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("hms.") and record.exc_info:
            self.records.append(record)
        elif not record.name.startswith("hms."):
            self.foreign.append(record)

    def __enter__(self) -> LogWatch:
        logging.getLogger().addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger().removeHandler(self)


# ------------------------------------------------------------------------------------------------------------
# Messages
# ------------------------------------------------------------------------------------------------------------
def oru(control: str, groups: list[tuple[Target, str]], version: str = "2.5.1") -> list[str]:
    """The segments of a valid ORU^R01: one patient group per (target, value)."""
    segments = [f"MSH|^~\\&|ANALYZER|LAB|HMS|HOSPITAL|20261126101500||ORU^R01|{control}|P|{version}"]
    for n, (target, value) in enumerate(groups, 1):
        segments += [f"PID|{n}||{target.mrn}^^^HMS^MR||Patient^Test||19700506|F", f"ORC|RE|{target.order_number}",
                     f"OBR|1|{target.order_number}||{target.code}^Test^LN",
                     f"OBX|1|NM|{target.code}^Test^LN||{value}|{target.unit}^{target.unit}^UCUM|3.5-5.3|N|||F",
                     "NTE|1||analyzer run 7"]
    return segments


def frame(text: str | bytes) -> bytes:
    return START + (text.encode() if isinstance(text, str) else text) + END


def probe(number: int) -> bytes:
    """Answered AR (unsupported type) without any database work: marks the end of a case's answers."""
    return frame(f"MSH|^~\\&|FUZZ|LAB|HMS|HOSPITAL|20261126||QRY^Q01|PRB{number}|P|2.5.1\rQRD|1\r")


HOSTILE_VALUES = [
    "", " ", "^", "~", "&", "\\", "|", "^^^^", "~~~~", "\\E\\", "\\X00\\", "\\X0D\\", "\\Xzz\\", "\\H\\\\N\\",
    "\\.br\\", "\\.sp999999999\\", "\\.spx\\", "\\.sk-1\\", "\\Cxxyy\\", "\\Z\\", "\\", "\\\\\\", "NaN", "Infinity", "-Infinity", "1e308", "1e-400", "-0", "+4.2", "4,2",
    "<0.1", ">10", "4.2.3", "0x10", "9" * 400, "-" * 50, "1/0", "'; DROP TABLE lab.result; --", "%s", "%(x)s",
    "{}", "null", "None", "\u202e4.2", "４.２", "٤٫٢", "4.2\u0301", "🧪" * 30, "\ufeff4.2", "\u2028", "é" * 100,
    "ÿ" * 10, "\u0000", "\x07", "\x1b[31m", "\x0b", "\x1c", "\r", "\n", "\r\n", "x" * 2001, "y" * 70_000,
]
MESSAGE_TYPES = ["ADT^A01", "ORU", "ORU^", "^R01", "ORU^R02", "ORM^O01", "ACK", "ACK^R01", "oru^r01", "ORU^R01^ORU_R01",
                 "ORU&R01", "ORU~ORU^R01", "", "\\F\\", "ORU^R01" + "^X" * 200, "ÖRU^R01"]
VERSIONS = ["2.7", "2.5.2", "2", "", "2.5.1^", "v2.5", "2.3", "2.4", "9" * 100, "2.5.1~2.4"]
ENCODINGS = ["^~\\#", "^~\\", "", "^~\\&&", "#~\\&", "^^^^", "|~\\&"]
SEPARATORS = ["|", "#", "^", "", "||"]
STATUSES = ["", "X", "D", "W", "I", "R", "f", "C", "P", "FF", "\\F\\"]
UNITS = ["", "mg/dL", "MMOL/L", "mmol/l", "mmol/L^", "\\S\\", "g/L"]
NOISE = [b"\x00", b"\xff\xfe", b"junk", b"\r\n", b"\x1c", b"\x0d", b"\x0b\x0b", b" " * 100]


UNFRAMED_KINDS = {"framing_no_end", "framing_only_end"}  # no complete frame of their own: merged into the probe


def unanswered_kinds(tally: Tally) -> set[str]:
    """Kinds of which some case got no answer before its probe's."""
    return {kind for kind, codes in tally.answers_by_kind.items() if codes["(none)"]}


class Fuzzer:
    """Makes cases from real messages; `rng` makes it reproducible."""

    def __init__(self, targets: list[Target], seed: int = 1) -> None:
        self.targets = targets
        self.rng = random.Random(seed)
        self.count = 0
        self.kinds = [name[5:] for name in dir(self) if name.startswith("case_")]

    def _value(self) -> str:
        return f"{self.rng.uniform(2.0, 7.5):.2f}"

    def _segments(self) -> list[str]:
        self.count += 1
        groups = self.rng.sample(self.targets, k=min(len(self.targets), self.rng.choice([1, 1, 1, 2, 3])))
        return oru(f"F{self.count}", [(t, self._value()) for t in groups],
                   version=self.rng.choice(["2.5.1", "2.5.1", "2.3", "2.4", "2.5", "2.3.1"]))

    @staticmethod
    def _text(segments: list[str]) -> str:
        return "\r".join(segments) + "\r"

    def next_case(self) -> Case:
        kind = self.rng.choice(self.kinds)
        return getattr(self, "case_" + kind)()

    # -- well-formed -------------------------------------------------------------------------------------
    def case_valid(self) -> Case:
        return Case("valid", frame(self._text(self._segments())))

    def case_valid_dribbled(self) -> Case:
        return Case("valid_dribbled", frame(self._text(self._segments())), chunk=self.rng.choice([1, 3, 17]))

    def case_latin1(self) -> Case:
        segments = self._segments()
        segments[0] += "||||||8859/1"
        segments.append("NTE|2||Prüfung ÄÖÜ ß")
        return Case("latin1", frame(self._text(segments).encode("latin-1")))

    # -- segments -----------------------------------------------------------------------------------------
    def case_segment_drop(self) -> Case:
        segments = self._segments()
        del segments[self.rng.randrange(len(segments))]
        return Case("segment_drop", frame(self._text(segments)))

    def case_segment_duplicate(self) -> Case:
        segments = self._segments()
        i = self.rng.randrange(len(segments))
        segments.insert(i, segments[i])
        return Case("segment_duplicate", frame(self._text(segments)))

    def case_segment_swap(self) -> Case:
        segments = self._segments()
        i, j = self.rng.randrange(len(segments)), self.rng.randrange(len(segments))
        segments[i], segments[j] = segments[j], segments[i]
        return Case("segment_swap", frame(self._text(segments)))

    def case_missing_group(self) -> Case:
        name = self.rng.choice(["PID", "ORC", "OBR", "OBX", "NTE"])
        return Case("missing_" + name.lower(),
                    frame(self._text([s for s in self._segments() if not s.startswith(name)])))

    def case_truncated(self) -> Case:
        text = self._text(self._segments())
        return Case("truncated", frame(text[:self.rng.randrange(len(text))]))

    def case_unknown_segment(self) -> Case:
        segments = self._segments()
        segments.insert(self.rng.randrange(1, len(segments) + 1),
                        self.rng.choice(["ZZZ|1|x", "obx|1|NM", "OB|1", "OBXX|1", "12A|", "ZNT", "Z|" * 50,
                                         "OBX", "PID", "OBR", "MSH|^~\\&|X"]))
        return Case("unknown_segment", frame(self._text(segments)))

    def case_many_segments(self) -> Case:
        segments = self._segments()
        segments += ["NTE|1||n"] * self.rng.choice([100, 1999, 2500])
        return Case("many_segments", frame(self._text(segments)))

    # -- fields -------------------------------------------------------------------------------------------
    def case_field_hostile(self) -> Case:
        segments = self._segments()
        i = self.rng.randrange(len(segments))
        fields = segments[i].split("|")
        j = self.rng.randrange(1, len(fields) + 3)
        fields += [""] * (j + 1 - len(fields))
        fields[j] = self.rng.choice(HOSTILE_VALUES)
        segments[i] = "|".join(fields)
        return Case("field_hostile", frame(self._text(segments)))

    def case_obx_value(self) -> Case:
        segments = self._segments()
        i = next(n for n, s in enumerate(segments) if s.startswith("OBX"))
        fields = segments[i].split("|")
        fields[5] = self.rng.choice(HOSTILE_VALUES)
        fields[2] = self.rng.choice(["NM", "NM", "ST", "TX", "SN", "CE", "CWE", "", "XX", "ED"])
        segments[i] = "|".join(fields)
        return Case("obx_value", frame(self._text(segments)))

    def case_obx_status_unit(self) -> Case:
        segments = self._segments()
        i = next(n for n, s in enumerate(segments) if s.startswith("OBX"))
        fields = segments[i].split("|")
        if self.rng.random() < 0.5:
            fields[11] = self.rng.choice(STATUSES)
        else:
            fields[6] = self.rng.choice(UNITS)
        segments[i] = "|".join(fields)
        return Case("obx_status_unit", frame(self._text(segments)))

    def case_separators(self) -> Case:
        segments = self._segments()
        i = self.rng.randrange(len(segments))
        s = list(segments[i])
        for _ in range(self.rng.randint(1, 5)):
            s.insert(self.rng.randrange(len(s) + 1), self.rng.choice("|^~\\&"))
        segments[i] = "".join(s)
        return Case("separators", frame(self._text(segments)))

    def case_deep_components(self) -> Case:
        segments = self._segments()
        i = self.rng.randrange(1, len(segments))
        segments[i] += "|" + self.rng.choice(["^", "~", "&", "|", "\\F\\"]) * self.rng.choice([1000, 20_000, 60_000])
        return Case("deep_components", frame(self._text(segments)))

    def case_huge(self) -> Case:
        segments = self._segments()
        size = self.rng.choice([3_000, 66_000, 200_000, 200_000, 2 * 1024 * 1024 + 100])
        segments.insert(-1, "NTE|2||" + "h" * size)
        return Case("huge", frame(self._text(segments)))

    def case_unicode(self) -> Case:
        segments = self._segments()
        i = self.rng.randrange(len(segments))
        segments[i] += "|" + self.rng.choice(["🧪💉", "\u202e\u202d", "Ω≈ç√", "\ufeff", "\U0010ffff", "日本語",
                                               "\u0301\u0301", "\ud7ff", "\u2028\u2029"])
        return Case("unicode", frame(self._text(segments)))

    def case_escapes(self) -> Case:
        segments = self._segments()
        i = self.rng.randrange(1, len(segments))
        segments[i] += self.rng.choice(["\\", "\\X\\", "\\XFFFE\\", "\\X00\\", "\\Cxxyy\\", "\\M\\", "\\E", "\\.sp99\\",
                                        "\\H\\\\N\\", "\\Zabc\\"]) * self.rng.randint(1, 30)
        return Case("escapes", frame(self._text(segments)))

    # -- header -------------------------------------------------------------------------------------------
    def case_msh(self) -> Case:
        segments = self._segments()
        fields = segments[0].split("|")
        which = self.rng.choice([1, 3, 4, 5, 6, 8, 9, 9, 10, 11, 11, 17])
        if which == 1:
            segments[0] = "MSH" + self.rng.choice(SEPARATORS) + self.rng.choice(ENCODINGS) + segments[0][8:]
        else:
            fields += [""] * (which + 1 - len(fields))
            fields[which] = self.rng.choice(
                {8: MESSAGE_TYPES, 11: VERSIONS, 9: ["", "x" * 500, "^", "\\F\\", "C|D", "é"],
                 10: ["X", "", "Q", "PT"]}.get(which, HOSTILE_VALUES))
            segments[0] = "|".join(fields)
        return Case("msh", frame(self._text(segments)))

    # -- database-level mistakes -------------------------------------------------------------------------
    def case_wrong_reference(self) -> Case:
        segments = self._segments()
        what = self.rng.choice(["patient", "order", "test"])
        for n, s in enumerate(segments):
            if what == "patient" and s.startswith("PID"):
                segments[n] = s.replace("|||", "|") if self.rng.random() < 0.2 else \
                    "PID|1||" + self.rng.choice(self.targets).mrn[::-1] + "^^^HMS^MR"
            elif what == "order" and s.startswith(("ORC", "OBR")):
                segments[n] = s.replace("|LO", "|LX" if self.rng.random() < 0.5 else "|LO9")
            elif what == "test" and s.startswith("OBX"):
                segments[n] = s.replace(s.split("|")[3].split("^")[0], self.rng.choice(["718-7", "0000-0", "", "x"]))
        return Case("wrong_" + what, frame(self._text(segments)))

    # -- bytes --------------------------------------------------------------------------------------------
    def case_invalid_utf8(self) -> Case:
        raw = bytearray(self._text(self._segments()).encode())
        for _ in range(self.rng.randint(1, 4)):
            raw[self.rng.randrange(len(raw))] = self.rng.choice([0x80, 0xC0, 0xC3, 0xE2, 0xF5, 0xFF, 0xED])
        return Case("invalid_utf8", frame(bytes(raw)))

    def case_control_chars(self) -> Case:
        raw = bytearray(self._text(self._segments()).encode())
        raw.insert(self.rng.randrange(len(raw)), self.rng.choice([0x00, 0x01, 0x07, 0x08, 0x0C, 0x1B, 0x1F, 0x7F]))
        return Case("control_chars", frame(bytes(raw)))

    def case_byte_flips(self) -> Case:
        raw = bytearray(self._text(self._segments()).encode())
        for _ in range(self.rng.randint(1, 8)):
            raw[self.rng.randrange(len(raw))] ^= 1 << self.rng.randrange(8)
        return Case("byte_flips", frame(bytes(raw)))

    # -- MLLP framing -------------------------------------------------------------------------------------
    def case_framing(self) -> Case:
        text = self._text(self._segments()).encode()
        how = self.rng.choice(["no_start", "no_end", "double_start", "double_end", "noise_before", "noise_after",
                               "empty", "only_end", "start_inside", "end_inside", "fs_without_cr", "two_frames",
                               "lf_segments"])
        payload = {
            "no_start": text + END,
            "no_end": START + text,                      # runs into the probe's frame
            "double_start": START + START + text + END,
            "double_end": START + text + END + END,
            "noise_before": self.rng.choice(NOISE) + START + text + END,
            "noise_after": START + text + END + self.rng.choice(NOISE),
            "empty": START + END,
            "only_end": END,
            "start_inside": START + text[:20] + START + text[20:] + END,
            "end_inside": START + text[:40] + END + text[40:] + END,
            "fs_without_cr": START + text + b"\x1c" + START + text + END,
            "two_frames": START + text + END + START + text.replace(b"|F", b"|G", 1) + END,
            "lf_segments": START + text.replace(b"\r", b"\n") + END,
        }[how]
        return Case("framing_" + how, payload)


# ------------------------------------------------------------------------------------------------------------
# Sending and checking
# ------------------------------------------------------------------------------------------------------------
def _snapshot(admin: psycopg.Connection) -> tuple:
    """What storing a result changes (not lab_order itself: the escalation job may touch it)."""
    return admin.execute("""
        SELECT (SELECT count(*) FROM lab.result), (SELECT count(*) FROM lab.order_status_history),
               (SELECT count(*) FROM lab.specimen WHERE received_at IS NOT NULL),
               (SELECT count(*) FROM billing.charge),
               (SELECT count(*) FROM audit.event WHERE table_name IN ('result', 'specimen', 'charge'))""").fetchone()


def _ack_fields(block: bytes) -> tuple[str, str] | None:
    """(MSA-1, MSA-2) of a well-formed ACK, else None."""
    try:
        segments = [s.split("|") for s in block.decode("utf-8").split("\r") if s]
    except UnicodeDecodeError:
        return None
    if not segments or segments[0][0] != "MSH" or segments[0][1] != "^~\\&" or not segments[0][8].startswith("ACK"):
        return None
    msa = next((s for s in segments if s[0] == "MSA"), None)
    if msa is None or len(msa) < 3 or msa[1] not in ("AA", "AE", "AR"):
        return None
    return msa[1], msa[2]


class Sender:
    """One MLLP connection to the gateway; reconnects when the gateway closed it (counted by the caller)."""

    def __init__(self, port: int, timeout: float = 20) -> None:
        self.port, self.timeout = port, timeout
        self.sock: socket.socket | None = None
        self.buffer = b""

    def connect(self) -> None:
        self.close()
        self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=self.timeout)
        self.buffer = b""

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None

    def send(self, payload: bytes, chunk: int = 0) -> None:
        assert self.sock is not None
        if chunk:
            for i in range(0, len(payload), chunk):
                self.sock.sendall(payload[i:i + chunk])
        else:
            self.sock.sendall(payload)

    def blocks_until(self, marker: str) -> list[bytes]:
        """Every ACK block up to and including the one whose MSA-2 is `marker`."""
        assert self.sock is not None
        blocks = []
        while True:
            while END not in self.buffer:
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise ConnectionError("closed by the gateway")
                self.buffer += chunk
            block, _, self.buffer = self.buffer.partition(END)
            block = block[1:] if block.startswith(START) else block
            blocks.append(block)
            fields = _ack_fields(block)
            if fields is not None and fields[1] == marker:
                return blocks


def run(port: int, admin: psycopg.Connection, fuzzer: Fuzzer, n: int, tally: Tally | None = None,
        reconnect_every: int = 250) -> Tally:
    """Send n cases, each followed by a probe on the same connection; check the database after each."""
    tally = tally or Tally()
    sender = Sender(port)
    sender.connect()
    try:
        for number in range(1, n + 1):
            case = fuzzer.next_case()
            tally.sent += 1
            tally.kinds[case.kind] += 1
            by_kind = tally.answers_by_kind.setdefault(case.kind, Counter())
            before = _snapshot(admin)
            try:
                sender.send(case.payload, case.chunk)
                sender.send(probe(number))
                blocks = sender.blocks_until(f"PRB{number}")
            except (ConnectionError, OSError) as exc:  # socket.timeout is an OSError
                (tally.unanswered if isinstance(exc, TimeoutError) else tally.dropped).append((case.kind, number))
                time.sleep(0.2)
                sender.connect()
                continue
            codes = []
            for block in blocks[:-1]:
                fields = _ack_fields(block)
                if fields is None:
                    tally.bad_acks.append((case.kind, number))
                    continue
                codes.append(fields[0])
            for code in codes:
                tally.answers[code] += 1
                by_kind[code] += 1
            if not codes:
                by_kind["(none)"] += 1
            if "AA" not in codes and _snapshot(admin) != before:
                tally.partial.append((case.kind, number))
            if number % reconnect_every == 0:
                sender.connect()
    finally:
        sender.close()
    return tally


def check_database(admin: psycopg.Connection) -> list[str]:
    """Half-stored messages anywhere: each is a sentence naming what is inconsistent."""
    problems = []
    checks = {
        "results of orders that were never moved to resulted": """
            SELECT count(*) FROM lab.result r JOIN lab.lab_order o ON o.id = r.lab_order_id
             WHERE o.status IN ('ordered', 'collected', 'received', 'cancelled')""",
        "resulted orders without a current result": """
            SELECT count(*) FROM lab.lab_order o WHERE o.status = 'resulted'
               AND NOT EXISTS (SELECT 1 FROM lab.result r WHERE r.lab_order_id = o.id AND r.status = 'entered')""",
        "resulted orders whose specimen was never received": """
            SELECT count(*) FROM lab.lab_order o JOIN lab.specimen s ON s.id = o.specimen_id
             WHERE o.status IN ('resulted', 'verified', 'released') AND s.received_at IS NULL""",
        "orders with more than one current result": """
            SELECT count(*) FROM (SELECT lab_order_id FROM lab.result WHERE status = 'entered'
                                   GROUP BY 1 HAVING count(*) > 1) x""",
        "result rows without their audit event": """
            SELECT count(*) FROM lab.result r WHERE NOT EXISTS (
                SELECT 1 FROM audit.event e WHERE e.table_name = 'result' AND e.action = 'INSERT'
                   AND e.row_id = r.id::text)""",
        "resulted orders without exactly one charge": """
            SELECT count(*) FROM lab.lab_order o WHERE o.status IN ('resulted', 'verified', 'released')
               AND (SELECT count(*) FROM billing.charge c WHERE c.source_kind = 'lab_test' AND c.source_id = o.id)
                   <> 1""",
    }
    for problem, query in checks.items():
        count = admin.execute(query).fetchone()[0]
        if count:
            problems.append(f"{count} {problem}")
    return problems


def report(tally: Tally, problems: list[str], chain: str, elapsed: float) -> str:
    lines = [f"messages sent: {tally.sent} cases (+{tally.sent} probes) in {elapsed:.0f} s "
             f"({tally.sent / max(elapsed, 1e-9):.0f} cases/s)",
             "cases by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.kinds.items())),
             "answers by ACK code: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.answers.items())),
             "cases with no answer of their own (no complete frame; answered together with the probe): "
             + (", ".join(f"{k} {c['(none)']}" for k, c in sorted(tally.answers_by_kind.items()) if c["(none)"])
                or "none"),
             f"crashes: {tally.crashes} (unanswered {len(tally.unanswered)}, connections dropped "
             f"{len(tally.dropped)}, internal errors {tally.internal_errors})",
             f"malformed answers: {len(tally.bad_acks)}; library log lines (fields logged): "
             f"{tally.library_log_lines}",
             f"partial writes: {len(tally.partial)} rejected cases that changed the database; database checks: "
             + ("; ".join(problems) or "none failed"),
             f"audit chain: {chain}"]
    return "\n".join(lines)
