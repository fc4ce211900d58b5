"""Units as a reader expects them. Results keep the catalog's UCUM code (what FHIR and HL7 carry); a screen shows
UCUM's annotations without their braces ("{INR}" is read "INR") and the dimensionless "1" as nothing."""
from __future__ import annotations

import re

_ANNOTATION = re.compile(r"\{([^{}]*)\}")


def shown_unit(ucum: str | None) -> str:
    if not ucum or ucum == "1":
        return ""
    return _ANNOTATION.sub(lambda m: m.group(1), ucum)
