print("lenstail")
