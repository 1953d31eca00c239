"""CJ Designer: design customer journey maps on a Qt canvas and print them as PDF posters."""

__version__ = "0.1.0"
