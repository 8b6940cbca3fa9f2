from lib import *
PW="Red-team-passphrase-9931"; T1=("teach1",PW); T2=("teach2",PW)
for p in ["/api/v1/stats/questions?size=200","/api/v1/stats/learners?size=200","/api/v1/questions?size=200","/api/v1/questions/export?format=moodle","/api/v1/questions/export?format=json","/api/v1/questions/export?format=csv","/teach/questions?size=1000","/api/v1/classes/1/assignments/1/results","/api/v1/classes/1/assignments/1/answers","/api/v1/sets?size=1000"]:
    req("T1 "+p,"GET",p,auth=T1)
import json
body={"title":"big","size":5,"closesAt":"2030-06-01T17:00:00+07:00","sets":list(range(1,1000))}
req("assign 999 sets","POST","/api/v1/classes/1/assignments",auth=T1,json_body=body)
body={"title":"big","closesAt":"2030-06-01T17:00:00+07:00","questions":list(range(1,40000))}
req("assign 40k qs","POST","/api/v1/classes/1/assignments",auth=T1,json_body=body)
body={"title":"big","closesAt":"2030-06-01T17:00:00+07:00","questions":[1],"sets":[1]}
req("assign q+sets","POST","/api/v1/classes/1/assignments",auth=T1,json_body=body)
# bulk tag 500 ids w/ addTags
req("bulk tag 377","POST","/api/v1/questions/bulk",auth=T1,json_body={"action":"tag","ids":list(range(1,378)),"addTags":["t1","t2"]})
req("bulk publish 377","POST","/api/v1/questions/bulk",auth=T1,json_body={"action":"publish","ids":list(range(1,378))})
req("bulk move set 377","POST","/api/v1/questions/bulk",auth=T1,json_body={"action":"move","ids":list(range(1,378)),"set":1})
