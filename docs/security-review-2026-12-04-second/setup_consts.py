PW = "Red-team-passphrase-9931"
T1 = ("teach1", PW); T2 = ("teach2", PW); L1a = ("learn1", PW); L2a = ("learn2", PW)
