from lib import *
from setup_consts import *
st=json.load(open("state.json")); C=st["C1"]["id"]; S=st["S1"]["id"]
req("assignment sets [S1,S1] duplicate", "POST", f"/api/v1/classes/{C}/assignments", auth=T1, json_body={"title":"dup","size":5,"closesAt":"2030-06-01T17:00:00+07:00","sets":[S,S]}, expect=[400])
a = j(req("assignment sets [S1]", "POST", f"/api/v1/classes/{C}/assignments", auth=T1, json_body={"title":"one","size":5,"closesAt":"2030-06-01T17:00:00+07:00","sets":[S]}))
aid = a["id"]
req("reassign sets [S1,S1] duplicate", "PUT", f"/api/v1/classes/{C}/assignments/{aid}", auth=T1, json_body={"title":"dup","size":5,"closesAt":"2030-06-01T17:00:00+07:00","sets":[S,S]}, expect=[400])
req("assignment questions dup", "POST", f"/api/v1/classes/{C}/assignments", auth=T1, json_body={"title":"dupq","closesAt":"2030-06-01T17:00:00+07:00","questions":[1,1]}, expect=[400])
dump("./log-asg-dup.json")
