"""Families of unpicklable values, one small module each, with their knowledge and why.

The judge (`values.py`) calls into them where a value of that family can be recognised; each
returns what pickle reports for it, or None when the value is not of its family (or unknown).
"""
