"""hms-lab-gateway --url URL --listen HOST:PORT [--lis HOST:PORT]

URL is the libpq URL of the gateway's own staff login (lab role). Its password comes from the URL, from the
PGPASSWORD environment variable (libpq) or, with --password-stdin, from the first line of standard input; it is
never printed or logged."""
from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from psycopg.conninfo import conninfo_to_dict

from .server import Gateway, Settings


def host_port(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    return host.strip("[]") or "0.0.0.0", int(port)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hms-lab-gateway", description="HL7 v2 (MLLP) gateway of the laboratory: "
                                "stores ORU^R01 results, sends ORM^O01 new orders to an external LIS.")
    p.add_argument("--url", required=True, help="libpq URL of the gateway's staff login (lab role)")
    p.add_argument("--listen", required=True, type=host_port, metavar="HOST:PORT", help="MLLP listen address")
    p.add_argument("--lis", type=host_port, metavar="HOST:PORT", help="external LIS to send ORM^O01 new orders to")
    p.add_argument("--password-stdin", action="store_true", help="read the database password from standard input")
    p.add_argument("--max-message-bytes", type=int, default=2 * 1024 * 1024, help="larger messages get AR")
    p.add_argument("--max-connections", type=int, default=64)
    p.add_argument("--idle-timeout", type=float, default=3600.0, help="seconds a quiet connection is kept open")
    p.add_argument("--frame-timeout", type=float, default=120.0, help="seconds to complete a started message")
    p.add_argument("--escalate-every", type=float, default=30.0, help="seconds between critical-result escalations")
    p.add_argument("--lis-poll", type=float, default=5.0, help="seconds between looks for new orders to send")
    p.add_argument("--lis-retry", type=int, default=30, help="first retry delay (s) after a failed send (doubles)")
    p.add_argument("--lis-backlog-hours", type=int, default=24, help="send orders placed at most this long ago")
    p.add_argument("--application", default="HMS", help="our MSH-3 sending application")
    p.add_argument("--facility", default="HOSPITAL", help="our MSH-4 sending facility")
    p.add_argument("--log-level", default="INFO")
    return p


def settings_from(args: argparse.Namespace, password: str | None) -> Settings:
    return Settings(url=args.url, host=args.listen[0], port=args.listen[1], password=password, lis=args.lis,
                    max_message_bytes=args.max_message_bytes, max_connections=args.max_connections,
                    idle_timeout=args.idle_timeout, frame_timeout=args.frame_timeout,
                    escalate_every=args.escalate_every, lis_poll_every=args.lis_poll,
                    lis_retry_seconds=args.lis_retry, lis_backlog_hours=args.lis_backlog_hours,
                    application=args.application, facility=args.facility)


async def run(settings: Settings) -> None:
    gateway = Gateway(settings)
    await gateway.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await gateway.stop()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        target = conninfo_to_dict(args.url)
    except Exception:  # noqa: BLE001
        print("hms-lab-gateway: --url is not a valid libpq URL", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    logging.getLogger("hms.lab_gateway").info("database %s on %s as %s", target.get("dbname", "?"),
                                              target.get("host", "local socket"), target.get("user", "?"))
    try:
        asyncio.run(run(settings_from(args, password)))
    except OSError as exc:
        print(f"hms-lab-gateway: cannot listen on {args.listen[0]}:{args.listen[1]}: {exc.strerror}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
