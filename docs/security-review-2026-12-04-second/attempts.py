from lib import *
from setup_consts import *
st = json.load(open("./state.json"))
# L1 starts a test attempt; guest starts practice
r = req("L1 start test", "POST", "/api/v1/attempts", auth=L1a, json_body={"topic":"nine-tasks","size":5,"mode":"test"}); a1 = j(r); st["att_L1"]=a1["id"]
print(json.dumps(a1, ensure_ascii=False)[:1500])
r = req("guest start", "POST", "/api/v1/attempts", json_body={"topic":"three-pillars","size":5,"mode":"practice"}); g = j(r)
gtok = r.headers.get("X-Guest-Token"); st["gtok"]=gtok; st["att_G"]=g["id"]
print("guest token", gtok, "set-cookie:", r.headers.get("Set-Cookie"))
A = a1["id"]; G = g["id"]
opt = a1["questions"][0]["options"][0]["id"] if a1["questions"][0].get("options") else None
# cross access
for who, kw in [("L2", dict(auth=L2a)), ("guest", dict(headers={"X-Guest-Token": gtok})), ("anon", {}), ("T1 teacher", dict(auth=T1))]:
    req(f"{who} GET L1 attempt", "GET", f"/api/v1/attempts/{A}", expect=[403,404,401], **kw)
    h = dict(kw.get("headers", {})); 
    req(f"{who} PUT answer L1 attempt", "PUT", f"/api/v1/attempts/{A}/answers/1", json_body={"optionIds":[opt]}, expect=[403,404,401], **kw)
    req(f"{who} finish L1 attempt", "POST", f"/api/v1/attempts/{A}/finish", json_body={}, expect=[403,404,401], **kw)
req("L1 GET guest attempt", "GET", f"/api/v1/attempts/{G}", auth=L1a, expect=[403,404])
req("forged guest token", "GET", f"/api/v1/attempts/{G}", headers={"X-Guest-Token": "A"*len(gtok)}, expect=[400,401,403,404])
req("guest token in cookie only (API)", "GET", f"/api/v1/attempts/{G}", headers={"Cookie": "quiz-guest="+gtok}, expect=[401,403,404])
req("basic + guest token", "GET", f"/api/v1/attempts/{G}", auth=L1a, headers={"X-Guest-Token": gtok}, expect=[403,404])
# answer leakage: ids order analysis for the guest practice attempt
gq = g["questions"]
for q in gq: print("  ", q["kind"], [o["id"] for o in (q.get("options") or [])])
# answer position out of range, negative, huge
for p in ["0","-1","99","2147483648","9223372036854775808","abc","1.5"]:
    req(f"guest answer pos {p}", "PUT", f"/api/v1/attempts/{G}/answers/{p}", headers={"X-Guest-Token": gtok}, json_body={"optionIds":[gq[0]["options"][0]["id"]]}, expect=[400,404])
req("guest answer foreign option", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok}, json_body={"optionIds":[opt]}, expect=[400,422])
req("guest answer dup options", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok}, json_body={"optionIds":[gq[0]["options"][0]["id"]]*30}, expect=[400,422])
req("guest answer numeric 1e-100000000", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok}, data='{"value": 1e-100000000}', expect=[400,422])
req("guest answer numeric text huge", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok,"Content-Type":"application/json"}, data='{"value": "'+"9"*5000+'"}', expect=[400,422])
req("guest answer numeric str 1e-100000000", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok,"Content-Type":"application/json"}, data='{"value": "1e-100000000"}', expect=[400,422])
req("guest answer text 10k", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok}, json_body={"text":"a"*10000}, expect=[400,422])
req("guest answer pairs bad", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok}, json_body={"pairs":{"x":1}}, expect=[400,422])
req("guest answer deep json", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok,"Content-Type":"application/json"}, data='{"optionIds":'+"["*5000+"]"*5000+'}', expect=[400,413])
req("guest answer dup key", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok,"Content-Type":"application/json"}, data='{"optionIds":[1],"optionIds":[2]}', expect=[400])
req("guest answer ok", "PUT", f"/api/v1/attempts/{G}/answers/1", headers={"X-Guest-Token": gtok}, json_body={"optionIds":[gq[0]["options"][0]["id"]]}, expect=[200])
req("guest finish", "POST", f"/api/v1/attempts/{G}/finish", headers={"X-Guest-Token": gtok}, json_body={}, expect=[200])
req("guest answer after finish", "PUT", f"/api/v1/attempts/{G}/answers/2", headers={"X-Guest-Token": gtok}, json_body={"optionIds":[gq[1]["options"][0]["id"]]}, expect=[409,400])
# start variants
for body in [{"topic":"nine-tasks","size":0},{"topic":"nine-tasks","size":51},{"topic":"x'; select 1--"},{"topic":"nine-tasks","mode":"exam"},{"topic":"nine-tasks","timeLimitMinutes":1e-100000000},{"topic":"nine-tasks","size":"10"},{"topic":"nine-tasks","assignmentId":1}]:
    req(f"start {json.dumps(body)[:40]}", "POST", "/api/v1/attempts", auth=L2a, json_body=body, expect=[400,422])
json.dump(st, open("./state.json","w"), indent=1, ensure_ascii=False)
dump("./log-attempts.json")
