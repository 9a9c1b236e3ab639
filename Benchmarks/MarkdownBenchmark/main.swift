print("Markdown benchmark: not built yet")
