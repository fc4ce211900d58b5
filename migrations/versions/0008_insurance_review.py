"""The insurance functions after review (tests/test_insurance_attacks.py): a nurse or doctor asks pre-authorisations
only for patients in their care (clinical.can_access_patient); amounts in a payer's answer must be finite numbers
(insurance.payer_amount: NaN and Infinity were absorbed by least/greatest into a full approval); approval periods
and payment dates are real days; no control characters in answers to payer queries or reconciliation notes.

Functions only: reapply_code() (docs/database.md). A database built from today's files has them already.
Downgrade keeps them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""
from server_db.sqlfiles import reapply_code

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reapply_code()


def downgrade() -> None:
    pass  # see the docstring
