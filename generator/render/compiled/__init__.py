"""Compiled built-in templates, written by generator/render/precompile.py."""
