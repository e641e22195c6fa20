"""Rendering briefings to platform messages: templates, escaping, clipping, splitting."""
