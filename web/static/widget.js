// kgassist chat widget. Embed with one tag:
//   <script src="https://HOST/widget.js" data-key="KEY" async></script>
// Optional: data-allow-hosts="docs.example.com" lets answers link there.
// Everything renders in a shadow root, all text goes in with textContent,
// and remote images are never loaded.
(function () {
  "use strict";
  const script = document.currentScript;
  if (!script || window.__kgassistWidget) return;
  window.__kgassistWidget = true;
  const base = new URL(script.src, location.href).origin;
  const key = script.dataset.key || "";
  const allowHosts = (script.dataset.allowHosts || "").split(/[\s,]+/).filter(Boolean);
  const zh = /^zh/i.test(document.documentElement.lang || navigator.language || "");
  const T = zh ? {
    open: "在线咨询", title: "产品助手", placeholder: "请输入您的问题…", send: "发送", ai: "AI 生成的回答，请以引用的原文为准",
    up: "有帮助", down: "没帮助", complain: "投诉/反馈", complaintPrompt: "请描述问题：", thanks: "感谢反馈",
    retrying: "网络较慢，正在重试…", failed: "暂时无法回答，请稍后再试。", retry: "重试", sources: "来源", close: "关闭",
  } : {
    open: "Ask us", title: "Product assistant", placeholder: "Type your question…", send: "Send", ai: "AI-generated answer: check the cited sources",
    up: "Helpful", down: "Not helpful", complain: "Report a problem", complaintPrompt: "What was wrong?", thanks: "Thanks for your feedback",
    retrying: "Slow network, retrying…", failed: "Could not get an answer. Please try again later.", retry: "Retry", sources: "Sources", close: "Close",
  };

  const host = document.createElement("div");
  host.setAttribute("data-kgassist", "");
  const root = host.attachShadow({ mode: "open" });
  const el = (tag, attrs, text) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text != null) e.textContent = text;
    return e;
  };
  // icon draws an inline SVG, so no glyph depends on the host's fonts
  // (emoji render as empty boxes where no emoji font is installed).
  const svgNS = "http://www.w3.org/2000/svg";
  const ICONS = {
    up: "M7 10v11H3V10h4zm2 11h8.3a2 2 0 0 0 2-1.6l1.4-7A2 2 0 0 0 18.7 10H14l.9-4.4A1.7 1.7 0 0 0 13.2 3.5L9 10v11z",
    down: "M7 14V3H3v11h4zm2-11h8.3a2 2 0 0 1 2 1.6l1.4 7a2 2 0 0 1-2 2.4H14l.9 4.4a1.7 1.7 0 0 1-1.7 2.1L9 14V3z",
    flag: "M5 21V4m0 0h11l-2 4 2 4H5",
    close: "M6 6l12 12M18 6L6 18",
  };
  const icon = (name) => {
    const svg = document.createElementNS(svgNS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("class", "icon");
    const path = document.createElementNS(svgNS, "path");
    path.setAttribute("d", ICONS[name]);
    svg.appendChild(path);
    return svg;
  };
  const iconButton = (attrs, name, label) => {
    const b = el("button", attrs);
    b.append(icon(name));
    if (label) b.append(el("span", {}, label));
    return b;
  };
  const style = el("style");
  style.textContent = `
    :host { all: initial; }
    * { box-sizing: border-box; font: 14px/1.45 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
    .fab { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 24px; padding: 12px 18px;
      background: #0b62c4; color: #fff; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.2); }
    .panel { position: fixed; right: 20px; bottom: 76px; z-index: 2147483000; width: min(380px, calc(100vw - 40px)); height: min(560px, calc(100vh - 100px));
      display: none; flex-direction: column; background: #fff; color: #1d2430; border: 1px solid #dde2e8; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.18); }
    .panel.open { display: flex; }
    header { display: flex; justify-content: space-between; align-items: center; padding: 10px 14px; border-bottom: 1px solid #dde2e8; font-weight: 600; }
    header button { border: 0; background: none; cursor: pointer; padding: 4px; display: flex; }
    .icon { width: 14px; height: 14px; flex: none; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
    header .icon { width: 18px; height: 18px; }
    .log { flex: 1; overflow-y: auto; padding: 12px 14px; }
    .q { margin: 8px 0; text-align: right; } .q span { display: inline-block; background: #eef5ff; border-radius: 10px; padding: 6px 10px; }
    .a { margin: 8px 0 14px; } .a .text { white-space: pre-wrap; }
    .a.error .text { color: #a33; } .a .ai { color: #6b7480; font-size: 12px; margin-top: 4px; }
    .cite { color: #0b62c4; cursor: pointer; border: 0; background: none; padding: 0 1px; font-weight: 600; }
    .sources { margin: 6px 0 0; padding-left: 18px; font-size: 13px; }
    .sources li.open .passage { display: block; }
    .passage { display: none; background: #f6f8fa; border-left: 3px solid #0b62c4; padding: 6px 8px; margin: 4px 0; white-space: pre-wrap; }
    .where { cursor: pointer; color: #0b62c4; }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 4px; font-size: 12px; }
    .actions button { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; font-size: 12px; color: #1d2430;
      border: 1px solid #dde2e8; background: #fff; border-radius: 6px; cursor: pointer; padding: 3px 6px; }
    .actions .icon { width: 15px; height: 15px; }
    .actions button[aria-pressed=true] { background: #eef5ff; }
    .status { color: #a35200; font-size: 12px; }
    form { display: flex; gap: 6px; padding: 10px; border-top: 1px solid #dde2e8; }
    input { flex: 1; padding: 8px 10px; border: 1px solid #dde2e8; border-radius: 8px; }
    form button { border: 0; background: #0b62c4; color: #fff; border-radius: 8px; padding: 8px 12px; cursor: pointer; }`;
  const fab = el("button", { class: "fab", part: "launcher", "aria-haspopup": "dialog" }, T.open);
  const panel = el("div", { class: "panel", role: "dialog", "aria-label": T.title });
  const close = iconButton({ "aria-label": T.close, title: T.close }, "close");
  const head = el("header");
  head.append(el("span", {}, T.title), close);
  const log = el("div", { class: "log", "aria-live": "polite" });
  const form = el("form");
  const input = el("input", { name: "q", autocomplete: "off", placeholder: T.placeholder, maxlength: "1000" });
  form.append(input, el("button", { type: "submit" }, T.send));
  panel.append(head, log, form);
  root.append(style, fab, panel);
  fab.addEventListener("click", () => { panel.classList.toggle("open"); if (panel.classList.contains("open")) input.focus(); });
  close.addEventListener("click", () => panel.classList.remove("open"));

  const storeKey = "kgassist.conversation." + base;
  let conversation = sessionStorage.getItem(storeKey) || "";
  const headers = (extra) => Object.assign({ "Content-Type": "application/json" }, key ? { Authorization: "Bearer " + key } : {}, extra || {});

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    input.value = "";
    const qEl = el("div", { class: "q" });
    qEl.appendChild(el("span", {}, q));
    log.appendChild(qEl);
    // The new question goes to the top of the log, so its answer streams
    // into view beneath it even when the asker had scrolled up to reread.
    log.scrollTop = qEl.offsetTop - log.offsetTop - 8;
    ask(q);
  });

  // ask streams one answer, retrying with backoff while nothing has been
  // shown; after that a failure is shown rather than answered twice.
  async function ask(q) {
    const box = el("div", { class: "a", "data-testid": "answer" });
    const text = el("div", { class: "text" });
    const status = el("div", { class: "status" });
    box.append(text, status);
    log.appendChild(box);
    let raw = "";
    const show = () => renderText(text, raw, null);
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        const res = await fetch(base + "/v1/chat", {
          method: "POST", headers: headers({ Accept: "text/event-stream" }),
          body: JSON.stringify(conversation ? { question: q, conversation_id: conversation } : { question: q }),
        });
        if (res.status === 404 && conversation) { conversation = ""; sessionStorage.removeItem(storeKey); attempt--; continue; }
        if (!res.ok) {
          const retryable = res.status === 429 || res.status >= 500;
          if (!retryable) throw Object.assign(new Error(await errorMessage(res)), { final: true });
          throw Object.assign(new Error(res.statusText), { wait: Number(res.headers.get("Retry-After")) * 1000 || 0 });
        }
        status.textContent = "";
        await readStream(res, {
          token: (d) => { raw += d.text; show(); },
          reset: () => { raw = ""; show(); },
          done: (d) => finish(box, text, d),
          error: (d) => { throw Object.assign(new Error(d.error.message), { final: true }); },
        });
        return;
      } catch (e) {
        if (e.final || raw || attempt === 3) return fail(box, status, q, e);
        status.textContent = T.retrying;
        await sleep(Math.max(e.wait || 0, 500 * 2 ** attempt));
      }
    }
  }

  async function errorMessage(res) {
    try { return (await res.json()).error.message; } catch (_) { return res.statusText; }
  }

  // readStream parses Server-Sent Events from a fetch body.
  async function readStream(res, on) {
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let i;
      while ((i = buf.indexOf("\n\n")) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        let name = "message", data = "";
        for (const line of block.split("\n")) {
          if (line.startsWith("event: ")) name = line.slice(7);
          else if (line.startsWith("data: ")) data += line.slice(6);
        }
        if (on[name]) on[name](JSON.parse(data));
      }
    }
  }

  function fail(box, status, q, e) {
    box.classList.add("error");
    status.textContent = "";
    box.querySelector(".text").textContent = T.failed + (e && e.final ? " (" + e.message + ")" : "");
    const again = el("button", { class: "retry" }, T.retry);
    again.addEventListener("click", () => { box.remove(); ask(q); });
    const row = el("div", { class: "actions" });
    row.appendChild(again);
    box.appendChild(row);
  }

  function finish(box, text, d) {
    conversation = d.conversation_id;
    sessionStorage.setItem(storeKey, conversation);
    const cites = d.citations || [];
    const list = el("ol", { class: "sources", "aria-label": T.sources });
    cites.forEach((c) => {
      const li = el("li", { value: String(c.n), "data-n": String(c.n) });
      let where = c.document.title || c.document.uri;
      if (c.section) where += " › " + c.section;
      if (c.page) where += " (p. " + c.page + ")";
      const w = el("span", { class: "where", role: "button", tabindex: "0" }, where);
      w.addEventListener("click", () => li.classList.toggle("open"));
      li.append(w, el("div", { class: "passage" }, c.snippet));
      list.appendChild(li);
    });
    renderText(text, d.answer, list);
    box.append(el("div", { class: "ai" }, T.ai));
    if (cites.length) box.appendChild(list);
    box.appendChild(feedbackRow(d.answer_id));
    box.setAttribute("data-done", "true");
  }

  function feedbackRow(answerID) {
    const row = el("div", { class: "actions" });
    const send = (rating, complaint) => fetch(base + "/v1/feedback", {
      method: "POST", headers: headers(), body: JSON.stringify({ answer_id: answerID, rating, complaint: complaint || "" }),
    }).then((r) => { if (r.ok) note.textContent = T.thanks; });
    const note = el("span", { class: "status" });
    // Thumbs speak for themselves: named for screen readers and on hover,
    // they leave the row room for the note on narrow panels.
    const up = iconButton({ "aria-pressed": "false", "data-rating": "up", "aria-label": T.up, title: T.up }, "up");
    const down = iconButton({ "aria-pressed": "false", "data-rating": "down", "aria-label": T.down, title: T.down }, "down");
    up.addEventListener("click", () => { up.setAttribute("aria-pressed", "true"); send("up"); });
    down.addEventListener("click", () => { down.setAttribute("aria-pressed", "true"); send("down"); });
    const complain = iconButton({ "data-rating": "complaint" }, "flag", T.complain);
    complain.addEventListener("click", () => {
      const why = prompt(T.complaintPrompt);
      if (why) send("down", why);
    });
    row.append(up, down, complain, note);
    return row;
  }

  // renderText writes an answer as text nodes: [n] markers become buttons
  // that open source n, markdown links become links only to allowed hosts,
  // and images are never loaded (their alt text is shown).
  function renderText(target, s, list) {
    target.replaceChildren();
    const re = /(!?)\[([^\]]*)\]\(([^)\s]+)\)|\[(\d+)\]/g;
    let last = 0, m;
    while ((m = re.exec(s))) {
      target.appendChild(document.createTextNode(s.slice(last, m.index)));
      last = re.lastIndex;
      if (m[4]) {
        const n = m[4];
        const b = el("button", { class: "cite", "data-n": n, type: "button" }, "[" + n + "]");
        b.addEventListener("click", () => openSource(list, n));
        target.appendChild(b);
      } else if (!m[1] && allowed(m[3])) {
        target.appendChild(el("a", { href: m[3], target: "_blank", rel: "noopener noreferrer nofollow" }, m[2]));
      } else {
        target.appendChild(document.createTextNode(m[2]));
      }
    }
    target.appendChild(document.createTextNode(s.slice(last)));
  }

  function allowed(href) {
    try {
      const u = new URL(href);
      return (u.protocol === "https:" || u.protocol === "http:") && allowHosts.includes(u.hostname);
    } catch (_) { return false; }
  }

  function openSource(list, n) {
    if (!list) return;
    const li = list.querySelector('li[data-n="' + n + '"]');
    if (li) { li.classList.add("open"); li.scrollIntoView({ block: "nearest" }); }
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  (document.body || document.documentElement).appendChild(host);
})();
