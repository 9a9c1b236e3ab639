// Module `Mustache`: see README.md for its role.
