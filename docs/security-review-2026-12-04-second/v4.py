from lib import *
PW="Red-team-passphrase-9931"; T1=("teach1",PW)
ids=list(range(1,378))
for body in [{"action":"move","ids":ids,"topic":"events"},{"action":"move","ids":ids,"topic":"phrases"},
             {"action":"move","ids":list(range(1,501)),"topic":"events"},{"action":"move","ids":list(range(1,502)),"topic":"events"},
             {"action":"move","ids":[1]*500,"topic":"events"},{"action":"move","ids":[2**62]*2+[-1],"topic":"events"},
             {"action":"tag","ids":ids,"tags":["x"*60]*50},{"action":"status","ids":ids,"status":"retired"}]:
    req("bulk %s n=%d"%(body["action"],len(body["ids"])),"POST","/api/v1/questions/bulk",auth=T1,json_body=body)
