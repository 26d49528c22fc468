/* The ChatBot web chat widget: one script, no framework, no requests to anyone but its own service.
   Embed: <script src="https://HOST/widget.js" data-lang="ru" data-source="tax-page" defer></script>
   data-source (optional) names the page or campaign for the reports: 1-40 of a-z 0-9 _ -; the service ignores anything else.
   Everything users, operators and the knowledge base write is put on the page as text (textContent), never as HTML. */
(function () {
  "use strict";
  var TEXTS = /*TEXTS*/null;
  var script = document.currentScript || document.querySelector("script[src*='widget.js']");
  if (!script || !TEXTS || window.__chatbotWidget) return;
  window.__chatbotWidget = true;

  var origin = new URL(script.src, location.href).origin;
  var api = origin + "/api/chat/conversations";
  var storeKey = "chatbot-widget:" + origin;
  var saved = load();
  var lang = TEXTS[saved.lang] ? saved.lang : script.getAttribute("data-lang") === "kk" ? "kk" : "ru";
  var chat = saved.id && saved.token ? { id: saved.id, token: saved.token } : null;
  var trafficSource = script.getAttribute("data-source");
  var starting = null, source = null, connecting = false, cursor = 0, retryDelay = 1000, busy = 0, unread = false;

  var CSS =
    ":host{all:initial}*{box-sizing:border-box;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}" +
    "[hidden]{display:none!important}button{font:inherit;cursor:pointer}:focus-visible{outline:3px solid #f5a623;outline-offset:2px}" +
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
    ".launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:60px;height:60px;border-radius:50%;border:0;" +
    "background:#0b5cad;color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.3);display:grid;place-items:center}" +
    "svg{width:24px;height:24px;fill:currentColor}.launcher svg{width:30px;height:30px}" +
    ".unread::after{content:'';position:absolute;top:3px;right:3px;width:14px;height:14px;border-radius:50%;background:#d93025;border:2px solid #fff}" +
    ".panel{position:fixed;right:20px;bottom:92px;z-index:2147483000;width:380px;max-width:calc(100vw - 40px);height:580px;" +
    "max-height:calc(100vh - 112px);display:flex;flex-direction:column;background:#fff;color:#1a1a1a;border-radius:14px;" +
    "box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden;font-size:15px;line-height:1.4;animation:in .2s ease-out}" +
    "@keyframes in{from{opacity:0;transform:translateY(12px)}}" +
    "header{display:flex;flex-wrap:wrap;align-items:center;gap:6px 8px;padding:8px 8px 10px 14px;background:#0b5cad;color:#fff}" +
    "h2{flex:1 1 0;min-width:0;margin:0;font-size:16px;font-weight:600;line-height:1.25}.bar{flex-basis:100%}" +
    ".langs{display:inline-flex;border:1px solid #fff;border-radius:8px;overflow:hidden}" +
    ".langs button{border:0;background:none;color:#fff;padding:5px 8px;font-size:13px}" +
    ".langs [aria-pressed=true]{background:#fff;color:#0b5cad;font-weight:600}" +
    ".close{border:0;background:none;color:#fff;width:40px;height:40px;border-radius:8px;display:grid;place-items:center;flex:none}" +
    ".log{position:relative;flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f3f5f8}" +
    ".msg{max-width:88%;padding:8px 12px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}.msg p{margin:0}" +
    ".bot{align-self:flex-start;background:#fff;border:1px solid #d9e0e8}" +
    ".operator{align-self:flex-start;background:#fff5dc;border:1px solid #ecd08a}" +
    ".user{align-self:flex-end;background:#0b5cad;color:#fff}" +
    ".who{display:block;font-size:12px;font-weight:700;color:#7a4d00}" +
    ".links{display:flex;flex-direction:column;gap:4px;margin-top:6px;white-space:normal}.links a{color:#0b5cad}" +
    ".quick{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px;white-space:normal}" +
    ".quick button{border:1px solid #0b5cad;background:#fff;color:#0b5cad;border-radius:16px;padding:6px 12px;font-size:14px;text-align:left}" +
    ".quick button:hover{background:#e7f0fa}" +
    ".typing{display:none;align-items:center;gap:8px;padding:4px 14px 8px;color:#55606b;font-size:13px;background:#f3f5f8}" +
    ".typing.on{display:flex}.dots i{display:inline-block;width:6px;height:6px;margin-right:3px;border-radius:50%;" +
    "background:#7a8794;animation:b .9s infinite alternate}.dots i:nth-child(2){animation-delay:.3s}.dots i:nth-child(3){animation-delay:.6s}" +
    "@keyframes b{to{opacity:.2}}" +
    ".notice{margin:0;padding:8px 14px;background:#fdecea;color:#8a1c12;font-size:14px}" +
    "form{display:flex;gap:8px;padding:10px;border-top:1px solid #d9e0e8;background:#fff}" +
    "textarea{flex:1;resize:none;font:inherit;padding:8px 10px;border:1px solid #aab4bf;border-radius:10px;max-height:120px;color:inherit}" +
    ".send{width:46px;border:0;border-radius:10px;background:#0b5cad;color:#fff;display:grid;place-items:center}" +
    "@media (max-width:480px){.panel{inset:0;width:auto;max-width:none;height:auto;max-height:none;border-radius:0}" +
    ".launcher{right:16px;bottom:16px}.open .launcher{display:none}}" +
    "@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}";

  var ICON_CHAT = '<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>';
  var ICON_CLOSE = '<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z"/></svg>';
  var ICON_SEND = '<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M3 20.5 21.5 12 3 3.5V10l13 2-13 2z"/></svg>';

  var host = document.createElement("div");
  host.setAttribute("data-chatbot-widget", "");
  var root = host.attachShadow({ mode: "open" });
  // A constructed style sheet is outside any Content-Security-Policy, so a portal's strict policy does not strip the
  // widget's looks; a <style> element only where a browser cannot construct one.
  var inlineStyle = "";
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch (e) {
    inlineStyle = "<style>" + CSS + "</style>";
  }
  // A fixed skeleton of our own; no received text ever goes through innerHTML.
  root.innerHTML = inlineStyle + "<div class='w'>" +
    "<button class='launcher' type='button' aria-controls='p' aria-expanded='false'>" + ICON_CHAT + "</button>" +
    "<section class='panel' id='p' role='dialog' aria-labelledby='h' hidden><header><h2 id='h'></h2>" +
    "<button class='close' type='button'>" + ICON_CLOSE + "</button>" +
    "<div class='bar'><div class='langs' role='group'><button type='button' data-lang='ru' lang='ru'>Русский</button>" +
    "<button type='button' data-lang='kk' lang='kk'>Қазақша</button></div></div></header>" +
    "<div class='log' role='log' aria-live='polite' tabindex='0'></div>" +
    "<div class='typing' role='status'><span class='dots' aria-hidden='true'><i></i><i></i><i></i></span><span></span></div>" +
    "<p class='notice' role='alert' hidden></p>" +
    "<form><label class='sr' for='i'></label><textarea id='i' rows='1' maxlength='4000' autocomplete='off'></textarea>" +
    "<button class='send' type='submit'>" + ICON_SEND + "</button></form></section></div>";

  function $(selector) { return root.querySelector(selector); }
  var wrap = $(".w"), launcher = $(".launcher"), panel = $(".panel"), log = $(".log"), typingBox = $(".typing");
  var notice = $(".notice"), form = $("form"), input = $("textarea"), langButtons = root.querySelectorAll(".langs button");

  function t(key) { return TEXTS[lang][key]; }

  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  }

  function save() {
    try {
      localStorage.setItem(storeKey, JSON.stringify({ id: chat && chat.id, token: chat && chat.token, lang: lang, open: !panel.hidden }));
    } catch (e) { /* storage blocked: the chat still works until the page is left */ }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function applyTexts() {
    panel.setAttribute("lang", lang);
    launcher.setAttribute("aria-label", t("open") + (unread ? ". " + t("unread") : ""));
    launcher.classList.toggle("unread", unread);
    $("h2").textContent = t("title");
    $(".close").setAttribute("aria-label", t("close"));
    $(".langs").setAttribute("aria-label", t("language"));
    log.setAttribute("aria-label", t("log"));
    $("label").textContent = t("input");
    input.placeholder = t("placeholder");
    $(".send").setAttribute("aria-label", t("send"));
    typingBox.lastChild.textContent = busy ? t("typing") : "";
    langButtons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-lang") === lang)); });
  }

  // Quick replies belong to the bot's latest turn: once the user says something, the old ones go.
  function clearQuickReplies() {
    root.querySelectorAll(".quick").forEach(function (q) { q.remove(); });
  }

  function render(m) {
    var from = m.from === "user" || m.from === "operator" ? m.from : "bot";
    var item = el("div", "msg " + from);
    item.appendChild(el("span", from === "operator" ? "who" : "sr", t(from === "user" ? "you" : from) + (from === "operator" ? "" : ": ")));
    item.appendChild(el("p", "", m.text));
    var links = (m.links || []).filter(function (l) { return /^https?:\/\//i.test(l.url); });
    if (links.length) {
      var box = item.appendChild(el("div", "links"));
      links.forEach(function (l) {
        var a = box.appendChild(el("a", "", l.title));
        a.href = l.url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        a.appendChild(el("span", "sr", " " + t("new_tab")));
      });
    }

    // A file comes inside the message (base64); a Blob keeps it on the page, with the name it was sent with.
    var file = m.attachment;
    if (file && file.content && file.fileName) {
      var bytes = Uint8Array.from(atob(file.content), function (c) { return c.charCodeAt(0); });
      var download = item.appendChild(el("div", "links")).appendChild(el("a", "file", "\u2B07 " + t("download") + ": " + file.fileName));
      download.href = URL.createObjectURL(new Blob([bytes], { type: file.mediaType || "application/octet-stream" }));
      download.download = file.fileName;
    }

    if (from === "user") clearQuickReplies();
    if (from !== "user" && m.buttons && m.buttons.length) {
      var quick = item.appendChild(el("div", "quick"));
      m.buttons.forEach(function (b) {
        quick.appendChild(el("button", "", b.title)).addEventListener("click", function () {
          send({ payload: b.payload }, b.title);
        });
      });
    }

    return log.appendChild(item);
  }

  // New replies are read from their start: the view goes to the first of them unless all fit below it.
  function show(messages) {
    var first = null;
    // Every message is drawn; the view goes to the first of them (a turn may answer with several).
    messages.forEach(function (m) { var item = render(m); first = first || item; });
    if (first) log.scrollTop = first.offsetTop - 8;
    // A message that arrives while the panel is closed (an operator's reply) marks the launcher.
    if (first && panel.hidden) {
      unread = true;
      applyTexts();
    }
  }

  function typing(delta) {
    busy += delta;
    typingBox.classList.toggle("on", busy > 0);
    typingBox.lastChild.textContent = busy > 0 ? t("typing") : "";
  }

  function showNotice(key) {
    notice.textContent = t(key);
    notice.hidden = false;
  }

  function newId() {
    return Array.prototype.map.call(crypto.getRandomValues(new Uint8Array(16)), function (b) {
      return (b + 256).toString(16).slice(1);
    }).join("");
  }

  function request(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (chat) headers.Authorization = "Bearer " + chat.token;
    // Sent with every message: the page the user is on now starts their next session.
    if (body && trafficSource) body.source = trafficSource;
    return fetch(api + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (response) {
        if (!response.ok) {
          var error = new Error("HTTP " + response.status);
          error.status = response.status;
          throw error;
        }
        return response.json();
      });
  }

  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  // A network failure is retried with the same clientMessageId: the service answers a message once.
  function post(body, attempt) {
    return request("POST", "/" + chat.id + "/messages", body).catch(function (error) {
      if (error.status || attempt >= 2) throw error;
      return wait(1000 * (attempt + 1)).then(function () { return post(body, attempt + 1); });
    });
  }

  function start() {
    if (chat) return Promise.resolve();
    if (!starting) {
      typing(1);
      starting = request("POST", "", { lang: lang }).then(function (res) {
        chat = { id: res.conversationId, token: res.token };
        save();
        show(res.replies);
        connect();
      }).finally(function () {
        starting = null;
        typing(-1);
      });
    }
    return starting;
  }

  function fail(error) {
    forgetIfUnknown(error);
    showNotice(error.status === 429 ? "rate_limited" : error.status ? "error" : "offline");
  }

  // The service no longer knows this chat (its data was reset): the next message starts a new one.
  function forgetIfUnknown(error) {
    if (error.status !== 401 && error.status !== 404) return false;
    chat = null;
    if (source) source.close();
    source = null;
    save();
    return true;
  }

  function send(body, shown) {
    notice.hidden = true;
    if (shown) {
      render({ from: "user", text: shown });
      log.scrollTop = log.scrollHeight;
    }
    body.clientMessageId = newId();
    typing(1);
    return start()
      .then(function () { return post(body, 0); })
      .then(function (res) { show(res.replies); })
      .catch(fail)
      .finally(function () { typing(-1); });
  }

  // Live messages (an operator's reply, a reminder). The stream's URL carries a one-minute ticket, never the token:
  // URLs are logged on the way. EventSource reconnects by itself with Last-Event-ID; once its ticket has expired it is
  // refused and gives up, and a new stream with a new ticket resumes from the last event seen.
  function connect() {
    if (source || connecting || !chat || !window.EventSource) return;
    var of = chat;
    connecting = true;
    request("POST", "/" + encodeURIComponent(of.id) + "/events/ticket").then(function (res) {
      connecting = false;
      if (chat !== of) return connect();
      source = new EventSource(api + "/" + encodeURIComponent(of.id) + "/events?ticket=" + encodeURIComponent(res.ticket) +
        "&lastEventId=" + cursor);
      source.onopen = function () { retryDelay = 1000; };
      source.onmessage = function (e) {
        cursor = Number(e.lastEventId) || cursor;
        show([JSON.parse(e.data)]);
      };
      source.onerror = function () {
        if (source.readyState !== 2) return;
        source = null;
        reconnect();
      };
    }, function (error) {
      connecting = false;
      if (chat === of && !forgetIfUnknown(error)) reconnect();
    });
  }

  function reconnect() {
    setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  function restore() {
    return request("GET", "/" + chat.id + "/history").then(function (res) {
      if (TEXTS[res.lang]) lang = res.lang;
      applyTexts();
      res.messages.forEach(render);
      log.scrollTop = log.scrollHeight;
      cursor = res.lastEventId;
      connect();
    }, fail);
  }

  function setOpen(open, moveFocus) {
    panel.hidden = !open;
    if (open) unread = false;
    applyTexts();
    wrap.classList.toggle("open", open);
    launcher.setAttribute("aria-expanded", String(open));
    save();
    if (open && !chat) start().catch(fail);
    if (moveFocus) (open ? input : launcher).focus();
  }

  function switchLanguage(next) {
    if (next === lang) return;
    lang = next;
    applyTexts();
    save();
    // The bot confirms in the new language and answers in it from now on; no bubble for the user's click.
    if (chat) send({ payload: "lang:" + next }, null);
  }

  launcher.addEventListener("click", function () { setOpen(panel.hidden, true); });
  $(".close").addEventListener("click", function () { setOpen(false, true); });
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") setOpen(false, true);
  });
  langButtons.forEach(function (b) {
    b.addEventListener("click", function () { switchLanguage(b.getAttribute("data-lang")); });
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  input.addEventListener("input", function () {
    input.style.height = "auto";
    input.style.height = input.scrollHeight + "px";
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    if (text.length > 4000) return showNotice("too_long");
    input.value = "";
    input.style.height = "auto";
    send({ text: text }, text);
  });

  applyTexts();
  document.body.appendChild(host);
  (chat ? restore() : Promise.resolve()).then(function () {
    // A reload keeps the panel as it was, without taking the focus from the page.
    if (saved.open) setOpen(true, false);
  });
})();
