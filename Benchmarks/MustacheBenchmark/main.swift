print("Mustache benchmark: not built yet")
