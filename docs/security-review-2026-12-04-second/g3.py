from lib import *
import websocket, json, time
PW="Red-team-passphrase-9931"; T1=("teach1",PW)
g=j(req("create game","POST","/api/v1/games",auth=T1,json_body={"topic":"phrases","size":3,"secondsPerQuestion":60}))
GID,PIN=g["id"],g["pin"]
p1=j(req("join","POST",f"/api/v1/play/{PIN}/players",json_body={"nickname":"Alice"}))
p2=j(req("join","POST",f"/api/v1/play/{PIN}/players",json_body={"nickname":"Bob"}))
w=websocket.create_connection(f"ws://127.0.0.1:18700/ws/play/{PIN}?token={p1['playerToken']}",timeout=5); w.recv()
req("start","POST",f"/api/v1/games/{GID}/start",auth=T1,json_body={})
time.sleep(0.5)
msg=w.recv(); print("WS msg keys:", msg[:1500])
r=req("current","GET",f"/api/v1/play/{PIN}/current",headers={"X-Player-Token":p1["playerToken"]}); print(r.text[:1500])
r=req("public game (no token)","GET",f"/api/v1/play/{PIN}/current")
r=req("play page","GET",f"/play/{PIN}"); 
json.dump({"GID":GID,"PIN":PIN,"p1":p1,"p2":p2},open("game2.json","w"))
