// kgassist engineer console: ask, read cited sources, explore the graph,
// upload documents as jobs, read feedback. Plain DOM; text is inserted
// with textContent only. A key, when the server wants one, lives in this
// tab's sessionStorage and nowhere else.
(function () {
  "use strict";
  const $ = (s) => document.querySelector(s);
  const el = (tag, attrs, text) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text != null) e.textContent = text;
    return e;
  };
  const svgEl = (tag, attrs) => {
    const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  };
  const levels = ["public", "partner", "internal", "restricted"];
  let me = null;
  let conversation = "";

  document.querySelectorAll("nav button").forEach((b) =>
    b.addEventListener("click", () => {
      document.querySelectorAll("nav button, .tab").forEach((x) => x.classList.remove("active"));
      b.classList.add("active");
      $("#tab-" + b.dataset.tab).classList.add("active");
      if (b.dataset.tab === "docs") loadDocs();
      if (b.dataset.tab === "feedback") loadFeedback();
    })
  );

  function authHeaders(extra) {
    const key = sessionStorage.getItem("kgassist.key");
    return Object.assign({}, key ? { Authorization: "Bearer " + key } : {}, extra || {});
  }

  async function api(path, opts) {
    opts = Object.assign({}, opts || {});
    opts.headers = authHeaders(opts.headers);
    const res = await fetch(path, opts);
    const body = res.status === 204 ? null : await res.json();
    if (res.status === 401) askForKey("This key is not valid any more.");
    if (!res.ok) throw new Error((body && body.error && body.error.message) || res.statusText);
    return body;
  }

  // whoami decides between local mode (no key needed) and the key gate.
  async function whoami() {
    const res = await fetch("/v1/me", { headers: authHeaders() });
    if (res.status === 401) return askForKey("");
    me = await res.json();
    $("#key-gate").hidden = true;
    $("#who").textContent = me.local ? "local mode · no key" : (me.name || me.key_id) + " · " + me.scopes.join(",") + " · up to " + me.clearance;
    // The server's defaults, so the console asks and uploads exactly as an
    // API call without a clearance or audience would.
    fillLevels($("#clearance"), me.clearance, me.default_clearance);
    fillLevels($("#upload-audience"), me.clearance, me.default_audience);
    offerCypher();
  }

  // offerCypher shows the Cypher toggle only at a clearance the server
  // would accept for it.
  function offerCypher() {
    const ok = levels.indexOf($("#clearance").value) >= levels.indexOf("internal");
    $("#cypher-toggle").hidden = !ok;
    if (!ok) $("#ask-cypher").checked = false;
  }
  $("#clearance").addEventListener("change", offerCypher);

  function fillLevels(select, most, selected) {
    select.replaceChildren();
    levels.slice(0, levels.indexOf(most) + 1).forEach((l) => {
      const o = el("option", { value: l }, l);
      if (l === selected) o.selected = true;
      select.appendChild(o);
    });
  }

  function askForKey(msg) {
    sessionStorage.removeItem("kgassist.key");
    $("#key-gate").hidden = false;
    $("#key-status").textContent = msg;
  }

  $("#key-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    sessionStorage.setItem("kgassist.key", $("#key-input").value.trim());
    $("#key-input").value = "";
    whoami();
  });

  $("#new-conversation").addEventListener("click", () => { conversation = ""; $("#question").focus(); });

  $("#ask-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const q = $("#question").value.trim();
    if (!q) return;
    const art = $("#answer");
    art.className = "";
    art.replaceChildren(el("p", { class: "hint" }, "Searching the knowledge graph…"));
    $("#cypher").hidden = !$("#ask-cypher").checked;
    if ($("#ask-cypher").checked) askCypher(q, $("#clearance").value);
    try {
      const body = { question: q, clearance: $("#clearance").value };
      if (conversation) body.conversation_id = conversation;
      const ans = await api("/v1/chat", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      conversation = ans.conversation_id;
      render(ans);
    } catch (e) {
      art.replaceChildren(el("p", { class: "error" }, "Error: " + e.message));
    }
  });

  // askCypher shows a generated read-only query and its rows beside the
  // answer; the server checks and bounds the query.
  async function askCypher(q, clearance) {
    const box = $("#cypher");
    box.replaceChildren(el("h2", {}, "Cypher"), el("p", { class: "hint" }, "Writing a read-only query…"));
    try {
      const r = await api("/v1/cypher", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: q, clearance: clearance }) });
      renderCypher(r);
    } catch (e) {
      box.replaceChildren(el("h2", {}, "Cypher"), el("p", { class: "error", "data-testid": "cypher-error" }, e.message));
    }
  }

  function renderCypher(r) {
    const cell = (v) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
    const table = el("table", { "data-testid": "cypher-rows" });
    const head = el("tr");
    r.columns.forEach((c) => head.appendChild(el("th", {}, c)));
    table.appendChild(el("thead")).appendChild(head);
    const body = table.appendChild(el("tbody"));
    r.rows.forEach((row) => {
      const tr = body.appendChild(el("tr"));
      row.forEach((v) => tr.appendChild(el("td", {}, cell(v))));
    });
    const meta = r.rows.length + " rows" + (r.truncated ? ", cut at the row limit" : "") + " · read-only query at " + r.clearance + " clearance";
    $("#cypher").replaceChildren(el("h2", {}, "Cypher"), el("pre", { "data-testid": "cypher-query" }, r.query), table, el("p", { class: "meta" }, meta));
  }

  function render(ans) {
    const art = $("#answer");
    art.className = ans.abstained ? "abstained" : "";
    const text = el("div", { class: "text", "data-testid": "answer-text" });
    // Split on citation markers so each [n] becomes a link; everything
    // else is inserted as text, never as HTML.
    ans.answer.split(/(\[\d+\])/).forEach((part) => {
      const m = part.match(/^\[(\d+)\]$/);
      if (m) {
        const a = el("a", { class: "cite", href: "#cite-" + m[1], "data-n": m[1] }, part);
        a.addEventListener("click", (e) => { e.preventDefault(); focusCitation(m[1]); });
        text.appendChild(a);
      } else text.appendChild(document.createTextNode(part));
    });
    const parts = [ans.answerer + " answer", "intent " + ans.trace.intent, ans.lang];
    if (ans.rewritten) parts.push("asked as: " + ans.rewritten);
    (ans.trace.stages || []).filter((s) => s.name === "total").forEach((s) => parts.push(s.ms.toFixed(1) + " ms"));
    art.replaceChildren(text, el("p", { class: "meta" }, parts.join(" · ")));
    renderCitations(ans.citations || []);
    const cited = new Set((ans.citations || []).map((c) => c.chunk_id));
    drawGraph($("#graph"), ans.evidence || { nodes: [], edges: [] }, cited, (n) => showEntity(n.id, $("#node-info")));
    $("#trace").textContent = JSON.stringify(Object.assign({ rewritten: ans.rewritten }, ans.trace), null, 2);
  }

  function renderCitations(cites) {
    const ol = $("#citations");
    ol.replaceChildren();
    cites.forEach((c) => {
      const li = el("li", { id: "cite-" + c.n, value: c.n });
      let where = c.document.title || c.document.uri;
      if (c.section) where += " › " + c.section;
      if (c.page) where += " (p. " + c.page + ")";
      li.append(el("span", { class: "where" }, where), el("span", { class: "snippet" }, c.snippet), el("span", { class: "meta" }, c.document.uri));
      ol.appendChild(li);
    });
  }

  function focusCitation(n) {
    document.querySelectorAll("#citations li").forEach((li) => li.classList.remove("focus"));
    const li = $("#cite-" + n);
    if (li) { li.classList.add("focus"); li.scrollIntoView({ block: "nearest" }); }
  }

  const typeColor = { Product: "#0b62c4", Assembly: "#2f8f5b", Part: "#5a9e3c", Parameter: "#a35200", FailureMode: "#c0392b",
    Cause: "#d35400", Action: "#16a085", Symptom: "#8e44ad", Process: "#2c3e50", Tool: "#7f8c8d", Material: "#795548" };

  const usedBy = (item, cited) => (item.sources || []).some((s) => cited.has(s.chunk_id));

  // drawGraph lays a subgraph out with a small force simulation: few
  // nodes, so a couple of hundred iterations in the browser are instant.
  // Facts supported by a cited passage are drawn heavier.
  function drawGraph(svg, g, cited, onNode) {
    svg.replaceChildren();
    const W = 480, H = 360;
    const nodes = (g.nodes || []).map((n, i) => ({ ...n, x: W / 2 + 120 * Math.cos(i), y: H / 2 + 100 * Math.sin(i), vx: 0, vy: 0 }));
    const idx = Object.fromEntries(nodes.map((n, i) => [n.id, i]));
    const edges = (g.edges || []).filter((e) => e.from in idx && e.to in idx);
    for (let it = 0; it < 200; it++) {
      for (const a of nodes) for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        a.vx += (dx / d2) * 300; a.vy += (dy / d2) * 300;
      }
      for (const e of edges) {
        const a = nodes[idx[e.from]], b = nodes[idx[e.to]];
        const dx = b.x - a.x, dy = b.y - a.y;
        a.vx += dx * 0.02; a.vy += dy * 0.02; b.vx -= dx * 0.02; b.vy -= dy * 0.02;
      }
      for (const n of nodes) {
        n.vx += (W / 2 - n.x) * 0.005; n.vy += (H / 2 - n.y) * 0.005;
        n.x = Math.max(20, Math.min(W - 20, n.x + n.vx * 0.5)); n.y = Math.max(20, Math.min(H - 20, n.y + n.vy * 0.5));
        n.vx *= 0.6; n.vy *= 0.6;
      }
    }
    for (const e of edges) {
      const a = nodes[idx[e.from]], b = nodes[idx[e.to]];
      svg.appendChild(svgEl("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: usedBy(e, cited) ? "used" : "" }));
      const t = svgEl("text", { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, class: "edge-label" });
      t.textContent = e.type + (e.props && e.props.qty ? " ×" + e.props.qty : "");
      svg.appendChild(t);
    }
    for (const n of nodes) {
      const gEl = svgEl("g", { class: "node" + (usedBy(n, cited) ? " used" : ""), "data-id": n.id });
      gEl.appendChild(svgEl("circle", { cx: n.x, cy: n.y, r: 9, fill: typeColor[n.type] || "#555" }));
      const t = svgEl("text", { x: n.x + 11, y: n.y + 4 });
      t.textContent = n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name;
      gEl.appendChild(t);
      gEl.addEventListener("click", () => onNode(n));
      svg.appendChild(gEl);
    }
  }

  // showEntity fetches an entity's facts and the passages behind them.
  async function showEntity(id, box) {
    box.replaceChildren(el("p", { class: "hint" }, "Loading…"));
    try {
      const d = await api("/v1/entities/" + encodeURIComponent(id) + "?clearance=" + clearance());
      const n = d.entity;
      box.replaceChildren(el("strong", {}, n.type + ": " + n.name));
      if (n.aliases && n.aliases.length) box.appendChild(el("div", { class: "meta" }, "aliases: " + n.aliases.join(", ")));
      const ul = el("ul", { class: "facts" });
      for (const [k, v] of Object.entries(n.props || {})) ul.appendChild(el("li", {}, k + ": " + JSON.stringify(v)));
      d.relations.forEach((e) => ul.appendChild(el("li", {}, e.type + " " + (e.from === n.id ? "→ " + e.to : "← " + e.from) +
        (e.props ? " " + JSON.stringify(e.props) : "") + (e.conflict ? " (sources disagree)" : ""))));
      box.appendChild(ul);
      const src = el("ol", { class: "sources-list" });
      const seen = new Set();
      Object.values(d.sources || {}).flat().forEach((c) => {
        if (seen.has(c.id)) return;
        seen.add(c.id);
        src.appendChild(el("li", {}, (c.section ? c.section + ": " : "") + c.text.slice(0, 300)));
      });
      if (seen.size) box.append(el("div", { class: "meta" }, "Sources"), src);
    } catch (e) {
      box.replaceChildren(el("p", { class: "error" }, "Error: " + e.message));
    }
  }

  const clearance = () => $("#clearance").value || "public";

  $("#entity-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const ul = $("#entity-results");
    try {
      const d = await api("/v1/entities?q=" + encodeURIComponent($("#entity-q").value) + "&clearance=" + clearance());
      ul.replaceChildren();
      d.entities.forEach((n) => {
        const li = el("li", { "data-id": n.id }, n.type + ": " + n.name);
        li.addEventListener("click", () => browse(n.id));
        ul.appendChild(li);
      });
      if (!d.entities.length) ul.appendChild(el("li", { class: "hint" }, "Nothing found."));
    } catch (e) {
      ul.replaceChildren(el("li", { class: "error" }, "Error: " + e.message));
    }
  });

  async function browse(id) {
    const g = await api("/v1/entities/" + encodeURIComponent(id) + "/neighbours?clearance=" + clearance());
    drawGraph($("#browse-graph"), g, new Set(), (n) => browse(n.id));
    showEntity(id, $("#entity-info"));
  }

  async function loadDocs() {
    const body = await api("/v1/documents?limit=1000&clearance=" + (me ? me.clearance : "public"));
    const tb = $("#docs tbody");
    tb.replaceChildren();
    body.documents.forEach((d) => {
      const tr = el("tr");
      [d.title, d.uri, d.audience, d.format, d.chunks, d.facts].forEach((v) => tr.appendChild(el("td", {}, String(v))));
      const del = el("button", {}, "Delete");
      del.addEventListener("click", async () => {
        if (!confirm("Delete " + d.uri + "?")) return;
        await api("/v1/documents/" + encodeURIComponent(d.id), { method: "DELETE" });
        loadDocs();
      });
      const td = el("td"); td.appendChild(del); tr.appendChild(td);
      tb.appendChild(tr);
    });
  }

  // Uploads run as jobs: the files are sent once, then progress is polled
  // until the job ends, so a large zip never holds a request open.
  $("#upload-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const fd = new FormData();
    for (const f of $("#files").files) fd.append("file", f);
    fd.append("audience", $("#upload-audience").value);
    const status = $("#upload-status"), bar = $("#upload-progress");
    status.textContent = "Uploading…";
    try {
      let job = await api("/v1/jobs", { method: "POST", body: fd });
      bar.hidden = false;
      while (job.state === "queued" || job.state === "running") {
        bar.max = job.files.length; bar.value = job.done;
        status.textContent = `Ingesting ${job.done}/${job.files.length}…`;
        await new Promise((r) => setTimeout(r, 300));
        job = await api("/v1/jobs/" + job.id);
      }
      bar.value = job.done;
      const res = job.results || [];
      const count = (s) => res.filter((r) => r.status === s).length;
      status.textContent = `Job ${job.state}: ${count("ok")} ok, ${count("unchanged")} unchanged, ${count("failed")} failed` +
        res.filter((r) => r.status === "failed").map((r) => " · " + r.uri + ": " + r.error).join("");
      status.dataset.state = job.state;
      loadDocs();
    } catch (e) {
      status.textContent = "Error: " + e.message;
    }
  });

  async function loadFeedback() {
    const tb = $("#feedback tbody");
    try {
      const d = await api("/v1/feedback");
      tb.replaceChildren();
      d.feedback.forEach((f) => {
        const tr = el("tr");
        [new Date(f.at).toLocaleString(), f.rating, f.complaint || "", f.question, f.answer.slice(0, 200)].forEach((v) => tr.appendChild(el("td", {}, v)));
        tb.appendChild(tr);
      });
    } catch (e) {
      tb.replaceChildren(el("tr", {}, "Error: " + e.message));
    }
  }

  whoami();
})();
