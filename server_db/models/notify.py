from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk


class Notification(Base):
    __tablename__ = "notification"
    __table_args__ = (
        Index("ix_notification_unacknowledged", "recipient_id", "id",
              postgresql_where=text("acknowledged_at IS NULL")),
        {"schema": "notify"},
    )
    id: Mapped[id_pk]
    recipient_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    kind: Mapped[str] = mapped_column(Text)
    ref_id: Mapped[int | None]
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("registry.patient.id"))
    title: Mapped[str] = mapped_column(Text, server_default=text("''"))
    created_at: Mapped[created_now]
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
