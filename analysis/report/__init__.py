"""Notebooks, charts, views, batch runs and the explorer: everything that shows the tables."""
