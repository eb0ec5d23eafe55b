"""Sub-commands of the `mail-mamori` command line, one module each (see `app/cli.py`)."""
