"""The judge's parts: following object state, and calls and instances (engine/values.py
combines them)."""
