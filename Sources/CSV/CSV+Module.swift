// Module `CSV`: see README.md for its role.
