// kgassist engineer console: ask, read cited sources, see the evidence
// graph, manage documents. Plain DOM, text inserted with textContent only.
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

  document.querySelectorAll("nav button").forEach((b) =>
    b.addEventListener("click", () => {
      document.querySelectorAll("nav button, .tab").forEach((x) => x.classList.remove("active"));
      b.classList.add("active");
      $("#tab-" + b.dataset.tab).classList.add("active");
      if (b.dataset.tab === "docs") loadDocs();
    })
  );

  async function api(path, opts) {
    const res = await fetch(path, opts);
    const body = res.status === 204 ? null : await res.json();
    if (!res.ok) throw new Error((body && body.error && body.error.message) || res.statusText);
    return body;
  }

  $("#ask-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const q = $("#question").value.trim();
    if (!q) return;
    const art = $("#answer");
    art.className = "";
    art.replaceChildren(el("p", { class: "hint" }, "Searching the knowledge graph…"));
    try {
      const ans = await api("/v1/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ question: q, clearance: $("#clearance").value }),
      });
      render(ans);
    } catch (e) {
      art.replaceChildren(el("p", { class: "error" }, "Error: " + e.message));
    }
  });

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
    const meta = el("p", { class: "meta" },
      `${ans.answerer} answer · intent ${ans.trace.intent} · ${ans.lang} · ` +
      (ans.trace.stages || []).filter((s) => s.name === "total").map((s) => s.ms.toFixed(1) + " ms").join(""));
    art.replaceChildren(text, meta);
    renderCitations(ans.citations || []);
    drawGraph(ans.evidence || { nodes: [], edges: [] });
    $("#trace").textContent = JSON.stringify(ans.trace, null, 2);
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

  // drawGraph lays the evidence out with a small force simulation: few
  // nodes, so a hundred iterations in the browser are instant.
  function drawGraph(g) {
    const svg = $("#graph");
    svg.replaceChildren();
    const W = 480, H = 360;
    const nodes = g.nodes.map((n, i) => ({ ...n, x: W / 2 + 120 * Math.cos(i), y: H / 2 + 100 * Math.sin(i), vx: 0, vy: 0 }));
    const idx = Object.fromEntries(nodes.map((n, i) => [n.id, i]));
    const edges = g.edges.filter((e) => e.from in idx && e.to in idx);
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
      svg.appendChild(svgEl("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "used" }));
      const t = svgEl("text", { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, class: "edge-label" });
      t.textContent = e.type + (e.props && e.props.qty ? " ×" + e.props.qty : "");
      svg.appendChild(t);
    }
    for (const n of nodes) {
      const gEl = svgEl("g", { class: "node", "data-id": n.id });
      gEl.appendChild(svgEl("circle", { cx: n.x, cy: n.y, r: 9, fill: typeColor[n.type] || "#555" }));
      const t = svgEl("text", { x: n.x + 11, y: n.y + 4 });
      t.textContent = n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name;
      gEl.appendChild(t);
      gEl.addEventListener("click", () => showNode(n, edges));
      svg.appendChild(gEl);
    }
  }

  function showNode(n, edges) {
    const box = $("#node-info");
    box.replaceChildren(el("strong", {}, n.type + ": " + n.name));
    if (n.aliases && n.aliases.length) box.appendChild(el("div", { class: "meta" }, "aliases: " + n.aliases.join(", ")));
    const ul = el("ul");
    for (const [k, v] of Object.entries(n.props || {})) ul.appendChild(el("li", {}, k + ": " + v));
    edges.filter((e) => e.from === n.id || e.to === n.id).forEach((e) =>
      ul.appendChild(el("li", {}, e.type + " " + (e.from === n.id ? "→ " + e.to : "← " + e.from) +
        (e.props ? " " + JSON.stringify(e.props) : "") + (e.conflict ? " (sources disagree)" : ""))));
    box.appendChild(ul);
  }

  async function loadDocs() {
    const body = await api("/v1/documents?clearance=restricted&limit=1000");
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

  $("#upload-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const fd = new FormData();
    for (const f of $("#files").files) fd.append("file", f);
    fd.append("audience", $("#upload-audience").value);
    $("#upload-status").textContent = "Uploading…";
    try {
      const rep = await api("/v1/documents", { method: "POST", body: fd });
      $("#upload-status").textContent = `${rep.ok} ok, ${rep.unchanged} unchanged, ${rep.failed} failed` +
        rep.results.filter((r) => r.status === "failed").map((r) => " · " + r.uri + ": " + r.error).join("");
      loadDocs();
    } catch (e) {
      $("#upload-status").textContent = "Error: " + e.message;
    }
  });
})();
