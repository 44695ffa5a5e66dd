"""Careers across the whole knowledge base: skills of every job, moves between any two jobs,
reading a pasted job description, and matching a self-description to departments."""
