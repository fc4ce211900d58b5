"""Billing workstation: charges, invoices, payments, cash close, insurance claims, financial views."""
