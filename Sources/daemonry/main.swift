print("daemonry")
