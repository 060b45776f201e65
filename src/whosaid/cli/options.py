"""Option callbacks shared by the command modules."""

from __future__ import annotations

import datetime as dt

import click


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: accept YYYY-MM-DD only, so a typo is a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-12-22") from None
