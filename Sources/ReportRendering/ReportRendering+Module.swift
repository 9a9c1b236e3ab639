// Module `ReportRendering`: see README.md for its role.
