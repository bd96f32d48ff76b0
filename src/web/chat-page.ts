// The resident web chat: one self-contained page (inline CSS and JS carrying the response's CSP nonce,
// nothing loaded from elsewhere, so the strict CSP of src/web/security-headers.ts holds). The script sends
// one Input at a time to POST /chat/api/messages and draws the WebReplies (src/web/chat-channel.ts):
// bubbles, inline buttons, a persistent quick-reply menu.
// Message text is only ever set with textContent; the page's own words arrive in a JSON data block.
import type { Lang } from "../vocabulary.js";
import type { Translate } from "../i18n/index.js";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element: no `<` can close it or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const style = `
*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;height:100vh;height:100dvh;background:#eef3f1;color:#1c2925;
  font:16px/1.5 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;
  -webkit-text-size-adjust:100%}
button{font:inherit;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
header{display:flex;align-items:center;gap:10px;padding:10px 14px;padding-top:max(10px,env(safe-area-inset-top));
  background:#0f766e;color:#fff;box-shadow:0 1px 3px rgba(0,0,0,.15);z-index:1}
header h1{flex:1;margin:0;font-size:17px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#restart{flex:none;background:transparent;color:#fff;border:1px solid rgba(255,255,255,.7);border-radius:999px;padding:3px 12px;font-size:14px}
#transcript{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:14px 10px 8px;display:flex;flex-direction:column;gap:10px}
.row{display:flex;flex-direction:column;max-width:85%}
.row.bot{align-self:flex-start;align-items:flex-start}
.row.me{align-self:flex-end;align-items:flex-end}
.row.wide{width:85%}
.bubble{margin:0;padding:8px 12px;border-radius:16px;white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 1px rgba(0,0,0,.08)}
.bot .bubble{background:#fff;border-top-left-radius:4px}
.me .bubble{background:#bfeccf;border-top-right-radius:4px}
.pending .bubble{opacity:.55}
.bubble strong{display:block}
.bubble svg.qr{display:block;width:220px;max-width:100%;height:auto;margin-top:8px}
.bubble a{color:#0f766e}
.buttons{display:flex;flex-direction:column;gap:6px;margin-top:6px;width:100%}
.buttons div,#menu div{display:flex;gap:6px}
.buttons button{flex:1 1 0;min-width:0;min-height:40px;padding:6px 8px;border:1px solid #0f766e;border-radius:10px;background:#f6fffb;color:#0f5f58}
.buttons button:active,#menu button:active{background:#d6f3e7}
.system{align-self:center;max-width:90%;margin:0;padding:4px 12px;border-radius:10px;background:#fff4e5;color:#9a3412;font-size:14px;text-align:center}
.typing{align-self:flex-start;padding:8px 14px;border-radius:16px;background:#fff;color:#7a8a85;letter-spacing:3px}
.typing[hidden]{display:none}
#menu{display:flex;flex-direction:column;gap:6px;padding:8px 10px;background:#f7faf9;border-top:1px solid #d3dfda}
#menu[hidden]{display:none}
#menu button{flex:1 1 0;min-width:0;min-height:40px;padding:6px 8px;border:1px solid #c7d5d0;border-radius:10px;background:#fff;color:#1c2925}
form{display:flex;align-items:flex-end;gap:8px;padding:8px 10px;padding-bottom:max(8px,env(safe-area-inset-bottom));background:#fff;border-top:1px solid #d3dfda}
textarea{flex:1;min-height:42px;max-height:8.5em;resize:none;padding:8px 14px;border:1px solid #b9c8c2;border-radius:21px;font:inherit;background:#fff;color:inherit}
textarea:focus{outline:none;border-color:#0f766e;box-shadow:0 0 0 3px rgba(15,118,110,.25)}
#send{flex:none;min-height:42px;padding:0 18px;border:0;border-radius:21px;background:#0f766e;color:#fff;font-weight:600}
#send:disabled{opacity:.6}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
@media (min-width:700px){body{max-width:680px;margin:0 auto;box-shadow:0 0 12px rgba(0,0,0,.08)}}
`;

