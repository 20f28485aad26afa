"""Loan officer workstation: review, decide, service and document e-commerce micro-loans."""

__version__ = "0.1.0"
