from lib import *
import websocket, threading, os
st = json.load(open("./state.json"))
WS = BASE.replace("http","ws"); PIN = st["game"]["pin"]
size0 = (os.path.getsize(os.environ.get("APP_LOG","./app.log")) if os.path.exists(os.environ.get("APP_LOG","./app.log")) else 0)
lat = []
stop = False
def prober():
    while not stop:
        t0=time.time(); requests.get(BASE+"/api/v1/sources"); lat.append(time.time()-t0); time.sleep(0.05)
th = threading.Thread(target=prober); th.start()
def flood(k):
    for rnd in range(3):
        w = websocket.create_connection(f"{WS}/ws/play/{PIN}", timeout=10)
        for i in range(5000):
            try: w.send("x"*40)
            except Exception: break
        try: w.close()
        except Exception: pass
t0=time.time()
ts=[threading.Thread(target=flood, args=(k,)) for k in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
print(f"flood: 8 clients x 3 connections x 5000 msgs in {time.time()-t0:.1f}s")
time.sleep(8); stop=True; th.join()
lat.sort()
print(f"probe latency during flood: n={len(lat)} p50={lat[len(lat)//2]*1000:.0f}ms max={lat[-1]*1000:.0f}ms")
print("log grew by", (os.path.getsize(os.environ.get("APP_LOG","./app.log")) if os.path.exists(os.environ.get("APP_LOG","./app.log")) else 0)-size0, "bytes")
LOG.append({"name":"WS bad-token flood 8x3x5000","curl":"python3 wsflood2.py"}); COUNT[0]+=1
dump("./log-wsflood2.json")
