"""The journey canvas: a QGraphicsScene of items that are views of the model.

Items are keyed by model id and drawn from ``cjdesigner.layout``; gestures are small
interaction objects that push commands. Nothing here holds the only copy of any data.
"""
