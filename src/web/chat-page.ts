// The resident web chat: one self-contained page (inline CSS and JS carrying the response's CSP nonce,
// nothing loaded from elsewhere, so the strict CSP of src/web/security-headers.ts holds). The script sends
// one Input at a time to POST /chat/api/messages and draws the WebReplies (src/web/chat-channel.ts):
// bubbles, inline buttons, a persistent quick-reply menu, phone numbers as tel: links, places with their
// map links, photos and files from staff. A 📷 button sends a photo (made smaller first); what staff send
// meanwhile is fetched from the inbox every few seconds. Message text is only ever set with textContent;
// the page's own words arrive in a JSON data block, and again with every answer, so that a change of
// language or text size shows at once. Sizes are in rem: the browser's own text size is respected.
import type { Lang, TextSize } from "../vocabulary.js";
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
html{height:100%}
body{display:flex;flex-direction:column;height:100vh;height:100dvh;margin:0;background:#eef3f1;color:#1c2925;
  font:1.125rem/1.55 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;
  -webkit-text-size-adjust:100%}
html.large body{font-size:1.375rem}
button{font:inherit;cursor:pointer}
button:focus-visible,a:focus-visible,textarea:focus-visible{outline:3px solid #b45309;outline-offset:2px}
header{display:flex;align-items:center;gap:max(.5rem,8px);padding:.375rem .625rem;padding-top:max(.375rem,env(safe-area-inset-top));
  background:#0f766e;color:#fff;box-shadow:0 1px 3px rgba(0,0,0,.15);z-index:1}
header h1{flex:1;margin:0;font-size:1rem;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#restart{flex:none;min-height:max(3rem,48px);min-width:max(3rem,48px);padding:0 .875rem;background:transparent;color:#fff;border:2px solid #fff;border-radius:999px;font-size:1rem}
#transcript{position:relative;flex:1;overflow-y:auto;overscroll-behavior:contain;padding:.875rem .625rem .5rem;display:flex;flex-direction:column;gap:.625rem}
.row{display:flex;flex-direction:column;max-width:88%}
.row.bot{align-self:flex-start;align-items:flex-start}
.row.me{align-self:flex-end;align-items:flex-end}
.row.wide{width:88%}
.bubble{margin:0;padding:.5em .75em;border-radius:1rem;white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 1px rgba(0,0,0,.08)}
.bot .bubble{background:#fff;border-top-left-radius:.25rem}
.me .bubble{background:#bfeccf;border-top-right-radius:.25rem}
.pending .bubble{opacity:.55}
.bubble strong{display:block}
.bubble svg.qr{display:block;width:220px;max-width:100%;height:auto;margin-top:.5rem}
.bubble a{color:#0b4f49;text-decoration:underline;text-underline-offset:.15em}
.buttons{display:flex;flex-direction:column;gap:max(.5rem,8px);margin-top:.5rem;width:100%}
.buttons div,#menu div{display:flex;gap:max(.5rem,8px)}
.buttons button{flex:1 1 0;min-width:0;min-height:max(3rem,48px);padding:.375rem .5rem;border:2px solid #0f766e;border-radius:.625rem;background:#f6fffb;color:#0b4f49}
.bubble img.photo{display:block;max-width:100%;max-height:60vh;border-radius:.625rem}
.buttons button:active,#menu button:active{background:#d6f3e7}
.maps{display:flex;flex-wrap:wrap;gap:max(.5rem,8px);margin-top:.5rem}
.maps a{display:inline-flex;align-items:center;min-height:max(3rem,48px);padding:0 .75rem;border:2px solid #0f766e;border-radius:.625rem;background:#f6fffb;color:#0b4f49;text-decoration:none}
.system{align-self:center;max-width:90%;margin:0;padding:.25rem .75rem;border-radius:.625rem;background:#fff4e5;color:#9a3412;font-size:1rem;text-align:center}
.typing{align-self:flex-start;padding:.5rem .875rem;border-radius:1rem;background:#fff;color:#4d635c;letter-spacing:3px}
.typing[hidden]{display:none}
#menu{display:flex;flex-direction:column;gap:max(.5rem,8px);padding:.5rem .625rem;background:#f7faf9;border-top:1px solid #6b7f78}
#menu[hidden]{display:none}
#menu button{flex:1 1 0;min-width:0;min-height:max(3rem,48px);padding:.25rem .5rem;border:2px solid #4d635c;border-radius:.625rem;background:#fff;color:#1c2925}
form{display:flex;align-items:flex-end;gap:max(.5rem,8px);padding:.5rem .625rem;padding-bottom:max(.5rem,env(safe-area-inset-bottom));background:#fff;border-top:1px solid #6b7f78}
textarea{flex:1;min-width:0;min-height:max(3rem,48px);max-height:8.5em;resize:none;padding:.5rem .875rem;border:2px solid #4d635c;border-radius:1.5rem;font:inherit;background:#fff;color:inherit}
textarea:focus{border-color:#0f766e;box-shadow:0 0 0 3px rgba(15,118,110,.3)}
textarea::placeholder{color:#5f716b;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#send{flex:none;min-height:max(3rem,48px);min-width:max(3rem,48px);padding:0 1.125rem;border:0;border-radius:1.5rem;background:#0f766e;color:#fff;font-weight:600}
#photo{flex:none;min-height:max(3rem,48px);min-width:max(3rem,48px);border:2px solid #0f766e;border-radius:1.5rem;background:#f6fffb;font-size:1.25rem}
#send:disabled{opacity:.6}
dialog{max-width:min(24rem,92vw);padding:1rem;border:2px solid #0f766e;border-radius:1rem;color:#1c2925;background:#fff}
dialog::backdrop{background:rgba(0,0,0,.45)}
dialog p{margin:0 0 1rem}
dialog div{display:flex;gap:max(.5rem,8px)}
dialog button{flex:1 1 0;min-height:max(3rem,48px);padding:.25rem .5rem;border:2px solid #0f766e;border-radius:.625rem;background:#f6fffb;color:#0b4f49}
dialog button.go{background:#0f766e;color:#fff}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
@media (min-width:700px){body{max-width:680px;margin:0 auto;box-shadow:0 0 12px rgba(0,0,0,.08)}}
@media (max-height:34rem){
  header{padding-top:.125rem;padding-bottom:.125rem}
  #menu{flex-direction:row;overflow-x:auto;padding-top:.375rem;padding-bottom:.375rem}
  #menu div{display:contents}
  #menu button{flex:0 0 auto;white-space:nowrap}
  form{padding-top:.375rem}
}
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
  var confirmBox = document.getElementById("confirm");
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
  function link(text, href, testid) {
    var a = node("a", "", text);
    a.href = href;
    if (testid) a.setAttribute("data-testid", testid);
    if (/^https:/.test(href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  function isRows(v) { return Array.isArray(v) && v.every(Array.isArray); }
  function safeHref(href) { return typeof href === "string" && /^(tel:\+?\d{3,15}|geo:[-\d.,]+\?q=|https:\/\/(uri\.amap\.com|api\.map\.baidu\.com)\/)/.test(href); }

  /** The page's own words, language and text size, as the server says they are now. */
  function frame(page) {
    if (!page || typeof page !== "object") return;
    if (page.words && typeof page.words === "object") S = page.words;
    var root = document.documentElement;
    if (page.lang) root.lang = page.lang === "zh" ? "zh-CN" : "en";
    root.classList.toggle("large", page.textSize === "large");
    document.title = S.title;
    document.getElementById("title").textContent = S.title;
    document.getElementById("restart").textContent = S.restart;
    document.getElementById("input-label").textContent = S.inputLabel;
    send.textContent = S.send;
    document.getElementById("photo").setAttribute("aria-label", S.photo);
    input.placeholder = S.placeholder;
    menuBar.setAttribute("aria-label", S.menuLabel);
    log.setAttribute("aria-label", S.title);
    document.getElementById("confirm-text").textContent = S.restartConfirm;
    document.getElementById("confirm-yes").textContent = S.restartYes;
    document.getElementById("confirm-no").textContent = S.restartNo;
  }

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

  /** Text with its links (phone numbers to call): each link's text, found in order, becomes a link. */
  function fill(bubble, text, links) {
    var at = 0;
    (Array.isArray(links) ? links : []).forEach(function (l) {
      if (!l || typeof l.text !== "string" || !safeHref(l.href)) return;
      var i = text.indexOf(l.text, at);
      if (i < 0) return;
      bubble.appendChild(document.createTextNode(text.slice(at, i)));
      bubble.appendChild(link(l.text, l.href, "tel"));
      at = i + l.text.length;
    });
    bubble.appendChild(document.createTextNode(text.slice(at)));
  }

  /** Draws one transcript entry: {from: "me"|"bot", text, links?, buttons?} or {from: "bot", venue}. */
  function draw(entry) {
    var row = node("div", "row " + (entry.from === "me" ? "me" : "bot"));
    var bubble = node("div", "bubble");
    bubble.setAttribute("data-testid", entry.from === "me" ? "bubble-me" : "bubble-bot");
    var v = entry.venue;
    if (entry.media && /^\/chat\/media\/[0-9a-f]{32}$/.test(String(entry.media.src))) {
      // A photo, a sound or a file of this chat, from our own media store only.
      var m = entry.media, el;
      if (m.kind === "image") { el = node("img", "photo"); el.alt = S.photo; }
      else if (m.kind === "audio") { el = node("audio"); el.controls = true; }
      else { el = node("a", "", m.name || S.file); el.download = ""; }
      if (m.kind === "file") el.href = m.src; else el.src = m.src;
      bubble.appendChild(el);
    } else if (v) {
      bubble.appendChild(node("strong", "", v.title));
      bubble.appendChild(node("span", "", v.address));
      var maps = v.maps || {};
      var links = node("div", "maps");
      if (safeHref(maps.web)) links.appendChild(link(maps.app === "baidu" ? S.mapBaidu : S.mapAmap, maps.web, "map-web"));
      if (safeHref(maps.geo)) links.appendChild(link(S.mapGeo, maps.geo, "map-geo"));
      if (links.children.length) bubble.appendChild(links);
    } else {
      fill(bubble, String(entry.text == null ? "" : entry.text), entry.links);
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
            if (String(b.data) === "@location") return sendLocation(String(b.label));
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
  function add(entry) { state.entries.push(entry); return draw(entry); }
  function systemLine(text) {
    // The same notice twice in a row is said once (a resident tapping on while over a limit).
    var last = typing.previousElementSibling;
    if (last && last.getAttribute("data-testid") === "system" && last.textContent === text) return;
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

  /** Draws what the server sent: WebReply of src/web/chat-channel.ts. Gives back the first new row. */
  function show(replies) {
    var first = null;
    replies.forEach(function (r) {
      if (!r || typeof r !== "object") return;
      var row = null;
      if (r.kind === "text") {
        row = add({ from: "bot", text: r.text, links: r.links, buttons: r.buttons, qr: r.qr });
        if (r.removeMenu) state.menu = null;
        if (r.menu) state.menu = r.menu;
      } else if (r.kind === "place") {
        row = add({ from: "bot", venue: { title: r.title, address: r.address, maps: r.maps } });
      } else if (r.kind === "image" || r.kind === "audio" || r.kind === "file") {
        row = add({ from: "bot", media: { kind: r.kind, src: r.src, name: r.name } });
      }
      first = first || row;
    });
    drawMenu();
    save();
    return first;
  }

  /** A new answer is read from its top: a long card must not open at its end. */
  function reveal(first) {
    if (!first) return scrollDown();
    var top = Math.max(0, first.offsetTop - 8);
    if (log.scrollHeight - top > log.clientHeight) log.scrollTop = top;
    else scrollDown();
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
    var pending = null, first = null;
    if (shown) { pending = draw({ from: "me", text: shown }); pending.classList.add("pending"); }
    scrollDown();
    // 503: the server is busy for a moment (the database is locked or full); say so and try again by
    // itself after Retry-After, a few times. 429: too fast; say so once and give the text back.
    function attempt(tries) {
      return fetch(API, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ input: message }),
      }).then(function (res) {
        var wait = Math.min(30, Math.max(1, Number(res.headers.get("Retry-After")) || 2));
        if (res.status === 503 && tries < 5) {
          systemLine(S.busy);
          return new Promise(function (resolve) { setTimeout(resolve, wait * 1000); }).then(function () { return attempt(tries + 1); });
        }
        if (res.status === 429) { var e = new Error("HTTP 429"); e.tooFast = true; throw e; }
        if (!res.ok) throw new Error("HTTP " + res.status);
        return res.json();
      });
    }
    attempt(0)
      .then(function (body) {
        if (pending) { pending.classList.remove("pending"); state.entries.push({ from: "me", text: shown }); }
        if (body) frame(body.page);
        first = show(body && Array.isArray(body.replies) ? body.replies : []);
        // After a deletion nothing about the person stays in this browser either.
        if (body && body.forgotten) {
          state.entries = [];
          try { localStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
        }
      }, function (error) {
        if (pending) pending.remove();
        if (typed) { input.value = input.value ? typed + "\n" + input.value : typed; fit(); }
        systemLine(error && error.tooFast ? S.tooFast : S.offline);
      })
      .then(function () { setBusy(false); reveal(first); });
    return true;
  }

  // What staff send arrives in the inbox: fetched every few seconds while the page is open, and at once
  // when it comes back into view. What was drawn is acknowledged, and the server lets it go.
  var lastInbox = 0, polling = false;
  function poll() {
    if (polling || document.hidden) return;
    polling = true;
    fetch("/chat/api/inbox?after=" + lastInbox, { credentials: "same-origin" })
      .then(function (res) { return res.ok ? res.json() : { messages: [] }; })
      .then(function (body) {
        var messages = body && Array.isArray(body.messages) ? body.messages : [];
        if (messages.length === 0) return;
        messages.forEach(function (m) { show(Array.isArray(m.replies) ? m.replies : []); lastInbox = Math.max(lastInbox, Number(m.id) || 0); });
        scrollDown();
        return fetch("/chat/api/inbox/ack", { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: JSON.stringify({ upTo: lastInbox }) });
      })
      .catch(function () { /* offline: the next poll tries again */ })
      .then(function () { polling = false; });
  }
  setInterval(poll, 3000);
  document.addEventListener("visibilitychange", poll);

  // A photo from the camera or the gallery, made smaller here (at most 1600 px, JPEG) before it is sent.
  var photoInput = document.getElementById("photo-input");
  document.getElementById("photo").addEventListener("click", function () { if (!busy) photoInput.click(); });
  photoInput.addEventListener("change", function () {
    var file = photoInput.files && photoInput.files[0];
    photoInput.value = "";
    if (!file || busy) return;
    var img = new Image(), url = URL.createObjectURL(file);
    img.onload = function () {
      var scale = Math.min(1, 1600 / Math.max(img.width, img.height));
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(img.width * scale); canvas.height = Math.round(img.height * scale);
      canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob(function (blob) { if (blob) sendPhoto(blob); }, "image/jpeg", 0.85);
    };
    img.onerror = function () { URL.revokeObjectURL(url); sendPhoto(file); };
    img.src = url;
  });
  // The browser's position, asked only when the person taps the button (a report's place).
  function sendLocation(label) {
    if (busy) return;
    if (!navigator.geolocation) { systemLine(S.noLocation); return; }
    navigator.geolocation.getCurrentPosition(function (pos) {
      submit({ kind: "location", latitude: pos.coords.latitude, longitude: pos.coords.longitude }, label);
    }, function () { systemLine(S.noLocation); }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  }
  function sendPhoto(blob) {
    setBusy(true);
    fetch("/chat/api/photos", { method: "POST", credentials: "same-origin", headers: { "content-type": blob.type || "image/jpeg" }, body: blob })
      .then(function (res) { return res.json().then(function (body) { return { ok: res.ok, body: body }; }); })
      .then(function (r) {
        if (!r.ok) { systemLine(r.body && r.body.error ? String(r.body.error) : S.offline); return; }
        add({ from: "me", media: { kind: "image", src: r.body.photo } });
        show(Array.isArray(r.body.replies) ? r.body.replies : []);
      }, function () { systemLine(S.offline); })
      .then(function () { setBusy(false); scrollDown(); });
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
    input.style.height = Math.min(input.scrollHeight + 4, 8 * parseFloat(getComputedStyle(input).fontSize)) + "px";
  }

  function start(payload) { submit({ kind: "command", name: "start", payload: payload }); }
  function restart() {
    if (busy) return;
    state = { entries: [], menu: null };
    Array.prototype.slice.call(log.children).forEach(function (el) { if (el !== typing) el.remove(); });
    drawMenu();
    save();
    start("");
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); sendTyped(); });
  input.addEventListener("keydown", function (e) {
    // Enter while an input method is composing (pinyin) picks a candidate; it must not send.
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); sendTyped(); }
  });
  input.addEventListener("input", fit);
  // Starting again clears the page: it asks first.
  document.getElementById("restart").addEventListener("click", function () {
    if (busy) return;
    if (typeof confirmBox.showModal === "function") confirmBox.showModal();
    else if (window.confirm(S.restartConfirm)) restart();
  });
  document.getElementById("confirm-yes").addEventListener("click", function () { confirmBox.close(); restart(); });
  document.getElementById("confirm-no").addEventListener("click", function () { confirmBox.close(); });

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

/** The page's own words (its frame around the conversation), sent with the page and with every answer. */
export function pageWords(t: Translate) {
  return {
    title: t("chat-title"),
    placeholder: t("chat-placeholder"),
    send: t("chat-send"),
    offline: t("chat-offline"),
    tooFast: t("chat-too-fast"),
    busy: t("chat-busy"),
    restart: t("chat-restart"),
    restartConfirm: t("chat-restart-confirm"),
    restartYes: t("chat-restart-yes"),
    restartNo: t("chat-restart-no"),
    inputLabel: t("chat-input-label"),
    menuLabel: t("chat-menu-label"),
    mapGeo: t("chat-map-geo"),
    mapAmap: t("chat-map-amap"),
    mapBaidu: t("chat-map-baidu"),
    photo: t("chat-photo"),
    noLocation: t("chat-no-location"),
    file: t("chat-file"),
  };
}

/** `nonce`: this response's CSP nonce; only the script and style that carry it run. */
export function chatPage(lang: Lang, t: Translate, nonce: string, preferences: { textSize: TextSize } = { textSize: "normal" }): string {
  const words = pageWords(t);
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}"${preferences.textSize === "large" ? ' class="large"' : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0f766e">
<title>${escapeHtml(words.title)}</title>
<style nonce="${escapeHtml(nonce)}">${style}</style>
</head>
<body>
<header>
  <h1 id="title">${escapeHtml(words.title)}</h1>
  <button type="button" id="restart" data-testid="restart">${escapeHtml(words.restart)}</button>
</header>
<main id="transcript" data-testid="transcript" role="log" aria-live="polite" aria-busy="false" aria-label="${escapeHtml(words.title)}">
  <div id="typing" class="typing" aria-hidden="true" hidden>•••</div>
</main>
<nav id="menu" aria-label="${escapeHtml(words.menuLabel)}" hidden></nav>
<form id="composer">
  <label for="input" id="input-label" class="sr-only">${escapeHtml(words.inputLabel)}</label>
  <textarea id="input" data-testid="input" rows="1" maxlength="4096" enterkeyhint="send" autocomplete="off"
    placeholder="${escapeHtml(words.placeholder)}"></textarea>
  <button type="button" id="photo" data-testid="photo" aria-label="${escapeHtml(words.photo)}">📷</button>
  <input type="file" id="photo-input" data-testid="photo-input" accept="image/*" hidden>
  <button type="submit" id="send" data-testid="send">${escapeHtml(words.send)}</button>
</form>
<dialog id="confirm" data-testid="confirm" aria-labelledby="confirm-text">
  <p id="confirm-text">${escapeHtml(words.restartConfirm)}</p>
  <div>
    <button type="button" id="confirm-yes" class="go" data-testid="confirm-yes">${escapeHtml(words.restartYes)}</button>
    <button type="button" id="confirm-no" data-testid="confirm-no">${escapeHtml(words.restartNo)}</button>
  </div>
</dialog>
<script type="application/json" id="linli-strings">${scriptJson(words)}</script>
<script nonce="${escapeHtml(nonce)}">${script}</script>
</body>
</html>`;
}
