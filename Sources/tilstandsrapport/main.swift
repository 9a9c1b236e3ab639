import TilstandsrapportCLI

print("tilstandsrapport: under arbeid")
