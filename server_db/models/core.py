from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, CheckConstraint, DateTime, ForeignKey, Index, LargeBinary, Text, \
    UniqueConstraint, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, created_now, id_pk, str_text, timestamptz


class Department(Base):
    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("code", name="uq_department_code"), {"schema": "core"})
    id: Mapped[id_pk]
    code: Mapped[str_text]
    name: Mapped[str_text]
    kind: Mapped[str_text]
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("username", name="uq_staff_username"), {"schema": "core"})
    id: Mapped[id_pk]
    username: Mapped[str_text]
    full_name: Mapped[str_text]
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[created_now]
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    password_change_required: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    locked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    language: Mapped[str | None] = mapped_column(Text)
    locale: Mapped[str | None] = mapped_column(Text)


class StaffDepartment(Base):
    __tablename__ = "staff_department"
    __table_args__ = (Index("ix_staff_department_department_id", "department_id"), {"schema": "core"})
    staff_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"), primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("core.department.id"), primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class Setting(Base):
    __tablename__ = "setting"
    __table_args__ = {"schema": "core"}
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[Any] = mapped_column(JSONB)
    description: Mapped[str] = mapped_column(Text, server_default=text("''"))


class BreakGlassGrant(Base):
    __tablename__ = "break_glass_grant"
    __table_args__ = (Index("ix_break_glass_grant_patient", "patient_id", "staff_id", "expires_at"),
                      {"schema": "core"})
    id: Mapped[id_pk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("registry.patient.id"))
    reason: Mapped[str_text]
    granted_at: Mapped[created_now]
    expires_at: Mapped[timestamptz]


class StaffChange(Base):
    __tablename__ = "staff_change"
    __table_args__ = (
        CheckConstraint("action IN ('create', 'roles', 'departments', 'name', 'deactivate', 'reactivate', "
                        "'reset_password', 'password_changed', 'lock', 'unlock', 'second_factor_enrolled', "
                        "'second_factor_removed')", name="ck_staff_change_action"),
        CheckConstraint("flagged = (flag_reason IS NOT NULL)", name="ck_staff_change_flag"),
        Index("ix_staff_change_staff_id", "staff_id", "changed_at"),
        Index("ix_staff_change_flagged", "changed_at", postgresql_where=text("flagged")),
        {"schema": "core"},
    )
    id: Mapped[id_pk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    changed_at: Mapped[created_now]
    changed_by: Mapped[str] = mapped_column(Text, server_default=text("SESSION_USER"))
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("core.staff.id"))
    action: Mapped[str_text]
    detail: Mapped[Any] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    reason: Mapped[str | None] = mapped_column(Text)
    flagged: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    flag_reason: Mapped[str | None] = mapped_column(Text)


class LoginFailure(Base):
    __tablename__ = "login_failure"
    __table_args__ = (
        CheckConstraint("kind IN ('password', 'second_factor')", name="ck_login_failure_kind"),
        CheckConstraint("length(username) BETWEEN 1 AND 63", name="ck_login_failure_username"),
        UniqueConstraint("log_session", name="uq_login_failure_log_session"),
        Index("ix_login_failure_username", "username", "failed_at"),
        {"schema": "core"},
    )
    id: Mapped[id_pk]
    username: Mapped[str_text]
    failed_at: Mapped[timestamptz]
    kind: Mapped[str_text]
    client_addr: Mapped[str | None] = mapped_column(Text)
    log_session: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[created_now]


class SecondFactor(Base):
    __tablename__ = "second_factor"
    __table_args__ = (
        CheckConstraint("length(secret) BETWEEN 20 AND 64", name="ck_second_factor_secret"),
        Index("uq_second_factor_staff", "staff_id", unique=True, postgresql_where=text("removed_at IS NULL")),
        {"schema": "core"},
    )
    id: Mapped[id_pk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    secret: Mapped[bytes] = mapped_column(LargeBinary)
    enrolled_at: Mapped[created_now]
    enrolled_by: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    last_step: Mapped[int] = mapped_column(BigInteger)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SecondFactorGrant(Base):
    __tablename__ = "second_factor_grant"
    __table_args__ = (
        CheckConstraint("expires_at > issued_at", name="ck_second_factor_grant_expiry"),
        Index("ix_second_factor_grant_staff", "staff_id", postgresql_where=text("ended_at IS NULL")),
        {"schema": "core"},
    )
    token_hash: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("core.staff.id"))
    issued_at: Mapped[created_now]
    expires_at: Mapped[timestamptz]
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    workstation: Mapped[str | None] = mapped_column(Text)


__all__ = ["Department", "Staff", "StaffDepartment", "Setting", "BreakGlassGrant", "StaffChange", "LoginFailure",
           "SecondFactor", "SecondFactorGrant"]
