"""HL7 v2 messages of the lab gateway, without any I/O: reading an MLLP frame into a validated ORU^R01, and
writing ACK and ORM^O01 messages. Parsing uses python-hl7 (`hl7.parse`); validation is strict, and every
rejection carries the HL7 error code (table 0357) and a reason that never contains patient data."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import hl7

START_BLOCK = b"\x0b"
END_BLOCK = b"\x1c\x0d"
ENCODING_CHARACTERS = "^~\\&"
SUPPORTED_VERSIONS = ("2.3", "2.3.1", "2.4", "2.5", "2.5.1")
MAX_SEGMENT_CHARS = 65_536
MAX_SEGMENTS = 2_000
MAX_VALUE_CHARS = 2_000

# HL7 table 0357 (message error condition codes).
SEGMENT_SEQUENCE = 100
REQUIRED_FIELD_MISSING = 101
DATA_TYPE_ERROR = 102
TABLE_VALUE_NOT_FOUND = 103
UNSUPPORTED_MESSAGE_TYPE = 200
UNSUPPORTED_EVENT = 201
UNSUPPORTED_PROCESSING_ID = 202
UNSUPPORTED_VERSION = 203
UNKNOWN_KEY = 204
INTERNAL_ERROR = 207
ERROR_TEXT = {SEGMENT_SEQUENCE: "Segment sequence error", REQUIRED_FIELD_MISSING: "Required field missing",
              DATA_TYPE_ERROR: "Data type error", TABLE_VALUE_NOT_FOUND: "Table value not found",
              UNSUPPORTED_MESSAGE_TYPE: "Unsupported message type", UNSUPPORTED_EVENT: "Unsupported event code",
              UNSUPPORTED_PROCESSING_ID: "Unsupported processing id", UNSUPPORTED_VERSION: "Unsupported version id",
              UNKNOWN_KEY: "Unknown key identifier", INTERNAL_ERROR: "Application internal error"}

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SAFE = re.compile(r"[^A-Za-z0-9 ._:/@+#*()=,;-]")
_SEGMENT_ID = re.compile(r"^[A-Z][A-Z0-9]{2}$")


class Rejected(Exception):
    """The message is not stored: `ack` is AR (rejected: not a message we can read) or AE (application error)."""

    def __init__(self, ack: str, code: int, reason: str, location: str = "", category: str = "") -> None:
        super().__init__(reason)
        self.ack, self.code, self.reason, self.location = ack, code, reason, location
        self.category = category or ERROR_TEXT.get(code, "error").lower().replace(" ", "_")


def reject(code: int, reason: str, location: str = "", category: str = "") -> Rejected:
    return Rejected("AR", code, reason, location, category)


def error(code: int, reason: str, location: str = "", category: str = "") -> Rejected:
    return Rejected("AE", code, reason, location, category)


@dataclass
class Header:
    """What an ACK needs from MSH, read leniently (even from a message that is otherwise rejected)."""
    sending_application: str = ""
    sending_facility: str = ""
    receiving_application: str = ""
    receiving_facility: str = ""
    message_type: str = ""
    trigger: str = ""
    control_id: str = ""
    processing_id: str = "P"
    version: str = ""
    charset: str = ""
    valid_encoding: bool = False


@dataclass
class Observation:
    set_id: str
    code: str
    value: str
    unit: str
    reference_range: str
    abnormal_flag: str
    status: str
    comment: str = ""
    location: str = ""


@dataclass
class OrderResults:
    placer_order_number: str
    observations: list[Observation] = field(default_factory=list)
    location: str = ""
    mrn: str = ""            # PID-3 of the patient group the order sits in
    pid_location: str = ""   # that PID segment, for error locations


@dataclass
class ResultMessage:
    """A validated ORU^R01: one or more patient groups (PID-3), each with the results of one or more orders (an
    analyzer may send a batch for several patients in one message; it is stored all or nothing)."""
    header: Header
    orders: list[OrderResults]

    @property
    def observation_count(self) -> int:
        return sum(len(o.observations) for o in self.orders)


def _sane(value: str, limit: int = 60, strict: bool = False) -> str:
    value = _CONTROL_CHARS.sub("", value)
    if strict:
        value = _SAFE.sub("", value)
    return value[:limit]


def read_header(text: str) -> Header:
    """MSH fields by plain splitting, so a reply can echo the control id of a message that fails to parse."""
    header = Header()
    first = text.split("\r", 1)[0]
    if not first.startswith("MSH") or len(first) < 4:
        return header
    separator = first[3]
    fields = first.split(separator)
    header.valid_encoding = separator == "|" and len(fields) > 1 and fields[1] == ENCODING_CHARACTERS

    def msh(n: int, component: int | None = None) -> str:
        raw = fields[n - 1] if n - 1 < len(fields) else ""
        if component is not None:
            raw = raw.split("^")[component - 1] if len(raw.split("^")) >= component else ""
        return _sane(raw, strict=not header.valid_encoding)

    header.sending_application, header.sending_facility = msh(3), msh(4)
    header.receiving_application, header.receiving_facility = msh(5), msh(6)
    header.message_type, header.trigger = msh(9, 1), msh(9, 2)
    header.control_id = _sane(msh(10), 50, strict=True) if not header.valid_encoding else msh(10, 1)[:50]
    header.processing_id = msh(11, 1) or "P"
    header.version = msh(12, 1)
    header.charset = msh(18)
    return header


def decode(payload: bytes) -> tuple[str, Header]:
    """Bytes of one frame -> message text (segments separated by CR) and its header; binary junk is rejected."""
    if START_BLOCK in payload:  # bytes before the last start block are noise outside any frame
        payload = payload[payload.rindex(START_BLOCK) + 1:]
    else:
        raise reject(SEGMENT_SEQUENCE, "not an MLLP frame: no start block (0x0B) before the end block",
                     category="no_start_block")
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        latin = payload.decode("latin-1")
        if read_header(latin).charset.upper() in ("8859/1", "ISO IR100"):
            text = latin
        else:
            raise reject(DATA_TYPE_ERROR, "the message is not UTF-8 text (declare 8859/1 in MSH-18 for Latin-1)",
                         category="not_text") from None
    text = text.replace("\r\n", "\r").replace("\n", "\r")
    text = "\r".join(segment for segment in text.split("\r") if segment.strip())  # blank lines between segments
    header = read_header(text)
    if _CONTROL_CHARS.search(text):
        raise reject(DATA_TYPE_ERROR, "binary data: control characters are not allowed in an HL7 message",
                     category="binary")
    return text, header


_ESCAPES = {"F": "|", "S": "^", "T": "&", "R": "~", "E": "\\", "H": "", "N": "", ".br": "\r", ".fi": "", ".nf": ""}
_REPEATED = {".sp": "\r", ".sk": " ", ".in": "    ", ".ti": "    ", ".ce": "\r"}
MAX_REPEAT = 99


def unescape(text: str, where: str = "") -> str:
    """HL7 escape sequences (v2.x section 2.7) of a value with the standard encoding characters, strictly: a
    repeat count (\\.sp<n>\\) is at most 99, hex data (\\Xhh\\) must be hex and decode to text, character set
    switches (\\C, \\M) are refused, local ones (\\Z) dropped. python-hl7's own unescape is not used: it
    multiplies any count (memory), raises on a bad one, and logs the whole field, patient data included."""
    if "\\" not in text:
        return text
    parts = text.split("\\")
    if len(parts) % 2 == 0:
        raise reject(DATA_TYPE_ERROR, "unterminated escape sequence", where, "escape")
    out = []
    for n, part in enumerate(parts):
        if n % 2 == 0:
            out.append(part)
        elif part in _ESCAPES:
            out.append(_ESCAPES[part])
        elif part[:3] in _REPEATED and (part[3:] or "1").isdigit() and part[3:].isascii():
            if int(part[3:] or "1") > MAX_REPEAT:
                raise reject(DATA_TYPE_ERROR, f"escape sequence repeat count over {MAX_REPEAT}", where, "escape")
            out.append(_REPEATED[part[:3]] * int(part[3:] or "1"))
        elif part[:1] == "X" and len(part) % 2 == 1 and all(c in "0123456789abcdefABCDEF" for c in part[1:]):
            out.append(bytes.fromhex(part[1:]).decode("latin-1"))
        elif part[:1] == "Z":
            continue
        else:
            raise reject(DATA_TYPE_ERROR, "unsupported escape sequence (its text is not echoed: it may be patient "
                         "data)", where, "escape")
    value = "".join(out)
    if _CONTROL_CHARS.search(value):
        raise reject(DATA_TYPE_ERROR, "an escape sequence decodes to a control character", where, "escape")
    return value


def _field(segment: hl7.Segment, n: int, component: int = 1, repetition: int = 1, where: str = "") -> str:
    """Field n (component, repetition; first subcomponent) of a segment other than MSH, unescaped once by
    `unescape` (python-hl7's extract_field would unescape it with its own, unsafe, unescape)."""
    fields = str(segment).split("|")
    reps = fields[n].split("~") if n < len(fields) else [""]
    components = reps[repetition - 1].split("^") if repetition <= len(reps) else [""]
    raw = components[component - 1].split("&")[0] if component <= len(components) else ""
    return unescape(raw, where).strip()


def _whole(segment: hl7.Segment, n: int) -> str:
    """The raw text of field n (separators inside kept, not unescaped)."""
    return str(segment(n)).strip() if len(segment) > n else ""


def parse_result_message(text: str, header: Header) -> ResultMessage:
    """Validate an ORU^R01 (v2.3-2.5.1) and return what is to be stored; raises Rejected (AR or AE)."""
    if not text.startswith("MSH"):
        raise reject(SEGMENT_SEQUENCE, "the message does not start with an MSH segment", "MSH", "no_msh")
    if not header.valid_encoding:
        raise reject(DATA_TYPE_ERROR, "wrong encoding characters in MSH-1/MSH-2 (only the standard ones are "
                     "accepted)", "MSH^1^2", "encoding_characters")
    segments_text = text.split("\r")
    if len(segments_text) > MAX_SEGMENTS:
        raise reject(SEGMENT_SEQUENCE, f"too many segments (more than {MAX_SEGMENTS})", category="too_many_segments")
    for number, seg in enumerate(segments_text, 1):
        if len(seg) > MAX_SEGMENT_CHARS:
            raise reject(DATA_TYPE_ERROR, f"segment {number} ({_sane(seg[:3], 3, True)}) is longer than "
                         f"{MAX_SEGMENT_CHARS} characters", f"{_sane(seg[:3], 3, True)}^{number}", "segment_too_long")
        if not _SEGMENT_ID.match(seg[:3]) or (len(seg) > 3 and seg[3] != "|"):
            raise reject(SEGMENT_SEQUENCE, f"segment {number} is not an HL7 segment", f"^{number}", "bad_segment")
    if not header.control_id:
        raise reject(REQUIRED_FIELD_MISSING, "MSH-10 message control id is missing", "MSH^1^10", "no_control_id")
    if not header.message_type or not header.version:
        raise reject(REQUIRED_FIELD_MISSING, "truncated MSH: message type (MSH-9) and version (MSH-12) are required",
                     "MSH^1^9", "truncated_msh")
    if header.message_type != "ORU":
        raise reject(UNSUPPORTED_MESSAGE_TYPE,
                     f"message type {header.message_type} is not accepted (only ORU R01 results)",
                     "MSH^1^9", "message_type")
    if header.trigger != "R01":
        raise reject(UNSUPPORTED_EVENT,
                     f"event {header.trigger or '(none)'} is not accepted (only ORU R01 results)",
                     "MSH^1^9", "event")
    if header.version not in SUPPORTED_VERSIONS:
        raise reject(UNSUPPORTED_VERSION, f"HL7 version {header.version} is not supported "
                     f"({', '.join(SUPPORTED_VERSIONS)})", "MSH^1^12", "version")
    if header.processing_id not in ("P", "T", "D"):
        raise reject(UNSUPPORTED_PROCESSING_ID, "processing id (MSH-11) must be P, T or D", "MSH^1^11",
                     "processing_id")
    try:
        message = hl7.parse(text)
    except Exception:  # noqa: BLE001 - python-hl7 raises assorted errors on garbage
        raise reject(SEGMENT_SEQUENCE, "the message cannot be parsed", category="parse") from None

    mrn, pid_location = "", ""
    pid_locations: list[str] = []
    orders: list[OrderResults] = []
    placer_from_orc = ""
    current: OrderResults | None = None
    last_obx: Observation | None = None
    for index, segment in enumerate(message, 1):
        name = str(segment(0))
        where = f"{name}^{index}"
        if name == "PID":
            pid_location = f"PID^{len(pid_locations) + 1}"  # ERR-2: the n-th PID
            mrn = _field(segment, 3, where=f"{pid_location}^3")[:40]
            pid_locations.append(pid_location)
            if not mrn:
                raise reject(REQUIRED_FIELD_MISSING, "PID-3 patient identifier (MRN) is missing",
                             f"{pid_location}^3", "no_mrn")
            current, last_obx, placer_from_orc = None, None, ""
        elif name == "ORC":
            placer_from_orc = _field(segment, 2, where=f"{where}^2")
            current, last_obx = None, None
        elif name == "OBR":
            if not pid_locations:
                raise reject(SEGMENT_SEQUENCE, "OBR before PID", where, "segment_order")
            placer = _field(segment, 2, where=f"{where}^2")
            if placer and placer_from_orc and placer != placer_from_orc:
                raise error(UNKNOWN_KEY, "ORC-2 and OBR-2 name different placer orders", where, "placer_conflict")
            placer = placer or placer_from_orc
            if not placer:
                raise reject(REQUIRED_FIELD_MISSING, "placer order number missing (ORC-2 or OBR-2)",
                             f"{where}^2", "no_placer")
            current = OrderResults(placer_order_number=placer[:40], location=where, mrn=mrn,
                                   pid_location=pid_location)
            orders.append(current)
            placer_from_orc, last_obx = "", None
        elif name == "OBX":
            if current is None:
                raise reject(SEGMENT_SEQUENCE, "OBX outside an OBR group", where, "segment_order")
            last_obx = _observation(segment, where)
            current.observations.append(last_obx)
        elif name == "NTE" and last_obx is not None:
            note = unescape(_whole(segment, 3).replace("~", " "), f"{where}^3").strip()
            last_obx.comment = (last_obx.comment + " " + note).strip()[:1000]
    if not pid_locations:
        raise reject(SEGMENT_SEQUENCE, "PID segment missing", "PID", "pid_count")
    if not orders:
        raise reject(SEGMENT_SEQUENCE, "no OBR segment: nothing to store", "OBR", "no_obr")
    ordered_for = {o.pid_location for o in orders}
    for location in pid_locations:
        if location not in ordered_for:
            raise reject(SEGMENT_SEQUENCE, f"the patient of {location} has no OBR", location, "no_obr")
    for group in orders:
        if not group.observations:
            raise reject(SEGMENT_SEQUENCE, f"order {group.placer_order_number} has no OBX result", group.location,
                         "no_obx")
    return ResultMessage(header=header, orders=orders)


def _observation(segment: hl7.Segment, where: str) -> Observation:
    value_type = _field(segment, 2, where=f"{where}^2").upper()
    code = _field(segment, 3, where=f"{where}^3")
    if not code:
        raise reject(REQUIRED_FIELD_MISSING, "OBX-3 observation identifier (LOINC) is missing", f"{where}^3",
                     "no_code")
    at = f"{where}^5"
    if value_type in ("CE", "CWE", "CNE"):
        value = _field(segment, 5, 2, where=at) or _field(segment, 5, 1, where=at)
    elif value_type == "SN":
        value = _field(segment, 5, 1, where=at) + _field(segment, 5, 2, where=at)
    elif value_type in ("NM", ""):
        value = _field(segment, 5, where=at)
    else:  # ST, TX, FT: the whole field, repetitions joined, unescaped once (an escaped backslash stays one)
        value = unescape(" ".join(str(rep) for rep in segment(5)), at) if len(segment) > 5 else ""
    value = value.strip()
    if not value:
        raise reject(REQUIRED_FIELD_MISSING, "OBX-5 observation value is missing", f"{where}^5", "no_value")
    if len(value) > MAX_VALUE_CHARS:
        raise reject(DATA_TYPE_ERROR, f"OBX-5 is longer than {MAX_VALUE_CHARS} characters", f"{where}^5",
                     "value_too_long")
    status = _field(segment, 11, where=f"{where}^11").upper()
    if not status:
        raise reject(REQUIRED_FIELD_MISSING, "OBX-11 result status is missing", f"{where}^11", "no_status")
    if status not in ("F", "P", "C"):
        raise error(TABLE_VALUE_NOT_FOUND, f"result status {_sane(status, 2, True)} is not stored (F, P or C)",
                    f"{where}^11", "result_status")
    return Observation(set_id=_field(segment, 1, where=f"{where}^1"), code=code[:20], value=value,
                       unit=_field(segment, 6, where=f"{where}^6")[:40],
                       reference_range=_field(segment, 7, where=f"{where}^7")[:60],
                       abnormal_flag=_field(segment, 8, where=f"{where}^8").upper()[:5], status=status,
                       location=where)


# ------------------------------------------------------------------------------------------------------------
# Writing messages
# ------------------------------------------------------------------------------------------------------------
def escape(value: object) -> str:
    """HL7 escaping of a value placed inside a field (| ^ ~ \\ & and line breaks)."""
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("~", "\\R\\")
    text = text.replace("&", "\\T\\").replace("\r\n", "\\.br\\").replace("\n", "\\.br\\").replace("\r", "\\.br\\")
    return _CONTROL_CHARS.sub("", text)


def timestamp(moment: datetime | None = None) -> str:
    moment = moment or datetime.now(UTC)
    return moment.strftime("%Y%m%d%H%M%S%z")


def build_ack(header: Header, ack: str, control_id: str, reason: str = "", code: int | None = None,
              location: str = "", application: str = "HMS", facility: str = "HOSPITAL") -> str:
    """ACK^R01: sender and receiver swapped, MSA-2 = the message's MSH-10; AE/AR carry an ERR segment."""
    version = header.version if header.version in SUPPORTED_VERSIONS else "2.5.1"
    trigger = header.trigger if re.fullmatch(r"[A-Z0-9]{3}", header.trigger or "") else "R01"
    ours_app = header.receiving_application or application
    ours_fac = header.receiving_facility or facility
    if not header.valid_encoding:
        ours_app, ours_fac = _sane(ours_app, strict=True), _sane(ours_fac, strict=True)
    msh = ("MSH|^~\\&|" + "|".join([ours_app, ours_fac, header.sending_application, header.sending_facility,
                                    timestamp(), "", f"ACK^{trigger}^ACK", control_id,
                                    header.processing_id if header.processing_id in ("P", "T", "D") else "P",
                                    version]))
    segments = [msh, "|".join(["MSA", ack, escape(header.control_id), escape(reason[:80])])]
    if ack != "AA" and code is not None:
        text = ERROR_TEXT.get(code, "Error")
        seg_id, _, rest = location.partition("^")
        if version in ("2.5", "2.5.1"):
            segments.append("|".join(["ERR", "", location, f"{code}^{text}^HL70357", "E", "", "", "",
                                      escape(reason[:250])]))
        else:
            parts = rest.split("^")
            sequence = parts[0] if parts else ""
            field_no = parts[1] if len(parts) > 1 else ""
            segments.append(f"ERR|{seg_id}^{sequence}^{field_no}^{code}&{escape(text)}&HL70357")
    return "\r".join(segments) + "\r"


def read_ack(payload: bytes) -> tuple[str, str, str]:
    """(MSA-1, MSA-2, MSA-3) of an acknowledgment received from the LIS; raises Rejected if unreadable."""
    text, header = decode(payload)
    if not header.valid_encoding:
        raise reject(DATA_TYPE_ERROR, "acknowledgment with wrong encoding characters")
    try:
        message = hl7.parse(text)
        msa = message.segment("MSA")
    except Exception:  # noqa: BLE001
        raise reject(SEGMENT_SEQUENCE, "acknowledgment without an MSA segment") from None
    return _field(msa, 1).upper(), _field(msa, 2), unescape(_whole(msa, 3))[:200]


PRIORITY = {"stat": "S", "urgent": "A", "routine": "R"}
SEX = {"female": "F", "male": "M", "other": "O", "unknown": "U"}


def build_order_message(row: dict, application: str = "HMS", facility: str = "HOSPITAL",
                        lis_application: str = "LIS", lis_facility: str = "LAB") -> str:
    """ORM^O01 (v2.5.1) for one lab order: PID, ORC and OBR with the placer order number. ORC-1 is NW for a new
    order, CA to ask the LIS to cancel it (ORC-16, order control code reason, carries why)."""
    ordered = row["ordered_at"]
    birth: date | None = row.get("birth_date")
    priority = PRIORITY.get(row["priority"], "R")
    clinician = f"{row['clinician_id']}^{escape(row['clinician_name'])}"
    control = row.get("order_control") or "NW"
    reason = f"^{escape(row['cancel_reason'])}" if control == "CA" and row.get("cancel_reason") else ""
    segments = [
        "|".join(["MSH", ENCODING_CHARACTERS, escape(application), escape(facility), escape(lis_application),
                  escape(lis_facility), timestamp(), "", "ORM^O01^ORM_O01", escape(row["message_control_id"]),
                  "P", "2.5.1"]),
        "|".join(["PID", "1", "", f"{escape(row['mrn'])}^^^{escape(application)}^MR", "",
                  f"{escape(row['family_name'])}^{escape(row['given_name'])}", "",
                  birth.strftime("%Y%m%d") if birth else "", SEX.get(row["sex"], "U")]),
        "|".join(["ORC", control, escape(row["order_number"]), "", "", "", "", f"^^^{timestamp(ordered)}^^{priority}",
                  "", timestamp(ordered), "", "", clinician, "", "", "", reason]).rstrip("|"),
        "|".join(["OBR", "1", escape(row["order_number"]), "",
                  f"{escape(row['test_code'])}^{escape(row['test_name'])}^LN", priority, timestamp(ordered),
                  "", "", "", "", "", "", escape(row["clinical_info"] or ""), "", "", clinician]),
    ]
    return "\r".join(segments) + "\r"
