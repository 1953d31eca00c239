"""Exports: the PDF poster and hand-over (reportlab, no Qt), CSV tables, PNG/SVG images (Qt)."""
