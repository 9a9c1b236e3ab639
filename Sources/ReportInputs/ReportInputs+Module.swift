// Module `ReportInputs`: see README.md for its role.
