"""Option callbacks shared by the command modules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: accept YYYY-MM-DD only, so a typo is a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-12-22") from None


def reading_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--published, --reference-date, --cues and --progress: every command that reads articles."""
    f = click.option("--progress/--no-progress", default=None,
                     help="Progress bar on stderr (default: only on a terminal).")(f)
    f = click.option("--cues", type=click.Choice(["all", "lexicon"]), default="all", show_default=True,
                     help="all: speech cues plus the learned model's open class of attributed "
                     "actions ('backed the bill', 'mocked the plan'), tuned on political news; "
                     "lexicon: listed speech cues and frames only, fewer false statements on "
                     "business, science or lifestyle pages.")(f)
    f = click.option("--reference-date", callback=iso_date, metavar="DATE",
                     help="'Today' when inferring a year from 'on Sunday (December 22)'. "
                     "Default: today.")(f)
    return click.option("--published", callback=iso_date, metavar="DATE",
                        help="Publication date (YYYY-MM-DD) for inputs that carry none.")(f)
