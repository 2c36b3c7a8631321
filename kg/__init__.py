"""kg: a knowledge-graph builder for Vietnamese business news."""

__version__ = "0.1.0"
