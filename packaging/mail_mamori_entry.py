"""Entry point of the frozen app: PyInstaller runs this file as `__main__`.

The same `main()` as `python -m app`: no arguments open the wizard, anything else is the CLI
(including `--self-test`).
"""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
