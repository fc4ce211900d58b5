"""A normalized, sorted description of the database catalog: what the migrations built, independent of how the
SQL files are laid out. Two databases whose fingerprints are equal have the same schemas, tables, columns,
constraints, indexes, RLS, policies, functions (bodies included), grants, triggers, views and reference rows.

    python -m server_db.catalog postgresql://…/hospital > before.txt   # then diff two outputs
"""
from __future__ import annotations

import hashlib
import sys

import psycopg

OURS = ("core", "registry", "clinical", "audit", "notify", "billing", "scheduling", "lab", "pharmacy", "adt",
        "dashboard", "ext")
_IN = "n.nspname = ANY (%(schemas)s)"

QUERIES: dict[str, str] = {
    "schema": """
        SELECT n.nspname, pg_get_userbyid(n.nspowner), coalesce(n.nspacl::text, '')
          FROM pg_namespace n WHERE """ + _IN,
    "relation": """
        SELECT n.nspname || '.' || c.relname, c.relkind, pg_get_userbyid(c.relowner), c.relrowsecurity,
               c.relforcerowsecurity, coalesce(c.relacl::text, ''), coalesce(array_to_string(c.reloptions, ','), ''),
               c.relpersistence
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE """ + _IN + " AND c.relkind IN ('r','p','v','m','S','f','c')",
    "column": """
        -- the column's place among the live ones, not attnum: a dropped column leaves a gap in attnum, so an
        -- upgraded database and a fresh one differ there although their columns are the same and in the same order
        SELECT n.nspname || '.' || c.relname, a.attname,
               row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum), format_type(a.atttypid, a.atttypmod),
               a.attnotnull, coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity, a.attgenerated,
               coalesce(a.attacl::text, ''), coalesce(co.collname, '')
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
          LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
         WHERE """ + _IN + " AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r','p','v','m','f','c')",
    "constraint": """
        SELECT n.nspname || '.' || coalesce(c.relname, t.typname), co.conname, co.contype,
               pg_get_constraintdef(co.oid), co.condeferrable, co.condeferred
          FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace
          LEFT JOIN pg_class c ON c.oid = co.conrelid LEFT JOIN pg_type t ON t.oid = co.contypid
         WHERE """ + _IN,
    "index": """
        SELECT n.nspname || '.' || c.relname, pg_get_indexdef(i.indexrelid)
          FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE """ + _IN,
    "policy": """
        SELECT schemaname || '.' || tablename, policyname, permissive, roles::text, cmd, coalesce(qual, ''),
               coalesce(with_check, '')
          FROM pg_policies WHERE schemaname = ANY (%(schemas)s)""",
    "function": """
        SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               pg_get_function_result(p.oid), l.lanname, p.prokind, p.provolatile, p.prosecdef, p.proleakproof,
               p.proisstrict, p.proparallel, coalesce(array_to_string(p.proconfig, ','), ''),
               pg_get_userbyid(p.proowner), coalesce(p.proacl::text, ''),
               coalesce(pg_get_function_arguments(p.oid), ''), p.prosrc
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
         WHERE """ + _IN,
    "trigger": """
        SELECT n.nspname || '.' || c.relname, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE """ + _IN + " AND NOT t.tgisinternal",
    "view": """
        SELECT n.nspname || '.' || c.relname, pg_get_viewdef(c.oid)
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE """ + _IN + " AND c.relkind IN ('v','m')",
    "type": """
        SELECT n.nspname || '.' || t.typname, t.typtype, pg_get_userbyid(t.typowner), coalesce(t.typacl::text, ''),
               coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e
                          WHERE e.enumtypid = t.oid), ''),
               coalesce(format_type(t.typbasetype, t.typtypmod), ''), t.typnotnull, coalesce(t.typdefault, '')
          FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE """ + _IN + " AND t.typtype IN ('e','d','c','r') AND (t.typrelid = 0 OR "
        "(SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')",
    "comment": """
        SELECT d.classoid::regclass::text, coalesce(pg_describe_object(d.classoid, d.objoid, d.objsubid), ''),
               d.description
          FROM pg_description d
          JOIN pg_depend x ON false""",  # replaced below
    "extension": "SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace",
    "role": """
        SELECT r.rolname, r.rolcanlogin, r.rolinherit, r.rolbypassrls, r.rolcreaterole, r.rolsuper,
               coalesce(array_to_string(r.rolconfig, ','), ''),
               coalesce((SELECT string_agg(g.rolname || ':' || m.admin_option, ',' ORDER BY g.rolname)
                           FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid), '')
          FROM pg_roles r WHERE r.rolname LIKE 'hms%%'""",
    "default_acl": """
        SELECT pg_get_userbyid(d.defaclrole), coalesce(n.nspname, ''), d.defaclobjtype, d.defaclacl::text
          FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace""",
}
# Comments on our objects (COMMENT ON …): documentation, but part of what the files build.
QUERIES["comment"] = """
    SELECT pg_describe_object(d.classoid, d.objoid, d.objsubid), d.description
      FROM pg_description d
     WHERE (d.classoid = 'pg_class'::regclass AND d.objoid IN (SELECT c.oid FROM pg_class c JOIN pg_namespace n
                ON n.oid = c.relnamespace WHERE """ + _IN + """))
        OR (d.classoid = 'pg_proc'::regclass AND d.objoid IN (SELECT p.oid FROM pg_proc p JOIN pg_namespace n
                ON n.oid = p.pronamespace WHERE """ + _IN + """))
        OR (d.classoid = 'pg_namespace'::regclass AND d.objoid IN (SELECT n.oid FROM pg_namespace n WHERE """ + _IN + """))
        OR (d.classoid = 'pg_type'::regclass AND d.objoid IN (SELECT t.oid FROM pg_type t JOIN pg_namespace n
                ON n.oid = t.typnamespace WHERE """ + _IN + """))"""

