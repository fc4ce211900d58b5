from __future__ import annotations

from datetime import datetime
from typing import Annotated

from sqlalchemy import BigInteger, DateTime, Identity, MetaData, Text, text
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Every integer in the schema is a bigint, every string text, every timestamp a timestamptz.
    type_annotation_map = {int: BigInteger, str: Text, datetime: DateTime(timezone=True)}


# Column shapes used everywhere.
id_pk = Annotated[int, mapped_column(BigInteger, Identity(always=True), primary_key=True)]
str_text = Annotated[str, mapped_column(Text)]
timestamptz = Annotated[datetime, mapped_column(DateTime(timezone=True))]
created_now = Annotated[datetime, mapped_column(DateTime(timezone=True), server_default=text("now()"))]
