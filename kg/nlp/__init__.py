"""Sentence splitting and light tokenisation for Vietnamese news."""
