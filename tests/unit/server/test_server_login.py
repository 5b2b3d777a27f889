"""A server URL and the connect form's fields (services/server_login.py)."""

from __future__ import annotations

from desktop.services.server_login import (
    ServerFields,
    fields_of,
    password_of,
    server_url,
    with_password,
    without_password,
)


def test_the_form_s_fields_and_the_url_round_trip_other_libpq_parameters_kept() -> None:
    url = "postgresql://wang@db.example.com:6432/team?connect_timeout=5&sslmode=require"
    fields = fields_of(url)
    assert fields == ServerFields(
        "db.example.com", 6432, "team", "wang", "require", (("connect_timeout", "5"),)
    )
    again = fields_of(server_url(fields, "p@ss:/word"))
    assert again == fields
    assert password_of(server_url(fields, "p@ss:/word")) == "p@ss:/word"


def test_an_sslmode_the_form_does_not_offer_is_kept_as_given() -> None:
    fields = fields_of("postgresql://wang@h/team?sslmode=verify-ca")
    assert fields.sslmode == "prefer"
    assert "sslmode=verify-ca" in server_url(fields)
    assert "sslmode=require" in server_url(
        ServerFields(fields.host, fields.port, fields.database, fields.user, "require")
    )


def test_a_password_is_added_and_taken_away() -> None:
    url = with_password("postgres://wang@h:5432/team?sslmode=require", "秘密 pw")
    assert password_of(url) == "秘密 pw"
    bare = without_password(url)
    assert password_of(bare) is None and "秘密" not in bare and "sslmode=require" in bare
