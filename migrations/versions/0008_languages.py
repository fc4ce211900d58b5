"""The staff's language (issue 18).

- core.staff.language / locale: each staff member's own language and formats (core.set_my_language); NULL keeps
  the hospital's, the new settings 'language' and 'locale' (validated by core.setting_check).
- The database's refusals by message key: every RAISE carries DETAIL = core.message_detail(key, args…) (new), and
  the two helpers that raise their caller's message take the caller's key too: core.require_group(groups,
  message, key) and core.check_reason(…, p_key, p_args). Their old signatures are dropped here (CREATE OR REPLACE
  cannot add arguments; plpgsql callers hold no dependency on them), reapply_code() makes the new ones.

Functions and grants come from reapply_code() at the end. Every statement is a no-op on a baseline built from
today's files (docs/database.md). Downgrade keeps everything.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""
from server_db.sqlfiles import apply_sql, as_owner, reapply_code

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with as_owner():
        apply_sql(text="""
            DROP FUNCTION IF EXISTS core.require_group(text[], text);
            DROP FUNCTION IF EXISTS core.check_reason(text, integer, text, text);
            ALTER TABLE core.staff ADD COLUMN IF NOT EXISTS language text, ADD COLUMN IF NOT EXISTS locale text;
            ALTER TABLE core.staff DROP CONSTRAINT IF EXISTS ck_staff_language,
                DROP CONSTRAINT IF EXISTS ck_staff_locale;
            ALTER TABLE core.staff ADD CONSTRAINT ck_staff_language CHECK (language ~ '^[a-z]{2,3}$'),
                ADD CONSTRAINT ck_staff_locale CHECK (locale ~ '^[a-z]{2,3}_[A-Z]{2}$');
            COMMENT ON COLUMN core.staff.language IS
                'ISO 639 code of the language the client speaks to this person (core.set_my_language); '
                'NULL: the hospital''s.';""")
    reapply_code()
    apply_sql(text="""
        INSERT INTO core.setting (key, value, description) VALUES
            ('language', '"en"', 'Language of screens and printouts (en, fr, es, ar) where a staff member has not '
                                 'chosen one.'),
            ('locale', '"en_GB"', 'How dates, numbers and money are written (e.g. en_GB, fr_FR, ar_EG) by default.')
        ON CONFLICT (key) DO NOTHING;""")


def downgrade() -> None:
    pass  # see the docstring
