from lib import *
from setup_consts import *
st=json.load(open("state.json")); C=st["C1"]["id"]
for n in (32768, 32769):
    body = '{"title":"big","closesAt":"2030-06-01T17:00:00+07:00","questions":[' + ",".join(["1"]*n) + ']}'
    req(f"assignment {n} question ids ({len(body)} bytes)", "POST", f"/api/v1/classes/{C}/assignments", auth=T1, headers={"Content-Type":"application/json"}, data=body, expect=[400])
dump("./log-asg-q500.json")
