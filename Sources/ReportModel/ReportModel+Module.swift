// Module `ReportModel`: see README.md for its role.
