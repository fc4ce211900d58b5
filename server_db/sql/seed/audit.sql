-- Reference data of audit: loaded after the tables and functions, before core.protect() (server_db/sqlfiles.py).

INSERT INTO audit.chain_head DEFAULT VALUES;
