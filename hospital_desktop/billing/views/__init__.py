"""Billing workstation views (Qt)."""
