print("jeugdmonitor: the command line arrives with the loader")
