from lib import *
from setup_consts import *
import websocket, threading
st = json.load(open("./state.json"))
WS = BASE.replace("http","ws")
r = req("T1 create game", "POST", "/api/v1/games", auth=T1, json_body={"topic":"three-pillars","size":3,"secondsPerQuestion":5}); g = j(r); GID, PIN = g["id"], g["pin"]
st["game"] = g
req("T2 create game from T1 assignment", "POST", "/api/v1/games", auth=T2, json_body={"assignmentId": st["A1"]}, expect=[400,404,403])
req("L1 create game", "POST", "/api/v1/games", auth=L1a, json_body={"topic":"three-pillars"}, expect=[403])
for m in ["start","next","pause","resume","end"]:
    req(f"T2 {m} T1 game", "POST", f"/api/v1/games/{GID}/{m}", auth=T2, json_body={}, expect=[404,403])
req("T2 GET T1 game", "GET", f"/api/v1/games/{GID}", auth=T2, expect=[404,403])
req("T2 results T1 game", "GET", f"/api/v1/games/{GID}/results", auth=T2, expect=[404,403])
# players
p1 = j(req("P1 join", "POST", f"/api/v1/play/{PIN}/players", json_body={"nickname":"Alice"}))
p2 = j(req("P2 join", "POST", f"/api/v1/play/{PIN}/players", json_body={"nickname":"Bob"}))
req("join dup nickname case", "POST", f"/api/v1/play/{PIN}/players", json_body={"nickname":"ALICE"}, expect=[409,400])
req("join nickname html", "POST", f"/api/v1/play/{PIN}/players", json_body={"nickname":"<img src=x>"}, expect=[400])
req("join nickname bidi", "POST", f"/api/v1/play/{PIN}/players", json_body={"nickname":"a\u202eb"}, expect=[400])
req("join nickname 21 chars", "POST", f"/api/v1/play/{PIN}/players", json_body={"nickname":"a"*21}, expect=[400])
req("join nickname formula", "POST", f"/api/v1/play/{PIN}/players", json_body={"nickname":"=HYPERLINK(1)"}, expect=[400,201])
req("join nickname -cmd", "POST", f"/api/v1/play/{PIN}/players", json_body={"nickname":"-2+3"}, expect=[400,201])
req("join nickname @SUM", "POST", f"/api/v1/play/{PIN}/players", json_body={"nickname":"@SUM(A1)"}, expect=[400,201])
req("join bad pin", "POST", "/api/v1/play/000000/players", json_body={"nickname":"x"}, expect=[404])
req("join pin sqli", "POST", "/api/v1/play/1'or'1/players", json_body={"nickname":"x"}, expect=[404,400])
req("current no token", "GET", f"/api/v1/play/{PIN}/current", expect=[401])
req("current wrong token", "GET", f"/api/v1/play/{PIN}/current", headers={"X-Player-Token":"x"*43}, expect=[401])
req("P1 token on other pin", "GET", "/api/v1/play/123456/current", headers={"X-Player-Token":p1["playerToken"]}, expect=[401,404])
req("T2 remove player of T1 game", "DELETE", f"/api/v1/games/{GID}/players/{p1['playerId']}", auth=T2, expect=[404,403])
# websockets
def ws_try(name, url, header=None, send=None, wait=1.5):
    out = []
    try:
        w = websocket.create_connection(url, header=header or [], timeout=3)
        if send is not None: w.send(send)
        w.settimeout(wait)
        try:
            while True:
                m = w.recv(); out.append(m[:200] if isinstance(m,str) else repr(m)[:200])
        except Exception as e: out.append("END:"+type(e).__name__+(":"+str(getattr(w,'status',''))))
    except Exception as e: out.append("CONNFAIL:"+repr(e)[:200])
    print("WS", name, "->", out[:3]); LOG.append({"name":"WS "+name, "curl": "websocket "+url, "out": out[:3]}); COUNT[0]+=1
    return out
