"""`python -m dsr_desk`: the same entry point as the `dsr-desk` command."""

import sys

from dsr_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
