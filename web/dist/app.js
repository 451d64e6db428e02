function C(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function M(e){return C(e)==="object"}function ot(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function ie(e,t){return e.length<124?e:t}var Ae="graphql-transport-ws";var E=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(E||{}),D=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(D||{});function $e(e){if(!M(e))throw new Error(`Message is expected to be an object, but got ${C(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${C(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!M(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${C(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!M(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${C(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${C(e.payload.query)}`);if(e.payload.variables!=null&&!M(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${C(e.payload.variables)}`);if(e.payload.operationName!=null&&C(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${C(e.payload.operationName)}`);if(e.payload.extensions!=null&&!M(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${C(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${C(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!M(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${C(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${C(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ot(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${C(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Te(e,t){return $e(typeof e=="string"?JSON.parse(e,t):e)}function B(e,t){return $e(e),JSON.stringify(e,t)}function le(e){let{url:t,connectionParams:n,lazy:o=!0,onNonLazyError:r=console.error,lazyCloseTimeout:i=0,keepAlive:l=0,disablePong:g,connectionAckWaitTimeout:T=0,retryAttempts:h=5,retryWait:w=async function(y){let a=Math.pow(2,y);await new Promise(d=>setTimeout(d,a*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:S=ce,on:f,webSocketImpl:p,generateID:F=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,y=>{let a=Math.random()*16|0;return(y=="x"?a:a&3|8).toString(16)})},jsonMessageReplacer:j,jsonMessageReviver:N}=e,q;if(p){if(!it(p))throw new Error("Invalid WebSocket implementation provided");q=p}else typeof WebSocket<"u"?q=WebSocket:typeof global<"u"?q=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(q=window.WebSocket||window.MozWebSocket);if(!q)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let I=q,m=(()=>{let c=(()=>{let a={};return{on(d,b){return a[d]=b,()=>{delete a[d]}},emit(d){"id"in d&&a[d.id]?.(d)}}})(),y={connecting:f?.connecting?[f.connecting]:[],opened:f?.opened?[f.opened]:[],connected:f?.connected?[f.connected]:[],ping:f?.ping?[f.ping]:[],pong:f?.pong?[f.pong]:[],message:f?.message?[c.emit,f.message]:[c.emit],closed:f?.closed?[f.closed]:[],error:f?.error?[f.error]:[]};return{onMessage:c.on,on(a,d){let b=y[a];return b.push(d),()=>{let k=b.indexOf(d);k>-1&&b.splice(k,1)}},emit(a,...d){for(let b of[...y[a]])b(...d)}}})();function W(c){let y=[m.on("error",a=>{y.forEach(d=>d()),c(a)}),m.on("closed",a=>{y.forEach(d=>d()),c(a)})];return()=>y.forEach(a=>a())}let V,L=0,ae,z=!1,X=0,Se=!1;async function be(){clearTimeout(ae);let[c,y]=await(V??(V=new Promise((b,k)=>(async()=>{if(z){if(await w(X),!L)return V=void 0,k({code:1e3,reason:"All Subscriptions Gone"});X++}m.emit("connecting",z);let u=new I(typeof t=="function"?await t():t,Ae),v,G;function ee(){isFinite(l)&&l>0&&(clearTimeout(G),G=setTimeout(()=>{u.readyState===I.OPEN&&(u.send(B({type:D.Ping})),m.emit("ping",!1,void 0))},l))}W($=>{V=void 0,clearTimeout(v),clearTimeout(G),k($),$ instanceof J&&(u.close(4499,"Terminated"),u.onerror=null,u.onclose=null)}),u.onerror=$=>m.emit("error",$),u.onclose=$=>m.emit("closed",$),u.onopen=async()=>{try{m.emit("opened",u);let $=typeof n=="function"?await n():n;if(u.readyState!==I.OPEN)return;u.send(B($?{type:D.ConnectionInit,payload:$}:{type:D.ConnectionInit},j)),isFinite(T)&&T>0&&(v=setTimeout(()=>{u.close(E.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},T)),ee()}catch($){m.emit("error",$),u.close(E.InternalClientError,ie($ instanceof Error?$.message:String($),"Internal client error"))}};let H=!1;u.onmessage=({data:$})=>{try{let A=Te($,N);if(m.emit("message",A),A.type==="ping"||A.type==="pong"){m.emit(A.type,!0,A.payload),A.type==="pong"?ee():g||(u.send(B(A.payload?{type:D.Pong,payload:A.payload}:{type:D.Pong},j)),m.emit("pong",!1,A.payload));return}if(H)return;if(A.type!==D.ConnectionAck)throw new Error(`First message cannot be of type ${A.type}`);clearTimeout(v),H=!0,m.emit("connected",u,A.payload,z),z=!1,X=0;let we=new Promise((Tt,st)=>W(st));we.catch(()=>{}),b([u,we])}catch(A){u.onmessage=null,m.emit("error",A),u.close(E.BadResponse,ie(A instanceof Error?A.message:String(A),"Bad response"))}}})())));c.readyState===I.CLOSING&&await y;let a=()=>{},d=new Promise(b=>a=b);return[c,a,new Promise((b,k)=>{let u=W(k);c.readyState!==I.OPEN&&y.catch(k),d.then(()=>{if(u(),!L){let v=()=>c.close(1e3,"Normal Closure");isFinite(i)&&i>0?(clearTimeout(ae),ae=setTimeout(()=>{!L&&c.readyState===I.OPEN&&v()},i)):v()}b()})})]}function ke(c){if(ce(c)&&(at(c.code)||[E.InternalServerError,E.InternalClientError,E.BadRequest,E.BadResponse,E.Unauthorized,E.SubprotocolNotAcceptable,E.SubscriberAlreadyExists,E.TooManyInitialisationRequests].includes(c.code)))throw c;if(Se)return!1;if(ce(c)&&c.code===1e3)return L>0;if(!h||X>=h||!S(c))throw c;return z=!0}o||(async()=>{for(L++;;)try{let[,,c]=await be();await c}catch(c){try{if(!ke(c))return}catch(y){return r?.(y)}}})();function xe(c,y){let a=F(c),d=!1,b=!1,k=()=>{L--,d=!0};return(async()=>{for(L++;;)try{let[u,v,G]=await be();if(d)return G.catch(()=>{}),v();let ee=m.onMessage(a,H=>{switch(H.type){case D.Next:{y.next(H.payload);return}case D.Error:{b=!0,d=!0,y.error(H.payload),k();return}case D.Complete:{d=!0,k();return}}});u.send(B({id:a,type:D.Subscribe,payload:c},j)),k=()=>{!d&&u.readyState===I.OPEN&&u.send(B({id:a,type:D.Complete},j)),L--,d=!0,v()},await G.finally(ee);return}catch(u){if(!ke(u))return}})().then(()=>{b||y.complete()}).catch(u=>{y.error(u)}),()=>{d||k()}}return{on:m.on,subscribe:xe,iterate(c){let y=[],a={done:!1,error:null,resolve:()=>{}},d=xe(c,{next(k){y.push(k),a.resolve()},error(k){a.done=!0,a.error=k,a.resolve()},complete(){a.done=!0,a.resolve()}}),b=(async function*(){for(;;){for(y.length||await new Promise(u=>a.resolve=u);y.length;)yield y.shift();if(a.error)throw a.error;if(a.done)return}})();return b.throw=async k=>(a.done||(a.done=!0,a.error=k,a.resolve()),{done:!0,value:void 0}),b.return=async()=>(d(),{done:!0,value:void 0}),b},async dispose(){if(Se=!0,V){let[c]=await V;c.close(1e3,"Normal Closure")}},terminate(){V&&m.emit("closed",new J)}}}var J=class extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1};function ce(e){return M(e)&&"code"in e&&"reason"in e}function at(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function it(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var Ee="/graphql";async function _(e,t){let n=await fetch(Ee,{method:"POST",headers:{"content-type":"application/json",accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:e.toString(),variables:t})}),o=await n.json();if(o.errors?.length||!o.data)throw new Error(o.errors?.map(r=>r.message).join("; ")??`HTTP ${n.status}`);return o.data}var Ce,ue=new Set,De="connecting";function pe(e){De=e;for(let t of ue)t(e)}function Fe(e){return ue.add(e),e(De),()=>ue.delete(e)}function ct(){let e=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${Ee}`;return Ce??=le({url:e,lazy:!0,retryAttempts:0,keepAlive:1e4,on:{connected:()=>pe("live"),closed:()=>pe("reconnecting")}}),Ce}function lt(e){return Array.isArray(e)?e.filter(t=>typeof t=="object"&&t!==null&&typeof t.message=="string"):[]}var ut=4e3;function qe(e,t,n){let o=t.after??null,r=0,i=!1,l=()=>{},g,T=()=>{i||(pe("reconnecting"),g=setTimeout(h,Math.min(250*2**r++,ut)))};function h(){l=ct().subscribe({query:e.toString(),variables:{...t,after:o}},{next:({data:w})=>{r=0,w&&(o=n.cursor(w),n.onData(w))},error:w=>{let S=lt(w).filter(f=>f.extensions?.code!=="SUBSCRIBER_OVERFLOW");S.length>0?n.onFailure(S.map(f=>f.message).join("; ")):T()},complete:T})}return h(),()=>{i=!0,clearTimeout(g),l()}}var O=class extends String{__apiType;value;__meta__;constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}},Ie=new O(`
    fragment StatementCardFields on Statement {
  id
  text
  kind
  saidAt
  speaker {
    slug
    name
    role
  }
  article {
    title
    url
    source
    publishedAt
    ingestedAt
  }
  topics {
    slug
    name
  }
  positions {
    stance
    stakeholder {
      name
    }
    topic {
      slug
      name
    }
  }
}
    `,{fragmentName:"StatementCardFields"}),ve=new O(`
    query Feed($filter: StatementFilter, $first: Int!) {
  statements(first: $first, filter: $filter) {
    edges {
      cursor
      node {
        ...StatementCardFields
      }
    }
  }
  latest: statements(first: 1) {
    pageInfo {
      startCursor
    }
  }
}
    fragment StatementCardFields on Statement {
  id
  text
  kind
  saidAt
  speaker {
    slug
    name
    role
  }
  article {
    title
    url
    source
    publishedAt
    ingestedAt
  }
  topics {
    slug
    name
  }
  positions {
    stance
    stakeholder {
      name
    }
    topic {
      slug
      name
    }
  }
}`),Oe=new O(`
    subscription StatementAdded($after: String, $filter: StatementStreamFilter) {
  statementAdded(after: $after, filter: $filter) {
    cursor
    node {
      ...StatementCardFields
    }
  }
}
    fragment StatementCardFields on Statement {
  id
  text
  kind
  saidAt
  speaker {
    slug
    name
    role
  }
  article {
    title
    url
    source
    publishedAt
    ingestedAt
  }
  topics {
    slug
    name
  }
  positions {
    stance
    stakeholder {
      name
    }
    topic {
      slug
      name
    }
  }
}`),Pe=new O(`
    query Speakers($after: String) {
  stakeholders(first: 100, after: $after) {
    nodes {
      slug
      name
      statements {
        totalCount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),Re=new O(`
    query Topics {
  topics(first: 100) {
    nodes {
      slug
      name
      statements {
        totalCount
      }
    }
  }
}
    `),Ne=new O(`
    query Stakeholder($ref: ID!) {
  stakeholder(ref: $ref) {
    slug
    name
    kind
    role
    parent {
      slug
      name
    }
    positions(first: 100) {
      nodes {
        stance
        summary
        observedAt
        topic {
          slug
          name
        }
        evidence {
          text
          kind
        }
        article {
          title
          url
        }
      }
    }
    history: positions(first: 100, currentOnly: false) {
      nodes {
        id
        stance
        summary
        observedAt
        isCurrent
        topic {
          slug
          name
        }
      }
    }
  }
}
    `),Le=new O(`
    query Topic($ref: ID!) {
  topic(ref: $ref) {
    slug
    name
    keywords
    stanceSummary {
      stance
      count
    }
    positions(first: 100) {
      nodes {
        stance
        summary
        observedAt
        stakeholder {
          slug
          name
        }
      }
    }
  }
}
    `);var dt={"\n  fragment StatementCardFields on Statement {\n    id\n    text\n    kind\n    saidAt\n    speaker { slug name role }\n    article { title url source publishedAt ingestedAt }\n    topics { slug name }\n    positions { stance stakeholder { name } topic { slug name } }\n  }\n":Ie,"\n  query Feed($filter: StatementFilter, $first: Int!) {\n    statements(first: $first, filter: $filter) {\n      edges { cursor node { ...StatementCardFields } }\n    }\n    latest: statements(first: 1) { pageInfo { startCursor } }\n  }\n":ve,"\n  subscription StatementAdded($after: String, $filter: StatementStreamFilter) {\n    statementAdded(after: $after, filter: $filter) {\n      cursor\n      node { ...StatementCardFields }\n    }\n  }\n":Oe,"\n  query Speakers($after: String) {\n    stakeholders(first: 100, after: $after) {\n      nodes { slug name statements { totalCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n":Pe,"\n  query Topics {\n    topics(first: 100) { nodes { slug name statements { totalCount } } }\n  }\n":Re,"\n  query Stakeholder($ref: ID!) {\n    stakeholder(ref: $ref) {\n      slug\n      name\n      kind\n      role\n      parent { slug name }\n      positions(first: 100) {\n        nodes { stance summary observedAt topic { slug name } evidence { text kind } article { title url } }\n      }\n      history: positions(first: 100, currentOnly: false) {\n        nodes { id stance summary observedAt isCurrent topic { slug name } }\n      }\n    }\n  }\n":Ne,"\n  query Topic($ref: ID!) {\n    topic(ref: $ref) {\n      slug\n      name\n      keywords\n      stanceSummary { stance count }\n      positions(first: 100) {\n        nodes { stance summary observedAt stakeholder { slug name } }\n      }\n    }\n  }\n":Le};function Q(e){return dt[e]??{}}var Lt=Q(`
  fragment StatementCardFields on Statement {
    id
    text
    kind
    saidAt
    speaker { slug name role }
    article { title url source publishedAt ingestedAt }
    topics { slug name }
    positions { stance stakeholder { name } topic { slug name } }
  }
`),Me=Q(`
  query Feed($filter: StatementFilter, $first: Int!) {
    statements(first: $first, filter: $filter) {
      edges { cursor node { ...StatementCardFields } }
    }
    latest: statements(first: 1) { pageInfo { startCursor } }
  }
`),_e=Q(`
  subscription StatementAdded($after: String, $filter: StatementStreamFilter) {
    statementAdded(after: $after, filter: $filter) {
      cursor
      node { ...StatementCardFields }
    }
  }
`),Qe=Q(`
  query Speakers($after: String) {
    stakeholders(first: 100, after: $after) {
      nodes { slug name statements { totalCount } }
      pageInfo { hasNextPage endCursor }
    }
  }
`),Ve=Q(`
  query Topics {
    topics(first: 100) { nodes { slug name statements { totalCount } } }
  }
`),je=Q(`
  query Stakeholder($ref: ID!) {
    stakeholder(ref: $ref) {
      slug
      name
      kind
      role
      parent { slug name }
      positions(first: 100) {
        nodes { stance summary observedAt topic { slug name } evidence { text kind } article { title url } }
      }
      history: positions(first: 100, currentOnly: false) {
        nodes { id stance summary observedAt isCurrent topic { slug name } }
      }
    }
  }
`),We=Q(`
  query Topic($ref: ID!) {
    topic(ref: $ref) {
      slug
      name
      keywords
      stanceSummary { stance count }
      positions(first: 100) {
        nodes { stance summary observedAt stakeholder { slug name } }
      }
    }
  }
`);function Ge(e,t,n){for(let[o,r]of Object.entries(t))typeof r=="function"?e.addEventListener(o.replace(/^on/,""),r):r===!0?e.setAttribute(o,""):r!==!1&&r!=null&&e.setAttribute(o,String(r));for(let o of n.flat())o==null||o===!1||e.append(o instanceof Node?o:String(o));return e}function s(e,t={},...n){return Ge(document.createElement(e),t,n)}function x(e,t={},...n){return Ge(document.createElementNS("http://www.w3.org/2000/svg",e),t,n)}var mt=new Intl.DateTimeFormat(void 0,{dateStyle:"medium",timeStyle:"short"}),ft=new Intl.DateTimeFormat(void 0,{dateStyle:"medium"});function Z(e){return e?mt.format(new Date(e)):""}function te(e){return ft.format(new Date(e))}var de=["SUPPORTS","PROPOSES","CONDITIONAL","DEMANDS","DIVIDED","WARNS","CRITICIZES","OPPOSES","REJECTS"],P=e=>e.charAt(0)+e.slice(1).toLowerCase();var gt=20,R=(...e)=>`#/${e.map(encodeURIComponent).join("/")}`;function yt(e){return e.kind==="DIRECT"?s("blockquote",{class:"quote direct"},`\u201C${e.text}\u201D`):s("blockquote",{class:"quote reported"},e.text)}function ht(e){let t=e.speaker;return t?s("a",{class:"speaker",href:R("stakeholder",t.slug)},t.name,t.role?s("span",{class:"role"},` \xB7 ${t.role}`):null):s("span",{class:"speaker unattributed"},"unattributed")}function St(e){let t=new Map;for(let r of e.positions){let i=`${r.stance} ${r.topic.slug}`,l=t.get(i)??{position:r,holders:[]};l.holders.push(r.stakeholder.name),t.set(i,l)}let n=[...t.values()].map(({position:r,holders:i})=>s("a",{class:`chip stance stance-${r.stance}`,href:R("topic",r.topic.slug),title:`${i.join(", ")}: ${P(r.stance).toLowerCase()} on ${r.topic.name}`},`${P(r.stance)} \xB7 ${r.topic.name}`)),o=e.topics.map(r=>s("a",{class:"chip topic",href:R("topic",r.slug)},r.name));return s("div",{class:"chips"},n,o)}function bt(e){let{title:t,url:n,source:o}=e.article,r=n?s("a",{href:n,rel:"noopener noreferrer",target:"_blank"},t):s("span",{},t);return s("div",{class:"article"},r,o?s("span",{class:"source"},` \xB7 ${o}`):null)}function He(e,t=!1){let n=e.saidAt??e.article.publishedAt??e.article.ingestedAt;return s("article",{class:t?"card live":"card","data-statement":e.id},s("header",{},ht(e),s("span",{class:`kind kind-${e.kind}`},e.kind.toLowerCase()),s("time",{datetime:n},Z(n))),yt(e),St(e),bt(e))}async function ne(e,t){let n=await _(Me,{filter:t,first:gt});e.replaceChildren(...n.statements.edges.map(r=>He(r.node))),n.statements.edges.length===0&&e.append(s("p",{class:"empty"},"No statements yet: new ones appear here as they are ingested."));let o=n.statements.edges[0]?.cursor??n.latest.pageInfo.startCursor;return qe(_e,{after:o,filter:t},{cursor:r=>r.statementAdded.cursor,onData:r=>{e.querySelector(".empty")?.remove(),e.prepend(He(r.statementAdded.node,!0))},onFailure:r=>e.prepend(s("p",{class:"error"},`Live updates stopped: ${r}`))})}var me=760,re=180,Be=56,fe=36,ge=30,kt=18;function xt(e){let t=new Set(e);return s("ul",{class:"legend"},de.filter(n=>t.has(n)).map(n=>s("li",{class:`stance-${n}`},s("span",{class:"dot"}),P(n))))}function Ke(e){if(e.length===0)return s("p",{class:"empty"},"No positions recorded yet.");let t=e.map(p=>Date.parse(p.observedAt)),[n,o]=[Math.min(...t),Math.max(...t)],[r,i]=n===o?[n-864e5,o+864e5]:[n,o],l=p=>re+(p-r)/(i-r)*(me-re-Be),g=new Map,T=[...e].sort((p,F)=>Date.parse(p.observedAt)-Date.parse(F.observedAt)||Number(p.isCurrent)-Number(F.isCurrent));for(let p of T){let F=g.get(p.topic.slug)??{topic:p.topic,observations:[]};F.observations.push(p),g.set(p.topic.slug,F)}let h=ge+g.size*fe+8,w=[r,(r+i)/2,i],S=["start","middle","end"],f=x("svg",{class:"timeline",viewBox:`0 0 ${me} ${h}`,role:"img","aria-label":"Position history by topic"},w.flatMap((p,F)=>[x("line",{class:"grid",x1:l(p),x2:l(p),y1:ge-6,y2:h-4}),x("text",{class:"tick",x:l(p),y:16,"text-anchor":S[F]},i-r<4*864e5?Z(new Date(p).toISOString()):te(p))]),[...g.values()].map(({topic:p,observations:F},j)=>{let N=ge+j*fe+fe/2,q=[];for(let m of F)q.push({o:m,cx:Math.max(l(Date.parse(m.observedAt)),(q.at(-1)?.cx??-1/0)+kt)});let I=q.map(({cx:m})=>`${m},${N}`).join(" ");return x("g",{class:"row","data-topic":p.slug},x("a",{href:R("topic",p.slug)},x("text",{class:"label",x:re-14,y:N+4,"text-anchor":"end"},p.name)),x("line",{class:"lane",x1:re,x2:me-Be,y1:N,y2:N}),x("polyline",{class:"path",points:I}),q.map(({o:m,cx:W})=>x("g",{class:`point stance-${m.stance}${m.isCurrent?" current":""}`},m.isCurrent?x("circle",{class:"ring",cx:W,cy:N,r:10}):null,x("circle",{class:"dot",cx:W,cy:N,r:7},x("title",{},`${P(m.stance)} \xB7 ${Z(m.observedAt)} \xB7 ${m.summary}`)))))}));return s("figure",{class:"chart"},f,xt(e.map(p=>p.stance)))}function Ue(e){let t=de.map(h=>({stance:h,count:e.find(w=>w.stance===h)?.count??0})).filter(h=>h.count>0);if(t.length===0)return s("p",{class:"empty"},"Nobody has taken a position on this topic yet.");let n=Math.max(...t.map(h=>h.count)),[o,r,i,l]=[120,24,10,560],g=l-o-40,T=x("svg",{class:"bars",viewBox:`0 0 ${l} ${t.length*(r+i)+i}`,role:"img","aria-label":"Stance summary"},t.map(({stance:h,count:w},S)=>{let f=i+S*(r+i),p=Math.max(4,w/n*g);return x("g",{class:`bar stance-${h}`,"data-stance":h},x("text",{class:"label",x:o-10,y:f+r/2+5,"text-anchor":"end"},P(h)),x("rect",{x:o,y:f,width:p,height:r,rx:4}),x("text",{class:"count",x:o+p+8,y:f+r/2+5},w))}));return s("figure",{class:"chart"},T)}var ze=e=>s("span",{class:`chip stance stance-${e}`},P(e));function Y(e,...t){return s("section",{class:"panel"},s("h2",{},e),...t)}async function Je(e,t){let n=s("div",{class:"feed"}),o=await ne(n,t);return{node:Y(e,n),stop:o}}function Ze(e,t){return e.replaceChildren(s("p",{class:"error"},`${t} is not known here.`),s("p",{},s("a",{href:"#/"},"Back to the live feed"))),()=>{}}async function Ye(e,t){let{stakeholder:n}=await _(je,{ref:t});if(!n)return Ze(e,`Stakeholder "${t}"`);let{name:o,kind:r,role:i,parent:l,positions:g,history:T}=n,h=g.nodes.map(S=>s("li",{class:"position"},ze(S.stance),s("a",{class:"chip topic",href:R("topic",S.topic.slug)},S.topic.name),s("span",{class:"summary"},S.summary),s("time",{datetime:S.observedAt},te(S.observedAt)),S.evidence?s("blockquote",{class:`quote ${S.evidence.kind.toLowerCase()}`},S.evidence.kind==="DIRECT"?`\u201C${S.evidence.text}\u201D`:S.evidence.text):null)),w=await Je(`What ${o} says`,{speaker:t});return e.replaceChildren(s("header",{class:"profile"},s("h1",{},o),s("p",{class:"meta"},r.toLowerCase(),i?` \xB7 ${i}`:null,l?[" \xB7 ",s("a",{href:R("stakeholder",l.slug)},l.name)]:null)),Y("Current positions",h.length>0?s("ul",{class:"positions"},h):s("p",{class:"empty"},"No positions recorded yet.")),Y("Position history",Ke(T.nodes)),w.node),w.stop}async function Xe(e,t){let{topic:n}=await _(We,{ref:t});if(!n)return Ze(e,`Topic "${t}"`);let o=n.positions.nodes.map(i=>s("li",{class:"position"},ze(i.stance),s("a",{href:R("stakeholder",i.stakeholder.slug)},i.stakeholder.name),s("span",{class:"summary"},i.summary))),r=await Je(`Said about ${n.name}`,{topic:t});return e.replaceChildren(s("header",{class:"profile"},s("h1",{},n.name),s("p",{class:"meta"},n.keywords.join(" \xB7 "))),Y("Stance summary",Ue(n.stanceSummary)),Y("Who stands where",o.length>0?s("ul",{class:"positions"},o):s("p",{class:"empty"},"No positions recorded yet.")),r.node),r.stop}function oe(e,t){let n=document.querySelector(e);if(!(n instanceof t))throw new Error(`index.html lacks ${e}`);return n}var se=oe("main",HTMLElement),K=oe("#speaker",HTMLSelectElement),U=oe("#topic",HTMLSelectElement),et=oe("#status",HTMLElement),wt={connecting:"connecting\u2026",live:"live",reconnecting:"reconnecting\u2026"};Fe(e=>{et.className=`status ${e}`,et.textContent=wt[e]});function tt(e){let t=new URLSearchParams(e);return{speaker:t.get("speaker")||void 0,topic:t.get("topic")||void 0}}function nt(){let e=new URLSearchParams;K.value&&e.set("speaker",K.value),U.value&&e.set("topic",U.value),location.hash=`#/?${e}`}K.addEventListener("change",nt);U.addEventListener("change",nt);async function At(e){K.value=e.speaker??"",U.value=e.topic??"";let t=s("div",{class:"feed"}),n=await ne(t,e);return se.replaceChildren(s("section",{class:"panel"},s("h2",{},"Live statements"),t)),n}var ye=()=>{},he=0;async function rt(){let e=++he;ye(),ye=()=>{};let[t="",n=""]=location.hash.replace(/^#\/?/,"").split("?"),[o,r]=t.split("/").map(decodeURIComponent);document.body.dataset.view=o||"feed";try{let i=o==="stakeholder"&&r?await Ye(se,r):o==="topic"&&r?await Xe(se,r):await At(tt(n));e===he?ye=i:i()}catch(i){e===he&&se.replaceChildren(s("p",{class:"error"},`Could not load this view: ${i instanceof Error?i.message:String(i)}`))}}async function $t(){let e=[],t=null;do{let{stakeholders:l}=await _(Qe,{after:t});e.push(...l.nodes.map(g=>({slug:g.slug,name:g.name,count:g.statements.totalCount}))),t=l.pageInfo.hasNextPage?l.pageInfo.endCursor:null}while(t);let{topics:n}=await _(Ve,{}),o=l=>l.filter(g=>g.count>0).sort((g,T)=>g.name.localeCompare(T.name)).map(g=>s("option",{value:g.slug},`${g.name} (${g.count})`));K.append(...o(e)),U.append(...o(n.nodes.map(l=>({slug:l.slug,name:l.name,count:l.statements.totalCount}))));let{speaker:r,topic:i}=tt(location.hash.split("?")[1]??"");K.value=r??"",U.value=i??""}window.addEventListener("hashchange",()=>{rt()});$t().catch(e=>console.error("filters",e));rt();
