from lib import *
from setup_consts import *
s = requests.Session(); s.get(BASE+"/login"); s.post(BASE+"/j_security_check", data={"username":"learn2","password":PW}, headers={"Origin":BASE}, allow_redirects=False)
a = j(req("L2 starts test via API", "POST", "/api/v1/attempts", auth=L2a, json_body={"topic":"nine-tasks","size":5,"mode":"test","timeLimitMinutes":30}))
req("CSRF: finish learner test, session cookie, no Content-Type, no token", "POST", f"/quiz/{a['id']}/finish", session=s, headers={"Origin":"http://evil.example"}, expect=[403])
r = req("L2 attempt state", "GET", f"/api/v1/attempts/{a['id']}", auth=L2a); print("finished:", j(r)["finished"])
dump("./log-csrf3.json")
