"""Start the CJ Designer GUI: ``python main.py [FILE]``."""

import sys

from cjdesigner.__main__ import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or None, gui_only=True))
