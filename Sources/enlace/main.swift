print("Enlace: the board is not built yet")
