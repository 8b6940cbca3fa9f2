# Creates actors: teacher T1 (non-admin), T2 (non-admin), learners L1 (T1-created), L2 (self sign-up via API by admin as learner), guest G
from lib import *
st = {}
PW = "Red-team-passphrase-9931"
T1 = ("teach1", PW); T2 = ("teach2", PW); L1 = ("learn1", PW); L2 = ("learn2", PW)
req("create T1", "POST", "/api/v1/accounts", auth=ADMIN, json_body={"username":"teach1","password":PW,"role":"teacher","displayName":"Teacher One"})
req("create T2", "POST", "/api/v1/accounts", auth=ADMIN, json_body={"username":"teach2","password":PW,"role":"teacher","displayName":"Teacher Two"})
r = req("T1 creates L1", "POST", "/api/v1/accounts", auth=T1, json_body={"username":"learn1","password":PW,"role":"learner","displayName":"Learner One"}); st["L1"] = j(r)
r = req("T2 creates L2", "POST", "/api/v1/accounts", auth=T2, json_body={"username":"learn2","password":PW,"role":"learner","displayName":"Learner Two"}); st["L2"] = j(r)
for who, a in [("T1",T1),("T2",T2),("L1",L1),("L2",L2)]:
    st[who+"me"] = j(req("me "+who, "GET", "/api/v1/me", auth=a))
# classes
st["C1"] = j(req("T1 class", "POST", "/api/v1/classes", auth=T1, json_body={"name":"Lop T1"}))
st["C2"] = j(req("T2 class", "POST", "/api/v1/classes", auth=T2, json_body={"name":"Lop T2"}))
req("L1 joins C1", "POST", "/api/v1/me/classes/join", auth=L1, json_body={"code": st["C1"]["joinCode"]})
req("L2 joins C2", "POST", "/api/v1/me/classes/join", auth=L2, json_body={"code": st["C2"]["joinCode"]})
# questions: T1 draft, T2 draft
q = {"kind":"SINGLE","topic":"three-pillars","stem":"T1 private draft stem?","options":[{"text":"A right","correct":True},{"text":"B","correct":False},{"text":"C","correct":False}]}
st["Q1"] = j(req("T1 question", "POST", "/api/v1/questions", auth=T1, json_body=q))
q2 = dict(q, stem="T2 private draft stem?")
st["Q2"] = j(req("T2 question", "POST", "/api/v1/questions", auth=T2, json_body=q2))
st["S1"] = j(req("T1 set", "POST", "/api/v1/sets", auth=T1, json_body={"name":"T1 set"}))
st["S2"] = j(req("T2 set", "POST", "/api/v1/sets", auth=T2, json_body={"name":"T2 set"}))
# published question ids
r = req("published list", "GET", "/api/v1/questions?status=published&size=5", auth=T1)
st["pub"] = j(r)
json.dump(st, open("./state.json","w"), indent=1, ensure_ascii=False)
print(json.dumps(st, ensure_ascii=False)[:3000])
