"""Mureka Desktop: lyrics videos for lists of Mureka songs, through the useapi.net API."""

__version__ = "0.1.0"
