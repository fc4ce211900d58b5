"""python -m server_db.demo.mock_payer --listen HOST:PORT --config FILE
python -m server_db.demo.mock_payer --init DIR [--listen HOST:PORT]   (keys and both configuration files)"""
from __future__ import annotations

import argparse
import logging
import signal
import threading

from .server import MockPayer
from .setup_files import make_payer_setup


def _address(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, not {value!r}")
    return host, int(port)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m server_db.demo.mock_payer", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listen", type=_address, default=("127.0.0.1", 8470))
    parser.add_argument("--config", help="the mock payer's TOML file")
    parser.add_argument("--init", metavar="DIR", help="write keys, gateway.toml and mock-payer.toml, then exit")
    options = parser.parse_args(argv)
    if options.init:
        setup = make_payer_setup(options.init, host=options.listen[0], payer_port=options.listen[1])
        print(f"gateway: {setup.gateway_config}\npayer:   {setup.payer_config}")
        return
    if not options.config:
        parser.error("--config is required (make one with --init DIR)")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    payer = MockPayer.from_file(options.config, options.listen).start()
    print(f"mock payer at {payer.url} (openIMIS /api_fhir_r4/, exchange /v1/, control /_control/)", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:
        done.wait()
    except KeyboardInterrupt:
        pass
    payer.stop()


if __name__ == "__main__":
    main()
