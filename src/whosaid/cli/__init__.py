"""The ``whosaid`` command line. Each command group lives in its own module."""

from __future__ import annotations

import click

from whosaid import __version__
from whosaid.cli.analyze import analyze_cmd, info_cmd


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="""\b
Examples:
  whosaid analyze examples/kyiv-nato-wire.txt --format pretty
  whosaid analyze crawl/ --format jsonl > articles.jsonl
  whosaid ingest examples/
  whosaid statements --speaker Zelensky --about NATO
  whosaid timeline Zelensky --by week
  whosaid info --json

Run 'whosaid COMMAND --help' for each command's options and examples.
""",
)
@click.version_option(__version__, prog_name="whosaid")
def main() -> None:
    """Who said what, when, about whom — from raw news, with provenance.

    Every fact carries the article id and character offsets into the cleaned text.
    """


main.add_command(analyze_cmd)
main.add_command(info_cmd)

try:  # the store commands register themselves once that module exists
    from whosaid.cli.store import register as _register_store
except ImportError:  # pragma: no cover
    pass
else:
    _register_store(main)
