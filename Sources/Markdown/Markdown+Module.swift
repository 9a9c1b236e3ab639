// Module `Markdown`: see README.md for its role.