// Plain ES5-ish script in a raw string: no template literals or `${` inside.
const script = String.raw`
(function () {
  "use strict";
  var S = JSON.parse(document.getElementById("linli-strings").textContent);
  var KEY = "linli-transcript", CAP = 200, API = "/chat/api/messages";
  var log = document.getElementById("transcript"), typing = document.getElementById("typing");
  var menuBar = document.getElementById("menu"), form = document.getElementById("composer");
  var input = document.getElementById("input"), send = document.getElementById("send");
  var state = { entries: [], menu: null };
  var busy = false;

  function node(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text != null) el.textContent = String(text);
    return el;
  }
  function button(label, testid, onClick) {
    var b = node("button", "", label);
    b.type = "button";
    b.setAttribute("data-testid", testid);
    b.addEventListener("click", onClick);
    return b;
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  function isRows(v) { return Array.isArray(v) && v.every(Array.isArray); }

  function restore() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || "null");
      if (!saved || !Array.isArray(saved.entries) || saved.entries.length === 0) return false;
      state.entries = saved.entries.slice(-CAP);
      state.menu = isRows(saved.menu) ? saved.menu : null;
      return true;
    } catch (e) { return false; }
  }
  function save() {
    state.entries = state.entries.slice(-CAP);
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode or full: the chat still works */ }
  }

  /** Draws one transcript entry: {from: "me"|"bot", text, buttons?} or {from: "bot", venue}. */
  function draw(entry) {
    var row = node("div", "row " + (entry.from === "me" ? "me" : "bot"));
    var bubble = node("div", "bubble");
    bubble.setAttribute("data-testid", entry.from === "me" ? "bubble-me" : "bubble-bot");
    var v = entry.venue;
    if (v) {
      bubble.appendChild(node("strong", "", v.title));
      bubble.appendChild(node("span", "", v.address));
      var lat = Number(v.latitude), lon = Number(v.longitude);
      if (isFinite(lat) && isFinite(lon)) {
        var a = node("a", "", S.map);
        a.href = "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        bubble.appendChild(document.createElement("br"));
        bubble.appendChild(a);
      }
    } else {
      bubble.textContent = String(entry.text == null ? "" : entry.text);
    }
    // A voucher's QR code: the server sends the path of its dark modules; drawn as SVG, never parsed as HTML.
    var q = entry.qr;
    if (q && typeof q.path === "string" && /^[Mhvz0-9 -]*$/.test(q.path) && isFinite(Number(q.size))) {
      var NS = "http://www.w3.org/2000/svg";
      var svg = document.createElementNS(NS, "svg");
      svg.setAttribute("viewBox", "0 0 " + Number(q.size) + " " + Number(q.size));
      svg.setAttribute("class", "qr");
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", String(q.value || ""));
      svg.setAttribute("data-testid", "qr");
      var bg = document.createElementNS(NS, "rect");
      bg.setAttribute("width", "100%");
      bg.setAttribute("height", "100%");
      bg.setAttribute("fill", "#fff");
      svg.appendChild(bg);
      var dark = document.createElementNS(NS, "path");
      dark.setAttribute("d", q.path);
      dark.setAttribute("fill", "#000");
      svg.appendChild(dark);
      bubble.appendChild(svg);
    }
    row.appendChild(bubble);
    if (isRows(entry.buttons) && entry.buttons.length) {
      row.classList.add("wide");
      var group = node("div", "buttons");
      entry.buttons.forEach(function (line) {
        var r = node("div");
        line.forEach(function (b) {
          r.appendChild(button(b.label, "choice", function () {
            submit({ kind: "choice", data: String(b.data) }, String(b.label));
          }));
        });
        group.appendChild(r);
      });
      row.appendChild(group);
    }
    log.insertBefore(row, typing);
    return row;
  }
  function add(entry) { state.entries.push(entry); draw(entry); }
  function systemLine(text) {
    var p = node("p", "system", text);
    p.setAttribute("data-testid", "system");
    log.insertBefore(p, typing);
  }

  function drawMenu() {
    menuBar.textContent = "";
    var rows = isRows(state.menu) ? state.menu : [];
    rows.forEach(function (line) {
      var r = node("div");
      line.forEach(function (label) {
        r.appendChild(button(label, "menu-item", function () { submit({ kind: "text", text: String(label) }, String(label)); }));
      });
      menuBar.appendChild(r);
    });
    menuBar.hidden = rows.length === 0;
  }

  /** Draws what the server sent: WebReply of src/web/chat-channel.ts. */
  function show(replies) {
    replies.forEach(function (r) {
      if (!r || typeof r !== "object") return;
      if (r.kind === "text") {
        add({ from: "bot", text: r.text, buttons: r.buttons, qr: r.qr });
        if (r.removeMenu) state.menu = null;
        if (r.menu) state.menu = r.menu;
      } else if (r.kind === "place") {
        add({ from: "bot", venue: { title: r.title, address: r.address, latitude: r.latitude, longitude: r.longitude } });
      }
    });
    drawMenu();
    save();
  }

  function setBusy(on) {
    busy = on;
    send.disabled = on;
    log.setAttribute("aria-busy", on ? "true" : "false");
    typing.hidden = !on;
  }

  /** Sends one input. shown: the resident's bubble (none for the automatic /start); typed: text to give back on failure. */
  function submit(message, shown, typed) {
    if (busy) return false;
    setBusy(true);
    var pending = null;
    if (shown) { pending = draw({ from: "me", text: shown }); pending.classList.add("pending"); }
    scrollDown();
    fetch(API, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ input: message }),
    })
      .then(function (res) {
        if (!res.ok) throw new Error("HTTP " + res.status);
        return res.json();
      })
      .then(function (body) {
        if (pending) { pending.classList.remove("pending"); state.entries.push({ from: "me", text: shown }); }
        show(body && Array.isArray(body.replies) ? body.replies : []);
        // After /forget nothing about the person stays in this browser either.
        if (body && body.forgotten) {
          state.entries = [];
          state.menu = null;
          try { localStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
        }
      }, function () {
        if (pending) pending.remove();
        if (typed) { input.value = input.value ? typed + "\n" + input.value : typed; fit(); }
        systemLine(S.offline);
      })
      .then(function () { setBusy(false); scrollDown(); });
    return true;
  }

  /** "/name rest" is a command; anything else is text. */
  function parse(text) {
    var m = /^\/([A-Za-z0-9_]{1,32})(?:\s+([\s\S]*))?$/.exec(text);
    if (m) return { kind: "command", name: m[1], payload: (m[2] || "").trim().slice(0, 64) };
    return { kind: "text", text: text.slice(0, 4096) };
  }
  function sendTyped() {
    var typed = input.value, text = typed.trim();
    if (!text || busy) return;
    input.value = "";
    fit();
    submit(parse(text), text, typed);
    input.focus();
  }
  function fit() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight + 2, 160) + "px";
  }

  function start(payload) { submit({ kind: "command", name: "start", payload: payload }); }

  form.addEventListener("submit", function (e) { e.preventDefault(); sendTyped(); });
  input.addEventListener("keydown", function (e) {
    // Enter while an input method is composing (pinyin) picks a candidate; it must not send.
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); sendTyped(); }
  });
  input.addEventListener("input", fit);
  document.getElementById("restart").addEventListener("click", function () {
    if (busy) return;
    state = { entries: [], menu: null };
    Array.prototype.slice.call(log.children).forEach(function (el) { if (el !== typing) el.remove(); });
    drawMenu();
    save();
    start("");
  });

  if (restore()) {
    state.entries.forEach(draw);
    drawMenu();
    scrollDown();
  } else {
    var params = new URLSearchParams(location.search);
    start((params.get("start") || "").trim().slice(0, 64));
    // A poster's code binds once; reloading or starting again later must not silently re-bind it.
    if (params.has("start")) {
      params.delete("start");
      var rest = params.toString();
      history.replaceState(null, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
    }
  }
})();
`;