import base64
ab = lambda a: "Authorization: Basic " + base64.b64encode(("%s:%s"%a).encode()).decode()
ws_try("play no token", f"{WS}/ws/play/{PIN}")
ws_try("play bad token", f"{WS}/ws/play/{PIN}?token=abc")
ws_try("play good token", f"{WS}/ws/play/{PIN}?token={p1['playerToken']}")
ws_try("play token wrong pin", f"{WS}/ws/play/000001?token={p1['playerToken']}")
ws_try("play token first msg json", f"{WS}/ws/play/{PIN}", send=json.dumps({"token":p1["playerToken"]}))
ws_try("play big frame", f"{WS}/ws/play/{PIN}", send="x"*2_000_000)
ws_try("host anon", f"{WS}/ws/host/{GID}")
ws_try("host as T2", f"{WS}/ws/host/{GID}", header=[ab(T2)])
ws_try("host as L1", f"{WS}/ws/host/{GID}", header=[ab(L1a)])
ws_try("host as T1", f"{WS}/ws/host/{GID}", header=[ab(T1)])
ws_try("host as T1 evil origin", f"{WS}/ws/host/{GID}", header=[ab(T1), "Origin: http://evil.example"])
ws_try("host id nonnumeric", f"{WS}/ws/host/abc", header=[ab(T1)])
# game play
req("T1 start", "POST", f"/api/v1/games/{GID}/start", auth=T1, json_body={})
cur = j(req("P1 current", "GET", f"/api/v1/play/{PIN}/current", headers={"X-Player-Token":p1["playerToken"]}))
print(json.dumps(cur, ensure_ascii=False)[:800])
q = cur.get("question") or {}
opts = [o["id"] for o in q.get("options", [])]
print("option ids", opts)
req("P1 answer future index", "PUT", f"/api/v1/play/{PIN}/answers/{cur['index']+1}", headers={"X-Player-Token":p1["playerToken"]}, json_body={"optionIds":[opts[0]]}, expect=[409,400,404])
req("P1 answer past index", "PUT", f"/api/v1/play/{PIN}/answers/{cur['index']-1}", headers={"X-Player-Token":p1["playerToken"]}, json_body={"optionIds":[opts[0]]}, expect=[409,400,404])
r = req("P1 answer", "PUT", f"/api/v1/play/{PIN}/answers/{cur['index']}", headers={"X-Player-Token":p1["playerToken"]}, json_body={"optionIds":[opts[0]]})
print(r.text)
req("P1 answer change", "PUT", f"/api/v1/play/{PIN}/answers/{cur['index']}", headers={"X-Player-Token":p1["playerToken"]}, json_body={"optionIds":[opts[1]]}, expect=[409,200])
req("P1 answer no token", "PUT", f"/api/v1/play/{PIN}/answers/{cur['index']}", json_body={"optionIds":[opts[0]]}, expect=[401])
req("T1 pause", "POST", f"/api/v1/games/{GID}/pause", auth=T1, json_body={})
req("P2 answer while paused", "PUT", f"/api/v1/play/{PIN}/answers/{cur['index']}", headers={"X-Player-Token":p2["playerToken"]}, json_body={"optionIds":[opts[0]]}, expect=[409])
req("T1 resume", "POST", f"/api/v1/games/{GID}/resume", auth=T1, json_body={})
req("T1 next (reveal)", "POST", f"/api/v1/games/{GID}/next", auth=T1, json_body={})
req("P2 answer closed question", "PUT", f"/api/v1/play/{PIN}/answers/{cur['index']}", headers={"X-Player-Token":p2["playerToken"]}, json_body={"optionIds":[opts[0]]}, expect=[409])
r = req("T1 results csv", "GET", f"/api/v1/games/{GID}/results", auth=T1, headers={"Accept":"text/csv"})
print(r.text[:600])
json.dump(st, open("./state.json","w"), indent=1, ensure_ascii=False)
dump("./log-game.json")
