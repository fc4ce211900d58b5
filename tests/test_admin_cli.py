"""hms-admin from the operator's side: idempotent init-db, staff lifecycle, one clear line on every error."""
from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest

pytestmark = pytest.mark.db


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "server_db.admin", *args], capture_output=True, text=True,
                          input=stdin, timeout=300)


def _fingerprint(url: str) -> tuple:
    with psycopg.connect(url) as conn:
        return (
            conn.execute("SELECT count(*) FROM audit.event").fetchone()[0],
            conn.execute("SELECT md5(string_agg(n.nspname || '.' || c.relname || ':' || c.relkind::text, ',' ORDER BY 1)) "
                         "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')").fetchone()[0],
            conn.execute("SELECT md5(string_agg(p.oid::regprocedure::text || md5(p.prosrc), ',' ORDER BY 1)) "
                         "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                         "WHERE n.nspname IN ('core', 'registry', 'clinical', 'audit', 'notify')").fetchone()[0],
            conn.execute("SELECT md5(string_agg(polname, ',' ORDER BY polname)) FROM pg_policy").fetchone()[0],
            conn.execute("SELECT md5(string_agg(rolname, ',' ORDER BY rolname)) FROM pg_roles").fetchone()[0],
        )


def test_init_db_is_idempotent(make_database):
    url = make_database("idempotent")
    before = _fingerprint(url)
    result = cli("init-db", "--url", url)
    assert result.returncode == 0, result.stderr
    assert "already up to date" in result.stdout
    assert _fingerprint(url) == before


def test_staff_lifecycle(admin_url, connect_as, admin):
    result = cli("create-staff", "--url", admin_url, "drhouse", "--role", "doctor", "--department", "GEN",
                 "--full-name", "Gregory House", "--password-stdin", stdin="vicodin-2004\n")
    assert result.returncode == 0, result.stderr
    with connect_as("drhouse", "vicodin-2004") as conn:
        assert conn.execute("SELECT core.my_groups()").fetchone()[0] == ["hms_doctor"]
        assert conn.execute("SELECT full_name FROM core.staff WHERE id = core.current_staff_id()").fetchone()[0] \
            == "Gregory House"
    assert admin.execute("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'drhouse'"
                         ).fetchone()[0]
    result = cli("deactivate-staff", "--url", admin_url, "drhouse")
    assert result.returncode == 0, result.stderr
    with pytest.raises(psycopg.OperationalError):
        connect_as("drhouse", "vicodin-2004")
    assert admin.execute("SELECT active, deactivated_at IS NOT NULL FROM core.staff WHERE username = 'drhouse'"
                         ).fetchone() == (False, True)
    assert admin.execute("SELECT count(*) FROM audit.event WHERE table_name = 'staff' "
                         "AND new_row ->> 'username' = 'drhouse'").fetchone()[0] == 2


@pytest.mark.parametrize("args, stdin, fragment", [
    (["init-db", "--url", "postgresql://nobody@127.0.0.1:1/none"], None, "cannot connect"),
    (["init-db", "--url", "not a url"], None, "URL"),
    (["create-staff", "--url", "{url}", "x1", "--role", "surgeon", "--password-stdin"], "long-enough-pw\n",
     "unknown role 'surgeon'"),
    (["create-staff", "--url", "{url}", "Bad Name", "--role", "doctor", "--password-stdin"], "long-enough-pw\n",
     "invalid user name"),
    (["create-staff", "--url", "{url}", "newbie", "--role", "doctor", "--password-stdin"], "short\n",
     "at least 10"),
    (["create-staff", "--url", "{url}", "newbie", "--role", "nurse", "--department", "NOPE", "--password-stdin"],
     "long-enough-pw\n", "unknown department"),
    (["create-staff", "--url", "{url}", "doctor1", "--role", "doctor", "--password-stdin"], "long-enough-pw\n",
     "already exists"),
    (["deactivate-staff", "--url", "{url}", "nobody-here"], None, "no staff member"),
    (["init-db", "--url", "{staff_url}"], None, "superuser"),
    (["create-staff", "--url", "{staff_url}", "sneaky", "--role", "admin", "--password-stdin"], "long-enough-pw\n",
     "may not"),
    (["audit-verify", "--url", "{staff_url}"], None, "may not read"),
])
def test_operator_errors_are_one_line_and_exit_2(admin_url, cluster, args, stdin, fragment):
    staff_url = cluster.state.url("hospital", user="admin1", password="demo")
    args = [a.format(url=admin_url, staff_url=staff_url) for a in args]
    result = cli(*args, stdin=stdin)
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert fragment in lines[0]
    assert "demo@" not in lines[0] and ":demo" not in lines[0]  # no password in messages


def test_demo_data_plants_near_duplicates_and_writes_the_truth(make_database, tmp_path):
    url = make_database("demo_small")
    truth = tmp_path / "truth.csv"
    result = cli("demo-data", "--url", url, "--patients", "300", "--seed", "3", "--truth-file", str(truth), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "300 patients (9 planted near-duplicates)" in result.stdout
    rows = truth.read_text().splitlines()
    assert len(rows) == 10
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM registry.patient").fetchone()[0] == 300
        assert conn.execute("SELECT count(*) FROM core.staff").fetchone()[0] >= 8
        assert conn.execute("SELECT count(*) FROM clinical.note").fetchone()[0] > 50
        dup, orig = rows[1].split(",")[:2]
        pair = conn.execute("SELECT count(*) FROM registry.patient WHERE mrn IN (%s, %s)", (dup, orig)).fetchone()[0]
        assert pair == 2


def test_a_login_made_with_libpqs_verifier_logs_in_with_a_non_ascii_password(cluster, admin_url, connect_as, admin):
    """server_db.staff builds the SCRAM-SHA-256 verifier with libpq (PQencryptPasswordConn, SASLprep included):
    the login works over TCP with scram, the stored secret is a SCRAM verifier with a fresh salt each time, and
    the plain password is in no statement the server logged."""
    from server_db.staff import create_staff, scram_verifier

    password = "Grüße-Ⅸ-パスワード ok"
    with psycopg.connect(admin_url) as conn:
        conn.execute("SET log_statement = 'all'")
        first, second = scram_verifier(conn, password, "nonascii1"), scram_verifier(conn, password, "nonascii1")
        create_staff(conn, "nonascii1", password, ["nurse"], departments=["GEN"])
    assert first.startswith("SCRAM-SHA-256$") and second.startswith("SCRAM-SHA-256$") and first != second
    stored = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'nonascii1'").fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and stored not in (first, second)
    with connect_as("nonascii1", password) as me:
        assert me.execute("SELECT core.my_groups()").fetchone()[0] == ["hms_nurse"]
    with pytest.raises(psycopg.OperationalError):
        connect_as("nonascii1", password.replace("ü", "u"))
    log = (cluster.state.data_dir / "server.log").read_text(errors="replace")
    assert "CREATE ROLE" in log and password not in log and "Grüße" not in log
