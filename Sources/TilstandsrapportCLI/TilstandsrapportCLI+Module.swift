// Module `TilstandsrapportCLI`: see README.md for its role.
