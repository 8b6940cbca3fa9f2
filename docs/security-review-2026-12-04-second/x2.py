from lib import *
import websocket, json, time, re
PW="Red-team-passphrase-9931"; T1=("teach1",PW)
a=j(req("assignment","POST","/api/v1/classes/1/assignments",auth=T1,json_body={"title":"XSS <b>a</b>","closesAt":"2030-06-01T17:00:00+07:00","questions":[382]}))
print(a)
g=j(req("game from assignment","POST","/api/v1/games",auth=T1,json_body={"assignmentId":a["id"],"secondsPerQuestion":30}))
PIN=g["pin"]; GID=g["id"]
p=j(req("join","POST",f"/api/v1/play/{PIN}/players",json_body={"nickname":"Eve"}))
w=websocket.create_connection(f"ws://127.0.0.1:18700/ws/play/{PIN}?token={p['playerToken']}",timeout=5); w.recv()
req("start","POST",f"/api/v1/games/{GID}/start",auth=T1,json_body={})
m=json.loads(w.recv()); scr=m.get("screen","")
print("raw tags in screen:", re.findall(r'<(?:img|script)[^>]*>',scr)[:5])
print(scr[scr.find('game-stem'):][:400])
req("answer","PUT",f"/api/v1/play/{PIN}/answers/1",headers={"X-Player-Token":p["playerToken"]},json_body={"options":[1]})
m=json.loads(w.recv()); scr=m.get("screen","")
print("after close raw tags:", re.findall(r'<(?:img|script)[^>]*>',scr)[:5]); print(scr[:1500])
json.dump({"A":a["id"],"GID":GID,"PIN":PIN},open("xgame.json","w"))
