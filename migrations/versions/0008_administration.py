"""Administration and audit review: staff logins managed from the admin workstation (hms_staff_admin and
the core.admin_* functions, one-time passwords, core.staff_change), validated hospital settings, the auditor's
reviews (audit.review) and the dashboard aggregates (schema dashboard).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""
from server_db.sqlfiles import apply_files, revert_files

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

FILES: list[str] = ["150_staff_admin.sql", "151_settings_review.sql", "152_dashboards.sql",
                    "153_dashboards_departments.sql"]


def upgrade() -> None:
    apply_files(FILES)


def downgrade() -> None:
    revert_files(FILES)
