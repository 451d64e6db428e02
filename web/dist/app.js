function E(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function L(e){return E(e)==="object"}function ot(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function ie(e,t){return e.length<124?e:t}var Ae="graphql-transport-ws";var D=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(D||{}),F=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(F||{});function $e(e){if(!L(e))throw new Error(`Message is expected to be an object, but got ${E(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${E(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!L(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${E(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!L(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${E(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${E(e.payload.query)}`);if(e.payload.variables!=null&&!L(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${E(e.payload.variables)}`);if(e.payload.operationName!=null&&E(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${E(e.payload.operationName)}`);if(e.payload.extensions!=null&&!L(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${E(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${E(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!L(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${E(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${E(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ot(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${E(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Te(e,t){return $e(typeof e=="string"?JSON.parse(e,t):e)}function G(e,t){return $e(e),JSON.stringify(e,t)}function le(e){let{url:t,connectionParams:n,lazy:o=!0,onNonLazyError:r=console.error,lazyCloseTimeout:c=0,keepAlive:u=0,disablePong:m,connectionAckWaitTimeout:C=0,retryAttempts:g=5,retryWait:x=async function(f){let i=Math.pow(2,f);await new Promise(d=>setTimeout(d,i*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:y=ce,on:a,webSocketImpl:$,generateID:se=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,f=>{let i=Math.random()*16|0;return(f=="x"?i:i&3|8).toString(16)})},jsonMessageReplacer:q,jsonMessageReviver:V}=e,R;if($){if(!it($))throw new Error("Invalid WebSocket implementation provided");R=$}else typeof WebSocket<"u"?R=WebSocket:typeof global<"u"?R=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(R=window.WebSocket||window.MozWebSocket);if(!R)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let b=R,k=(()=>{let l=(()=>{let i={};return{on(d,h){return i[d]=h,()=>{delete i[d]}},emit(d){"id"in d&&i[d.id]?.(d)}}})(),f={connecting:a?.connecting?[a.connecting]:[],opened:a?.opened?[a.opened]:[],connected:a?.connected?[a.connected]:[],ping:a?.ping?[a.ping]:[],pong:a?.pong?[a.pong]:[],message:a?.message?[l.emit,a.message]:[l.emit],closed:a?.closed?[a.closed]:[],error:a?.error?[a.error]:[]};return{onMessage:l.on,on(i,d){let h=f[i];return h.push(d),()=>{let S=h.indexOf(d);S>-1&&h.splice(S,1)}},emit(i,...d){for(let h of[...f[i]])h(...d)}}})();function oe(l){let f=[k.on("error",i=>{f.forEach(d=>d()),l(i)}),k.on("closed",i=>{f.forEach(d=>d()),l(i)})];return()=>f.forEach(i=>i())}let Q,N=0,ae,K=!1,Z=0,Se=!1;async function be(){clearTimeout(ae);let[l,f]=await(Q??(Q=new Promise((h,S)=>(async()=>{if(K){if(await x(Z),!N)return Q=void 0,S({code:1e3,reason:"All Subscriptions Gone"});Z++}k.emit("connecting",K);let p=new b(typeof t=="function"?await t():t,Ae),I,j;function Y(){isFinite(u)&&u>0&&(clearTimeout(j),j=setTimeout(()=>{p.readyState===b.OPEN&&(p.send(G({type:F.Ping})),k.emit("ping",!1,void 0))},u))}oe(T=>{Q=void 0,clearTimeout(I),clearTimeout(j),S(T),T instanceof U&&(p.close(4499,"Terminated"),p.onerror=null,p.onclose=null)}),p.onerror=T=>k.emit("error",T),p.onclose=T=>k.emit("closed",T),p.onopen=async()=>{try{k.emit("opened",p);let T=typeof n=="function"?await n():n;if(p.readyState!==b.OPEN)return;p.send(G(T?{type:F.ConnectionInit,payload:T}:{type:F.ConnectionInit},q)),isFinite(C)&&C>0&&(I=setTimeout(()=>{p.close(D.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},C)),Y()}catch(T){k.emit("error",T),p.close(D.InternalClientError,ie(T instanceof Error?T.message:String(T),"Internal client error"))}};let W=!1;p.onmessage=({data:T})=>{try{let A=Te(T,V);if(k.emit("message",A),A.type==="ping"||A.type==="pong"){k.emit(A.type,!0,A.payload),A.type==="pong"?Y():m||(p.send(G(A.payload?{type:F.Pong,payload:A.payload}:{type:F.Pong},q)),k.emit("pong",!1,A.payload));return}if(W)return;if(A.type!==F.ConnectionAck)throw new Error(`First message cannot be of type ${A.type}`);clearTimeout(I),W=!0,k.emit("connected",p,A.payload,K),K=!1,Z=0;let we=new Promise((Tt,st)=>oe(st));we.catch(()=>{}),h([p,we])}catch(A){p.onmessage=null,k.emit("error",A),p.close(D.BadResponse,ie(A instanceof Error?A.message:String(A),"Bad response"))}}})())));l.readyState===b.CLOSING&&await f;let i=()=>{},d=new Promise(h=>i=h);return[l,i,new Promise((h,S)=>{let p=oe(S);l.readyState!==b.OPEN&&f.catch(S),d.then(()=>{if(p(),!N){let I=()=>l.close(1e3,"Normal Closure");isFinite(c)&&c>0?(clearTimeout(ae),ae=setTimeout(()=>{!N&&l.readyState===b.OPEN&&I()},c)):I()}h()})})]}function ke(l){if(ce(l)&&(at(l.code)||[D.InternalServerError,D.InternalClientError,D.BadRequest,D.BadResponse,D.Unauthorized,D.SubprotocolNotAcceptable,D.SubscriberAlreadyExists,D.TooManyInitialisationRequests].includes(l.code)))throw l;if(Se)return!1;if(ce(l)&&l.code===1e3)return N>0;if(!g||Z>=g||!y(l))throw l;return K=!0}o||(async()=>{for(N++;;)try{let[,,l]=await be();await l}catch(l){try{if(!ke(l))return}catch(f){return r?.(f)}}})();function xe(l,f){let i=se(l),d=!1,h=!1,S=()=>{N--,d=!0};return(async()=>{for(N++;;)try{let[p,I,j]=await be();if(d)return j.catch(()=>{}),I();let Y=k.onMessage(i,W=>{switch(W.type){case F.Next:{f.next(W.payload);return}case F.Error:{h=!0,d=!0,f.error(W.payload),S();return}case F.Complete:{d=!0,S();return}}});p.send(G({id:i,type:F.Subscribe,payload:l},q)),S=()=>{!d&&p.readyState===b.OPEN&&p.send(G({id:i,type:F.Complete},q)),N--,d=!0,I()},await j.finally(Y);return}catch(p){if(!ke(p))return}})().then(()=>{h||f.complete()}).catch(p=>{f.error(p)}),()=>{d||S()}}return{on:k.on,subscribe:xe,iterate(l){let f=[],i={done:!1,error:null,resolve:()=>{}},d=xe(l,{next(S){f.push(S),i.resolve()},error(S){i.done=!0,i.error=S,i.resolve()},complete(){i.done=!0,i.resolve()}}),h=(async function*(){for(;;){for(f.length||await new Promise(p=>i.resolve=p);f.length;)yield f.shift();if(i.error)throw i.error;if(i.done)return}})();return h.throw=async S=>(i.done||(i.done=!0,i.error=S,i.resolve()),{done:!0,value:void 0}),h.return=async()=>(d(),{done:!0,value:void 0}),h},async dispose(){if(Se=!0,Q){let[l]=await Q;l.close(1e3,"Normal Closure")}},terminate(){Q&&k.emit("closed",new U)}}}var U=class extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1};function ce(e){return L(e)&&"code"in e&&"reason"in e}function at(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function it(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var Ee="/graphql";async function M(e,t){let n=await fetch(Ee,{method:"POST",headers:{"content-type":"application/json",accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:e.toString(),variables:t})}),o=await n.json();if(o.errors?.length||!o.data)throw new Error(o.errors?.map(r=>r.message).join("; ")??`HTTP ${n.status}`);return o.data}var Ce,ue=new Set,De="connecting";function pe(e){De=e;for(let t of ue)t(e)}function Fe(e){return ue.add(e),e(De),()=>ue.delete(e)}function ct(){let e=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${Ee}`;return Ce??=le({url:e,lazy:!0,retryAttempts:0,keepAlive:1e4,on:{connected:()=>pe("live"),closed:()=>pe("reconnecting")}}),Ce}function lt(e){return Array.isArray(e)?e.filter(t=>typeof t=="object"&&t!==null&&typeof t.message=="string"):[]}var ut=4e3;function qe(e,t,n){let o=t.after??null,r=0,c=!1,u=()=>{},m,C=()=>{c||(pe("reconnecting"),m=setTimeout(g,Math.min(250*2**r++,ut)))};function g(){u=ct().subscribe({query:e.toString(),variables:{...t,after:o}},{next:({data:x})=>{r=0,x&&(o=n.cursor(x),n.onData(x))},error:x=>{let y=lt(x).filter(a=>a.extensions?.code!=="SUBSCRIBER_OVERFLOW");y.length>0?n.onFailure(y.map(a=>a.message).join("; ")):C()},complete:C})}return g(),()=>{c=!0,clearTimeout(m),u()}}var v=class extends String{__apiType;value;__meta__;constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}},Ie=new v(`
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
    `,{fragmentName:"StatementCardFields"}),ve=new v(`
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
}`),Oe=new v(`
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
}`),Pe=new v(`
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
    `),Re=new v(`
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
    `),Ne=new v(`
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
    `),Le=new v(`
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
    `);var dt={"\n  fragment StatementCardFields on Statement {\n    id\n    text\n    kind\n    saidAt\n    speaker { slug name role }\n    article { title url source publishedAt ingestedAt }\n    topics { slug name }\n    positions { stance stakeholder { name } topic { slug name } }\n  }\n":Ie,"\n  query Feed($filter: StatementFilter, $first: Int!) {\n    statements(first: $first, filter: $filter) {\n      edges { cursor node { ...StatementCardFields } }\n    }\n    latest: statements(first: 1) { pageInfo { startCursor } }\n  }\n":ve,"\n  subscription StatementAdded($after: String, $filter: StatementStreamFilter) {\n    statementAdded(after: $after, filter: $filter) {\n      cursor\n      node { ...StatementCardFields }\n    }\n  }\n":Oe,"\n  query Speakers($after: String) {\n    stakeholders(first: 100, after: $after) {\n      nodes { slug name statements { totalCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n":Pe,"\n  query Topics {\n    topics(first: 100) { nodes { slug name statements { totalCount } } }\n  }\n":Re,"\n  query Stakeholder($ref: ID!) {\n    stakeholder(ref: $ref) {\n      slug\n      name\n      kind\n      role\n      parent { slug name }\n      positions(first: 100) {\n        nodes { stance summary observedAt topic { slug name } evidence { text kind } article { title url } }\n      }\n      history: positions(first: 100, currentOnly: false) {\n        nodes { id stance summary observedAt isCurrent topic { slug name } }\n      }\n    }\n  }\n":Ne,"\n  query Topic($ref: ID!) {\n    topic(ref: $ref) {\n      slug\n      name\n      keywords\n      stanceSummary { stance count }\n      positions(first: 100) {\n        nodes { stance summary observedAt stakeholder { slug name } }\n      }\n    }\n  }\n":Le};function _(e){return dt[e]??{}}var Lt=_(`
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
`),Me=_(`
  query Feed($filter: StatementFilter, $first: Int!) {
    statements(first: $first, filter: $filter) {
      edges { cursor node { ...StatementCardFields } }
    }
    latest: statements(first: 1) { pageInfo { startCursor } }
  }
`),_e=_(`
  subscription StatementAdded($after: String, $filter: StatementStreamFilter) {
    statementAdded(after: $after, filter: $filter) {
      cursor
      node { ...StatementCardFields }
    }
  }
`),Qe=_(`
  query Speakers($after: String) {
    stakeholders(first: 100, after: $after) {
      nodes { slug name statements { totalCount } }
      pageInfo { hasNextPage endCursor }
    }
  }
`),Ve=_(`
  query Topics {
    topics(first: 100) { nodes { slug name statements { totalCount } } }
  }
`),je=_(`
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
`),We=_(`
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
`);function Ge(e,t,n){for(let[o,r]of Object.entries(t))typeof r=="function"?e.addEventListener(o.replace(/^on/,""),r):r===!0?e.setAttribute(o,""):r!==!1&&r!=null&&e.setAttribute(o,String(r));for(let o of n.flat())o==null||o===!1||e.append(o instanceof Node?o:String(o));return e}function s(e,t={},...n){return Ge(document.createElement(e),t,n)}function w(e,t={},...n){return Ge(document.createElementNS("http://www.w3.org/2000/svg",e),t,n)}var mt=new Intl.DateTimeFormat(void 0,{dateStyle:"medium",timeStyle:"short"}),ft=new Intl.DateTimeFormat(void 0,{dateStyle:"medium"});function z(e){return e?mt.format(new Date(e)):""}function X(e){return ft.format(new Date(e))}var de=["SUPPORTS","PROPOSES","CONDITIONAL","DEMANDS","DIVIDED","WARNS","CRITICIZES","OPPOSES","REJECTS"],O=e=>e.charAt(0)+e.slice(1).toLowerCase();var gt=20,P=(...e)=>`#/${e.map(encodeURIComponent).join("/")}`;function yt(e){return e.kind==="DIRECT"?s("blockquote",{class:"quote direct"},`\u201C${e.text}\u201D`):s("blockquote",{class:"quote reported"},e.text)}function ht(e){let t=e.speaker;return t?s("a",{class:"speaker",href:P("stakeholder",t.slug)},t.name,t.role?s("span",{class:"role"},` \xB7 ${t.role}`):null):s("span",{class:"speaker unattributed"},"unattributed")}function St(e){let t=new Map;for(let r of e.positions){let c=`${r.stance} ${r.topic.slug}`,u=t.get(c)??{position:r,holders:[]};u.holders.push(r.stakeholder.name),t.set(c,u)}let n=[...t.values()].map(({position:r,holders:c})=>s("a",{class:`chip stance stance-${r.stance}`,href:P("topic",r.topic.slug),title:`${c.join(", ")}: ${O(r.stance).toLowerCase()} on ${r.topic.name}`},`${O(r.stance)} \xB7 ${r.topic.name}`)),o=e.topics.map(r=>s("a",{class:"chip topic",href:P("topic",r.slug)},r.name));return s("div",{class:"chips"},n,o)}function bt(e){let{title:t,url:n,source:o}=e.article,r=n?s("a",{href:n,rel:"noopener noreferrer",target:"_blank"},t):s("span",{},t);return s("div",{class:"article"},r,o?s("span",{class:"source"},` \xB7 ${o}`):null)}function He(e,t=!1){let n=e.saidAt??e.article.publishedAt??e.article.ingestedAt;return s("article",{class:t?"card live":"card","data-statement":e.id},s("header",{},ht(e),s("span",{class:`kind kind-${e.kind}`},e.kind.toLowerCase()),s("time",{datetime:n},z(n))),yt(e),St(e),bt(e))}async function ee(e,t){let n=await M(Me,{filter:t,first:gt});e.replaceChildren(...n.statements.edges.map(r=>He(r.node))),n.statements.edges.length===0&&e.append(s("p",{class:"empty"},"No statements yet: new ones appear here as they are ingested."));let o=n.statements.edges[0]?.cursor??n.latest.pageInfo.startCursor;return qe(_e,{after:o,filter:t},{cursor:r=>r.statementAdded.cursor,onData:r=>{e.querySelector(".empty")?.remove(),e.prepend(He(r.statementAdded.node,!0))},onFailure:r=>e.prepend(s("p",{class:"error"},`Live updates stopped: ${r}`))})}var me=760,te=180,Be=56,fe=36,ge=30,kt=18;function xt(e){let t=new Set(e);return s("ul",{class:"legend"},de.filter(n=>t.has(n)).map(n=>s("li",{class:`stance-${n}`},s("span",{class:"dot"}),O(n))))}function Ke(e){if(e.length===0)return s("p",{class:"empty"},"No positions recorded yet.");let t=e.map(a=>Date.parse(a.observedAt)),[n,o]=[Math.min(...t),Math.max(...t)],[r,c]=n===o?[n-864e5,o+864e5]:[n,o],u=a=>te+(a-r)/(c-r)*(me-te-Be),m=new Map,C=[...e].sort((a,$)=>Date.parse(a.observedAt)-Date.parse($.observedAt)||Number(a.isCurrent)-Number($.isCurrent));for(let a of C){let $=m.get(a.topic.slug)??{topic:a.topic,observations:[]};$.observations.push(a),m.set(a.topic.slug,$)}let g=ge+m.size*fe+8,x=[0,1,2,3].map(a=>r+(c-r)*a/3),y=w("svg",{class:"timeline",viewBox:`0 0 ${me} ${g}`,role:"img","aria-label":"Position history by topic"},x.flatMap((a,$)=>[w("line",{class:"grid",x1:u(a),x2:u(a),y1:ge-6,y2:g-4}),w("text",{class:"tick",x:u(a),y:16,"text-anchor":$===x.length-1?"end":"middle"},c-r<4*864e5?z(new Date(a).toISOString()):X(a))]),[...m.values()].map(({topic:a,observations:$},se)=>{let q=ge+se*fe+fe/2,V=[];for(let b of $)V.push({o:b,cx:Math.max(u(Date.parse(b.observedAt)),(V.at(-1)?.cx??-1/0)+kt)});let R=V.map(({cx:b})=>`${b},${q}`).join(" ");return w("g",{class:"row","data-topic":a.slug},w("a",{href:P("topic",a.slug)},w("text",{class:"label",x:te-14,y:q+4,"text-anchor":"end"},a.name)),w("line",{class:"lane",x1:te,x2:me-Be,y1:q,y2:q}),w("polyline",{class:"path",points:R}),V.map(({o:b,cx:k})=>w("g",{class:`point stance-${b.stance}${b.isCurrent?" current":""}`},b.isCurrent?w("circle",{class:"ring",cx:k,cy:q,r:10}):null,w("circle",{class:"dot",cx:k,cy:q,r:7},w("title",{},`${O(b.stance)} \xB7 ${z(b.observedAt)} \xB7 ${b.summary}`)))))}));return s("figure",{class:"chart"},y,xt(e.map(a=>a.stance)))}function Ue(e){let t=de.map(g=>({stance:g,count:e.find(x=>x.stance===g)?.count??0})).filter(g=>g.count>0);if(t.length===0)return s("p",{class:"empty"},"Nobody has taken a position on this topic yet.");let n=Math.max(...t.map(g=>g.count)),[o,r,c,u]=[120,24,10,560],m=u-o-40,C=w("svg",{class:"bars",viewBox:`0 0 ${u} ${t.length*(r+c)+c}`,role:"img","aria-label":"Stance summary"},t.map(({stance:g,count:x},y)=>{let a=c+y*(r+c),$=Math.max(4,x/n*m);return w("g",{class:`bar stance-${g}`,"data-stance":g},w("text",{class:"label",x:o-10,y:a+r/2+5,"text-anchor":"end"},O(g)),w("rect",{x:o,y:a,width:$,height:r,rx:4}),w("text",{class:"count",x:o+$+8,y:a+r/2+5},x))}));return s("figure",{class:"chart"},C)}var ze=e=>s("span",{class:`chip stance stance-${e}`},O(e));function J(e,...t){return s("section",{class:"panel"},s("h2",{},e),...t)}async function Je(e,t){let n=s("div",{class:"feed"}),o=await ee(n,t);return{node:J(e,n),stop:o}}function Ze(e,t){return e.replaceChildren(s("p",{class:"error"},`${t} is not known here.`),s("p",{},s("a",{href:"#/"},"Back to the live feed"))),()=>{}}async function Ye(e,t){let{stakeholder:n}=await M(je,{ref:t});if(!n)return Ze(e,`Stakeholder "${t}"`);let{name:o,kind:r,role:c,parent:u,positions:m,history:C}=n,g=m.nodes.map(y=>s("li",{class:"position"},ze(y.stance),s("a",{class:"chip topic",href:P("topic",y.topic.slug)},y.topic.name),s("span",{class:"summary"},y.summary),s("time",{datetime:y.observedAt},X(y.observedAt)),y.evidence?s("blockquote",{class:`quote ${y.evidence.kind.toLowerCase()}`},y.evidence.kind==="DIRECT"?`\u201C${y.evidence.text}\u201D`:y.evidence.text):null)),x=await Je(`What ${o} says`,{speaker:t});return e.replaceChildren(s("header",{class:"profile"},s("h1",{},o),s("p",{class:"meta"},r.toLowerCase(),c?` \xB7 ${c}`:null,u?[" \xB7 ",s("a",{href:P("stakeholder",u.slug)},u.name)]:null)),J("Current positions",g.length>0?s("ul",{class:"positions"},g):s("p",{class:"empty"},"No positions recorded yet.")),J("Position history",Ke(C.nodes)),x.node),x.stop}async function Xe(e,t){let{topic:n}=await M(We,{ref:t});if(!n)return Ze(e,`Topic "${t}"`);let o=n.positions.nodes.map(c=>s("li",{class:"position"},ze(c.stance),s("a",{href:P("stakeholder",c.stakeholder.slug)},c.stakeholder.name),s("span",{class:"summary"},c.summary))),r=await Je(`Said about ${n.name}`,{topic:t});return e.replaceChildren(s("header",{class:"profile"},s("h1",{},n.name),s("p",{class:"meta"},n.keywords.join(" \xB7 "))),J("Stance summary",Ue(n.stanceSummary)),J("Who stands where",o.length>0?s("ul",{class:"positions"},o):s("p",{class:"empty"},"No positions recorded yet.")),r.node),r.stop}function re(e,t){let n=document.querySelector(e);if(!(n instanceof t))throw new Error(`index.html lacks ${e}`);return n}var ne=re("main",HTMLElement),H=re("#speaker",HTMLSelectElement),B=re("#topic",HTMLSelectElement),et=re("#status",HTMLElement),wt={connecting:"connecting\u2026",live:"live",reconnecting:"reconnecting\u2026"};Fe(e=>{et.className=`status ${e}`,et.textContent=wt[e]});function tt(e){let t=new URLSearchParams(e);return{speaker:t.get("speaker")||void 0,topic:t.get("topic")||void 0}}function nt(){let e=new URLSearchParams;H.value&&e.set("speaker",H.value),B.value&&e.set("topic",B.value),location.hash=`#/?${e}`}H.addEventListener("change",nt);B.addEventListener("change",nt);async function At(e){H.value=e.speaker??"",B.value=e.topic??"";let t=s("div",{class:"feed"}),n=await ee(t,e);return ne.replaceChildren(s("section",{class:"panel"},s("h2",{},"Live statements"),t)),n}var ye=()=>{},he=0;async function rt(){let e=++he;ye(),ye=()=>{};let[t="",n=""]=location.hash.replace(/^#\/?/,"").split("?"),[o,r]=t.split("/").map(decodeURIComponent);document.body.dataset.view=o||"feed";try{let c=o==="stakeholder"&&r?await Ye(ne,r):o==="topic"&&r?await Xe(ne,r):await At(tt(n));e===he?ye=c:c()}catch(c){e===he&&ne.replaceChildren(s("p",{class:"error"},`Could not load this view: ${c instanceof Error?c.message:String(c)}`))}}async function $t(){let e=[],t=null;do{let{stakeholders:u}=await M(Qe,{after:t});e.push(...u.nodes.map(m=>({slug:m.slug,name:m.name,count:m.statements.totalCount}))),t=u.pageInfo.hasNextPage?u.pageInfo.endCursor:null}while(t);let{topics:n}=await M(Ve,{}),o=u=>u.filter(m=>m.count>0).sort((m,C)=>m.name.localeCompare(C.name)).map(m=>s("option",{value:m.slug},`${m.name} (${m.count})`));H.append(...o(e)),B.append(...o(n.nodes.map(u=>({slug:u.slug,name:u.name,count:u.statements.totalCount}))));let{speaker:r,topic:c}=tt(location.hash.split("?")[1]??"");H.value=r??"",B.value=c??""}window.addEventListener("hashchange",()=>{rt()});$t().catch(e=>console.error("filters",e));rt();
