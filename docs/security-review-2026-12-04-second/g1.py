from lib import *
import websocket, time, json, threading
PW="Red-team-passphrase-9931"; T1=("teach1",PW)
WS=BASE.replace("http","ws")
g=j(req("create game","POST","/api/v1/games",auth=T1,json_body={"topic":"phrases","size":3,"secondsPerQuestion":20}))
GID,PIN=g["id"],g["pin"]
p1=j(req("join","POST",f"/api/v1/play/{PIN}/players",json_body={"nickname":"Alice"}))
json.dump({"g":g,"p1":p1},open("game.json","w"))
# 1. token-less socket: time to close
w=websocket.create_connection(f"{WS}/ws/play/{PIN}",timeout=15); t=time.time()
try: w.recv()
except Exception as e: print("tokenless closed after %.1fs"%(time.time()-t), type(e).__name__, w.status if hasattr(w,'status') else '')
# 2. oversized frame
import subprocess
before=int(subprocess.check_output("grep -c ERROR /work/redteam2/app.log || true",shell=True).strip() or 0)
for i in range(5):
    w=websocket.create_connection(f"{WS}/ws/play/{PIN}",timeout=5)
    try:
        w.send("x"*(2*1024*1024)); print("recv", w.recv()[:100])
    except Exception as e: print("big frame ->", type(e).__name__, str(e)[:80])
# 3. fragmented message: 100 fragments of 60KB
w=websocket.create_connection(f"{WS}/ws/play/{PIN}",timeout=5)
try:
    w.send_frame(websocket.ABNF.create_frame("a"*60000, websocket.ABNF.OPCODE_TEXT, 0))
    for i in range(200):
        w.send_frame(websocket.ABNF.create_frame("a"*60000, websocket.ABNF.OPCODE_CONT, 0))
    w.send_frame(websocket.ABNF.create_frame("a", websocket.ABNF.OPCODE_CONT, 1))
    print("fragmented recv", w.recv()[:100])
except Exception as e: print("fragmented ->", type(e).__name__, str(e)[:80])
# 4. binary frames
w=websocket.create_connection(f"{WS}/ws/play/{PIN}",timeout=5)
try:
    for i in range(1000): w.send_binary(b"\x00"*1000)
    print("binary recv", w.recv()[:100])
except Exception as e: print("binary ->", type(e).__name__, str(e)[:80])
# 5. valid token socket then flood messages
w=websocket.create_connection(f"{WS}/ws/play/{PIN}?token={p1['playerToken']}",timeout=5)
print("valid:", w.recv()[:150])
t=time.time()
for i in range(3000): w.send("hello %d"%i)
print("3000 msgs sent in %.2f"%(time.time()-t))
time.sleep(1)
after=int(subprocess.check_output("grep -c ERROR /work/redteam2/app.log || true",shell=True).strip() or 0)
print("ERROR lines", before, after)
