from br import *
import websocket, json, time, requests, base64
PW="Red-team-passphrase-9931"; NEW="Teacher-two-new-pass-8812"
T2=("teach2",PW)
g=requests.post(B+"/api/v1/games",auth=T2,json={"topic":"phrases","size":3,"secondsPerQuestion":30}).json(); GID,PIN=g["id"],g["pin"]
s=login("teach2",PW)
ck="; ".join("%s=%s"%(c.name,c.value) for c in s.cookies)
w=websocket.create_connection(f"ws://127.0.0.1:18700/ws/host/{GID}",header=["Cookie: "+ck],timeout=5); print("host open:", w.recv()[:80])
r=s.post(B+"/logout",data={"csrf":csrf(s)},allow_redirects=False); print("logout", r.status_code)
r=requests.put(B+"/api/v1/me/password",auth=T2,json={"currentPassword":PW,"newPassword":NEW}); print("pw change", r.status_code)
requests.post(f"{B}/api/v1/play/{PIN}/players",json={"nickname":"Mallory"})
try: print("host socket after logout+pw change still gets:", w.recv()[:200])
except Exception as e: print("socket closed:", type(e).__name__)
requests.put(B+"/api/v1/me/password",auth=("teach2",NEW),json={"currentPassword":NEW,"newPassword":PW})
# cross-origin host socket handshake
w2=websocket.create_connection(f"ws://127.0.0.1:18700/ws/host/{GID}",header=["Authorization: Basic "+base64.b64encode(b"teach2:"+PW.encode()).decode(),"Origin: https://evil.example"],timeout=5); print("foreign Origin host socket:", w2.recv()[:60])