/** `nonce`: this response's CSP nonce; only the script and style that carry it run. */
export function chatPage(lang: Lang, t: Translate, nonce: string): string {
  const strings = { offline: t("chat-offline"), map: t("chat-map-link") };
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0f766e">
<title>${escapeHtml(t("chat-title"))}</title>
<style nonce="${escapeHtml(nonce)}">${style}</style>
</head>
<body>
<header>
  <h1>${escapeHtml(t("chat-title"))}</h1>
  <button type="button" id="restart" data-testid="restart">${escapeHtml(t("chat-restart"))}</button>
</header>
<main id="transcript" data-testid="transcript" role="log" aria-live="polite" aria-busy="false" aria-label="${escapeHtml(t("chat-title"))}">
  <div id="typing" class="typing" aria-hidden="true" hidden>•••</div>
</main>
<nav id="menu" aria-label="${escapeHtml(t("chat-menu-label"))}" hidden></nav>
<form id="composer">
  <label for="input" class="sr-only">${escapeHtml(t("chat-input-label"))}</label>
  <textarea id="input" data-testid="input" rows="1" maxlength="4096" enterkeyhint="send" autocomplete="off"
    placeholder="${escapeHtml(t("chat-placeholder"))}"></textarea>
  <button type="submit" id="send" data-testid="send">${escapeHtml(t("chat-send"))}</button>
</form>
<script type="application/json" id="linli-strings">${scriptJson(strings)}</script>
<script nonce="${escapeHtml(nonce)}">${script}</script>
</body>
</html>`;
}
