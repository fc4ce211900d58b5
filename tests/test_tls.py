"""TLS between the client and the server: a throwaway CA (tests/tls_certs.py), a cluster of its own with ssl=on and
the pg_hba.conf that docs/deployment.md gives (networks replaced by 127.0.0.1/32), and the client's server profile
with sslmode=verify-full and the CA file. The client logs in over TLS; it refuses a certificate for another host
name, one signed by an unknown CA and a missing CA file, each with a message that says so; and the documented
pg_hba.conf refuses a staff login without TLS."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
import tls_certs

from hospital_desktop.core.profiles import ProfileStore, ServerProfile
from hospital_desktop.core.session import Database, LoginError
from server_db import migrate
from server_db.demo.generate import DEMO_PASSWORD, ensure_departments_and_staff
from server_db.embedded import LocalCluster

pytestmark = pytest.mark.db
DEPLOYMENT = Path(__file__).resolve().parent.parent / "docs" / "deployment.md"


def documented_pg_hba() -> str:
    """The pg_hba.conf example of docs/deployment.md, for the test machine's only network."""
    text = DEPLOYMENT.read_text(encoding="utf-8")
    block = re.search(r"`pg_hba.conf`:.*?```\n(.*?)```", text, re.S)
    assert block, "docs/deployment.md has no pg_hba.conf example"
    lines = [line.strip() for line in block.group(1).splitlines()]
    return "\n".join(re.sub(r"10\.20\.\d+\.\d+/\d+", "127.0.0.1/32", line) for line in lines) + "\n"


@pytest.fixture(scope="module")
def tls_server(cluster, tmp_path_factory):
    """(cluster, hospital CA file, another CA's file): ssl=on with a certificate for db.hospital.test and
    127.0.0.1, and only the documented pg_hba.conf lines."""
    local = LocalCluster.in_temp_dir("hms-tls-", fast=True, prefer=cluster.prefer)
    try:
        state = local.init()
        configure = subprocess.run([str(Path(state.bin_dir) / "pg_config"), "--configure"], capture_output=True,
                                   text=True).stdout
        if "--with-ssl=openssl" not in configure and "--with-openssl" not in configure:
            pytest.skip(f"this PostgreSQL {state.major} ({state.source}) is built without TLS")
        ca, stranger = tls_certs.make_ca("Hospital CA"), tls_certs.make_ca("Somebody else's CA")
        certificate, key = tls_certs.server_certificate(ca, ["db.hospital.test", "127.0.0.1"])
        for name, content in (("server.crt", certificate), ("server.key", key)):
            path = state.data_dir / name
            path.write_bytes(content)
            path.chmod(0o600)
            if state.run_user:
                shutil.chown(path, state.run_user, state.run_user)
        with open(state.data_dir / "postgresql.conf", "a") as conf:
            conf.write("\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
        local.start()
        url = local.create_database("hospital")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            ensure_departments_and_staff(conn)
        (state.data_dir / "pg_hba.conf").write_text(documented_pg_hba())
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
        folder = tmp_path_factory.mktemp("tls")
        yield local, ca.write(folder / "hospital-ca.crt"), stranger.write(folder / "other-ca.crt")
    finally:
        local.destroy()


def profile(local: LocalCluster, *, host: str = "127.0.0.1", sslmode: str = "verify-full",
            ca_file: Path | str | None = None) -> ServerProfile:
    return ServerProfile(name="tls", hosts=[host], port=local.state.port, sslmode=sslmode,
                         sslrootcert=str(ca_file) if ca_file else None).validate()


def login_error(server_profile: ServerProfile, login: str = "doctor1") -> LoginError:
    with pytest.raises(LoginError) as failed:
        Database(server_profile, login, DEMO_PASSWORD, application_name="pytest-tls").login()
    return failed.value


def test_the_client_logs_in_over_verify_full_with_the_profiles_ca_file(tls_server, tmp_path):
    local, ca_file, _ = tls_server
    # From a preset profile file, as an installer drops it.
    preset = tmp_path / "profiles.json"
    preset.write_text(json.dumps({"profiles": [{"name": "tls", "hosts": ["127.0.0.1"], "port": local.state.port,
                                                "sslmode": "verify-full", "sslrootcert": str(ca_file)}]}))
    [loaded] = ProfileStore(tmp_path / "own.json", preset_file=preset).load()
    assert loaded.conninfo("doctor1", "x", "app")["sslrootcert"] == str(ca_file)
    db = Database(loaded, "doctor1", DEMO_PASSWORD, application_name="pytest-tls")
    try:
        assert db.login().username == "doctor1"
        with db.new_connection() as conn:
            ssl, version = conn.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                                        ).fetchone()
            assert ssl is True and version.startswith("TLS")
    finally:
        db.close()


def test_a_certificate_for_another_host_name_is_refused(tls_server):
    local, ca_file, _ = tls_server
    error = login_error(profile(local, host="localhost", ca_file=ca_file))  # the certificate names 127.0.0.1
    assert error.kind == "tls"
    assert "certificate is for db.hospital.test, not for localhost" in error.message
    assert "Do not log in" in error.message


def test_a_server_signed_by_an_unknown_ca_is_refused(tls_server):
    local, _, other_ca = tls_server
    error = login_error(profile(local, ca_file=other_ca))
    assert error.kind == "tls"
    assert "not signed by the hospital's certificate authority" in error.message and str(other_ca) in error.message


def test_a_missing_ca_file_is_named(tls_server, tmp_path):
    local, _, _ = tls_server
    missing = tmp_path / "no-such-ca.crt"
    error = login_error(profile(local, ca_file=missing))
    assert error.kind == "tls" and "CA certificate file is missing" in error.message and str(missing) in error.message


def test_the_documented_pg_hba_refuses_logins_without_tls(tls_server):
    local, ca_file, _ = tls_server
    for login in ("doctor1", "postgres"):
        password = local.state.password if login == "postgres" else DEMO_PASSWORD
        with pytest.raises(psycopg.OperationalError, match="no encryption"):
            psycopg.connect(local.state.url("hospital", user=login, password=password), sslmode="disable").close()
    error = login_error(profile(local, sslmode="disable"))
    assert error.kind == "tls" and "accepts only encrypted (TLS) connections" in error.message
    # With TLS (even without verifying) the same logins are let in; replication only for the superuser.
    psycopg.connect(local.state.url("hospital", user="doctor1", password=DEMO_PASSWORD), sslmode="require").close()
    with pytest.raises(psycopg.OperationalError, match="no pg_hba.conf entry|rejects"):
        psycopg.connect(local.state.url("postgres", user="doctor1", password=DEMO_PASSWORD), sslmode="require")


def test_the_documented_pg_hba_lets_the_insurance_gateway_in_over_tls_only(tls_server):
    """hms_insurance_gateway is not in hms_staff: the staff line does not cover the gateway's login, so the
    documented file needs (and has) a line of its own."""
    local, _, _ = tls_server
    url = local.state.url("hospital", user="insurancegateway", password=DEMO_PASSWORD)
    with psycopg.connect(url, sslmode="require") as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0] is True
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(url, sslmode="disable").close()
