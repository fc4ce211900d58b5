"""hms-insurance-gateway --url URL --payers FILE

URL is the libpq URL of the gateway's own staff login (role insurance_gateway). Its password comes from the URL,
from the PGPASSWORD environment variable (libpq) or, with --password-stdin, from the first line of standard input;
it is never printed or logged. FILE is the payers' configuration (addresses, credentials, keys: see
docs/insurance-gateway.md): it lives on the gateway's server only."""
from __future__ import annotations

import argparse
import logging
import signal
import sys

from psycopg.conninfo import conninfo_to_dict

from .gateway import Gateway, Settings
from .profiles.config import load_profiles


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hms-insurance-gateway", description="Sends eligibility checks, "
                                "pre-authorisations, claims and answers to payer queries from the database's outbox "
                                "to the payers, and records their answers and remittances.")
    p.add_argument("--url", required=True, help="libpq URL of the gateway's staff login (insurance_gateway role)")
    p.add_argument("--payers", required=True, metavar="FILE", help="the payers' configuration (TOML)")
    p.add_argument("--password-stdin", action="store_true", help="read the database password from standard input")
    p.add_argument("--batch", type=int, default=20, help="requests taken per round")
    p.add_argument("--lease", type=int, default=60, help="seconds before a taken, unrecorded request is taken again")
    p.add_argument("--answer-within", type=int, default=60,
                   help="seconds to wait for an asynchronous answer before sending the request again")
    p.add_argument("--max-attempts", type=int, default=8, help="failed sendings before a request is given up")
    p.add_argument("--poll", type=float, default=1.0, help="longest wait (s) between rounds")
    p.add_argument("--log-level", default="INFO")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        target = conninfo_to_dict(args.url)
    except Exception:  # noqa: BLE001
        print("hms-insurance-gateway: --url is not a valid libpq URL", file=sys.stderr)
        return 2
    try:
        profiles = load_profiles(args.payers)
    except (OSError, ValueError) as exc:
        print(f"hms-insurance-gateway: {args.payers}: {exc}", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    log = logging.getLogger("hms.insurance_gateway")
    log.info("database %s on %s as %s; payers %s", target.get("dbname", "?"), target.get("host", "local socket"),
             target.get("user", "?"), ", ".join(sorted(profiles)) or "none")
    gateway = Gateway(Settings(url=args.url, password=password, batch=args.batch, lease_seconds=args.lease,
                               answer_within_seconds=args.answer_within, max_attempts=args.max_attempts,
                               poll_seconds=args.poll), profiles)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: gateway.stop())
    gateway.serve()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