AUDIT_TABLES = ("audit.",)  # rows written by the migration's own inserts carry timestamps: count them only


def _rows(conn: psycopg.Connection) -> list[str]:
    """Reference data: every row of every table of ours, hashed per table (audit tables: just the count)."""
    out = []
    tables = conn.execute("""
        SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = ANY (%s) AND c.relkind IN ('r', 'p') ORDER BY 1, 2""", (list(OURS),)).fetchall()
    for schema, table in tables:
        name = f'"{schema}"."{table}"'
        if schema == "audit":
            count = conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            out.append(f"data\t{schema}.{table}\trows={count}")
            if table == "event":  # which tables the migration's own rows were audited for
                for t, n in conn.execute("SELECT schema_name || '.' || table_name, count(*) FROM audit.event "
                                         "GROUP BY 1").fetchall():
                    out.append(f"data\taudit.event of {t}\trows={n}")
            continue
        # Timestamps of the migration's own run (created_at …) differ between two builds: leave them out.
        columns = [r[0] for r in conn.execute("""
            SELECT quote_ident(attname) FROM pg_attribute
             WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped
               AND atttypid NOT IN ('timestamptz'::regtype, 'timestamp'::regtype) ORDER BY attnum""",
                                              (name,)).fetchall()]
        rows = conn.execute(f"SELECT ({', '.join(columns)})::text FROM {name}").fetchall()
        digest = hashlib.sha256("\n".join(sorted(r[0] for r in rows)).encode()).hexdigest()[:16]
        out.append(f"data\t{schema}.{table}\trows={len(rows)}\t{digest}")
    return out


def _line(kind: str, row: tuple) -> str:
    return kind + "\t" + "\t".join(str(v).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
                                   for v in row)


def fingerprint(conn: psycopg.Connection, *, data: bool = True) -> list[str]:
    lines: list[str] = []
    for kind, query in QUERIES.items():
        for row in conn.execute(query, {"schemas": list(OURS)}).fetchall():
            lines.append(_line(kind, row))
    if data:
        lines.extend(_rows(conn))
    return sorted(lines)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    with psycopg.connect(argv[0]) as conn:
        for line in fingerprint(conn, data="--no-data" not in argv):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
