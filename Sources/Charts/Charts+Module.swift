// Module `Charts`: see README.md for its role.
