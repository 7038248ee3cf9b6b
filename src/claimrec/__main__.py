"""``python -m claimrec`` runs the command line."""

from claimrec.cli import app

app(prog_name="claimrec")
