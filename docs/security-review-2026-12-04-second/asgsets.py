from lib import *
from setup_consts import *
st=json.load(open("state.json")); C=st["C1"]["id"]
body = '{"title":"big","closesAt":"2030-06-01T17:00:00+07:00","questions":[' + ",".join(["999999"]*140000) + ']}'
print("body bytes", len(body))
r = req("assignment 140000 unknown question ids (1 MB body)", "POST", f"/api/v1/classes/{C}/assignments", auth=T1, headers={"Content-Type":"application/json"}, data=body, timeout=300, expect=[400])
print("response bytes", len(r.content), r.text[:300])
dump("./log-asg-q2.json")
