print("jeugdmonitor")
