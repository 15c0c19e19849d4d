print("DemoData")
