"""CJ Designer: design customer journey maps on a Qt canvas and print them as PDF posters."""

import os

# Pydantic plugins (observability tools and the like, found through the entry points
# of every installed package) would hook the validation of the user's maps. The program
# wants none of them, and looking them up scanned every installed package's metadata on
# the first model class (6 ms of each start here, more where many packages are
# installed). A value set by the user is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

__version__ = "0.1.0"
