/* The operator console: plain script, no framework, no build step. Everything users and operators wrote is put on
   the page with textContent, never as HTML. Live through server-sent events from /api/operator/events. */
(function () {
  "use strict";
  var api = "/api/operator";
  var $ = function (id) { return document.getElementById(id); };
  var me = null, current = null, queue = [], events = null, canned = [];

  function xsrf() {
    var m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return m ? decodeURIComponent(m[1]) : "";
  }

  function call(method, path, body) {
    var init = { method: method, credentials: "same-origin", headers: {} };
    if (method !== "GET") {
      init.headers["X-XSRF-TOKEN"] = xsrf();
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body || {});
    }
    return fetch(api + path, init).then(function (r) {
      if (r.status === 401 && path !== "/login") { showLogin(); }
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (p) {
          var e = new Error(p.detail || ("HTTP " + r.status)); e.status = r.status; throw e;
        });
      }
      return r.status === 204 ? null : r.json();
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function show(id, on) { $(id).classList.toggle("hidden", !on); }

  function showLogin() {
    me = null;
    if (events) { events.close(); events = null; }
    show("login-view", true); show("desk", false); show("admin", false); show("logout", false);
    $("me").textContent = "";
  }

  function start(who) {
    me = who;
    show("login-view", false); show("logout", true);
    $("me").textContent = who.login + (who.role === "admin" ? " (администратор)" : "");
    if (who.role === "admin") { show("admin", true); loadAdmin(); return; }
    show("desk", true);
    loadQueue(); loadCanned(); listen();
  }

  function listen() {
    events = new EventSource(api + "/events");
    events.addEventListener("changed", function (e) {
      var id = JSON.parse(e.data).conversationId;
      loadQueue();
      if (current && current === id) openConversation(id);
    });
    // After a reconnection something may have been missed: reload what is shown.
    events.onopen = function () { loadQueue(); if (current) openConversation(current); };
  }

  function minutes(seconds) {
    return seconds < 60 ? "< 1 мин" : Math.floor(seconds / 60) + " мин";
  }

  var reasons = { UserAsked: "попросил человека", Misunderstood: "бот не понял", FlowValidation: "ошибки в анкете" };
  var channels = { web: "сайт", telegram: "Telegram" };

  function loadQueue() {
    return call("GET", "/queue").then(function (items) {
      queue = items;
      var list = $("queue");
      list.textContent = "";
      if (!items.length) list.appendChild(el("li", "queue-item meta", "Очередь пуста"));
      items.forEach(function (q) {
        var li = el("li", "queue-item");
        li.dataset.id = q.conversationId;
        li.tabIndex = 0;
        li.setAttribute("aria-current", String(q.conversationId === current));
        var badge = q.state === "waiting" ? el("span", "badge", "ждёт " + minutes(q.waitingSeconds))
          : el("span", "badge" + (q.operator === me.login ? " mine" : ""), q.operator === me.login ? "у вас" : "у " + q.operator);
        li.appendChild(badge);
        li.appendChild(el("div", "question", q.lastQuestion || "(без вопроса)"));
        li.appendChild(el("div", "meta", [channels[q.channel] || q.channel, q.language, reasons[q.reason] || q.reason,
          q.outsideHours ? "вне рабочего времени" : ""].filter(Boolean).join(" · ")));
        li.onclick = function () { openConversation(q.conversationId); };
        li.onkeydown = function (e) { if (e.key === "Enter") openConversation(q.conversationId); };
        list.appendChild(li);
      });
    }).catch(function () {});
  }

  function openConversation(id) {
    current = id;
    $("desk").classList.add("open");
    return call("GET", "/conversations/" + encodeURIComponent(id)).then(function (c) {
      if (current !== id) return;
      show("empty", false); show("conversation", true);
      $("conversation-title").textContent = (channels[c.channel] || c.channel) + " · " + c.language + " · " +
        (c.state === "waiting" ? "ждёт консультанта" : c.state === "operator" ? "у " + c.operator : "с ботом");
      var mine = c.state === "operator" && c.operator === me.login;
      $("take").disabled = c.state !== "waiting";
      $("give-back").disabled = !mine; $("transfer").disabled = !mine;
      $("close").disabled = !(mine || c.state === "waiting");
      $("send").disabled = !mine; $("reply").disabled = !mine;
      var log = $("transcript");
      var atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
      log.textContent = "";
      var names = { user: "Пользователь", bot: "Бот", operator: "Консультант" };
      c.messages.forEach(function (m) {
        var item = el("div", "msg " + m.from);
        item.appendChild(el("span", "who", names[m.from] + " · " + new Date(m.at).toLocaleTimeString()));
        item.appendChild(el("span", null, m.pressed ? "[кнопка] " + m.text : m.text));
        log.appendChild(item);
      });
      c.notes.forEach(function (n) {
        var note = el("div", "msg note");
        note.appendChild(el("span", "who", "Заметка " + n.operator + " · " + new Date(n.at).toLocaleTimeString()));
        note.appendChild(el("span", null, n.text));
        log.appendChild(note);
      });
      if (atEnd || log.dataset.id !== id) log.scrollTop = log.scrollHeight;
      log.dataset.id = id;
      fillCanned(c.language);
      Array.prototype.forEach.call($("queue").children, function (li) { li.setAttribute("aria-current", String(li.dataset.id === id)); });
    }).catch(error);
  }

  function error(e) { $("desk-error").textContent = e && e.message ? e.message : ""; }

  function act(path, body) {
    error(null);
    return call("POST", "/conversations/" + encodeURIComponent(current) + path, body)
      .then(function () { return Promise.all([loadQueue(), openConversation(current)]); })
      .catch(error);
  }

  function loadCanned() {
    call("GET", "/canned").then(function (items) { canned = items; }).catch(function () {});
  }

  function fillCanned(language) {
    var select = $("canned");
    select.length = 1;
    canned.filter(function (c) { return c.language === language; }).forEach(function (c) {
      var o = el("option", null, c.title); o.value = c.text; select.appendChild(o);
    });
  }

  function loadAdmin() {
    call("GET", "/admin/accounts").then(function (accounts) {
      var body = $("accounts"); body.textContent = "";
      accounts.forEach(function (a) {
        var tr = el("tr");
        tr.appendChild(el("td", null, a.login));
        tr.appendChild(el("td", null, a.role === "admin" ? "администратор" : "оператор"));
        tr.appendChild(el("td", null, a.disabled ? "отключена" : "активна"));
        var td = el("td");
        var toggle = el("button", null, a.disabled ? "Включить" : "Отключить");
        toggle.type = "button";
        toggle.onclick = function () { adminCall("/admin/accounts/" + encodeURIComponent(a.login) + (a.disabled ? "/enable" : "/disable")); };
        var reset = el("button", null, "Новый пароль");
        reset.type = "button";
        reset.onclick = function () {
          var p = window.prompt("Новый пароль для " + a.login + " (от 8 символов)");
          if (p) adminCall("/admin/accounts/" + encodeURIComponent(a.login) + "/password", { password: p });
        };
        td.appendChild(toggle); td.appendChild(reset); tr.appendChild(td); body.appendChild(tr);
      });
    }).catch(function (e) { $("admin-error").textContent = e.message; });
    call("GET", "/admin/canned").then(function (items) {
      var list = $("canned-list"); list.textContent = "";
      items.forEach(function (c) {
        var li = el("li", null, "[" + c.language + "] " + c.title + ": " + c.text + " ");
        var remove = el("button", null, "Удалить");
        remove.type = "button";
        remove.onclick = function () {
          $("admin-error").textContent = "";
          call("DELETE", "/admin/canned/" + c.id).then(loadAdmin).catch(function (e) { $("admin-error").textContent = e.message; });
        };
        li.appendChild(remove); list.appendChild(li);
      });
    }).catch(function () {});
    loadCampaigns();
  }

  // Survey periods: open (which invites the subscribers not reached yet) and close, with an optional reopening day.
  var CAMPAIGN_STATES = { always_open: "открыт (без кампаний)", open: "открыт", closed: "закрыт" };

  function loadCampaigns() {
    call("GET", "/admin/campaigns").then(function (items) {
      var body = $("campaigns"); body.textContent = "";
      items.forEach(function (c) {
        var tr = el("tr");
        tr.dataset.survey = c.survey;
        var state = CAMPAIGN_STATES[c.state] + (c.reopensOn ? ", откроется " + c.reopensOn : "");
        [c.survey, state, c.period, c.invited, c.respondents].forEach(function (v) { tr.appendChild(el("td", null, String(v))); });
        var path = "/admin/campaigns/" + encodeURIComponent(c.survey);
        var td = el("td");
        var open = el("button", null, "Открыть и пригласить");
        open.type = "button";
        open.onclick = function () {
          var period = window.prompt("Период опроса (год, например 2026)", c.period);
          if (period) adminCall(path + "/open", { period: period.trim() });
        };
        var close = el("button", null, "Закрыть");
        close.type = "button";
        close.onclick = function () {
          var day = window.prompt("Когда откроется следующий опрос (ГГГГ-ММ-ДД)? Можно оставить пустым.", "");
          if (day !== null) adminCall(path + "/close", day.trim() ? { reopensOn: day.trim() } : {});
        };
        td.appendChild(open); td.appendChild(close); tr.appendChild(td); body.appendChild(tr);
      });
    }).catch(function (e) { $("admin-error").textContent = e.message; });
  }

  function adminCall(path, body) {
    $("admin-error").textContent = "";
    return call("POST", path, body).then(loadAdmin).catch(function (e) { $("admin-error").textContent = e.message; });
  }

  // The service gives one refusal for every reason (it does not say whether a login exists), and 429 to an address
  // that failed too often.
  var loginRefusals = {
    401: "Неверный логин или пароль. После пяти неудачных попыток вход под этим логином с этого компьютера закрыт на 15 минут.",
    429: "Слишком много неудачных попыток с этого адреса: подождите минуту."
  };

  $("login-view").onsubmit = function (e) {
    e.preventDefault();
    $("login-error").textContent = "";
    call("POST", "/login", { login: $("login").value, password: $("password").value })
      .then(function (who) { $("password").value = ""; start(who); })
      .catch(function (err) { $("login-error").textContent = loginRefusals[err.status] || err.message; });
  };
  $("logout").onclick = function () { call("POST", "/logout").finally(showLogin); };
  $("take").onclick = function () { act("/claim"); };
  $("give-back").onclick = function () { act("/release"); };
  $("close").onclick = function () { act("/close"); };
  $("transfer").onclick = function () {
    var to = window.prompt("Логин коллеги, которому передать разговор");
    if (to) act("/transfer", { login: to });
  };
  $("back").onclick = function () { current = null; $("desk").classList.remove("open"); loadQueue(); };
  $("canned").onchange = function () { if (this.value) { $("reply").value = this.value; this.selectedIndex = 0; $("reply").focus(); } };
  $("reply-form").onsubmit = function (e) {
    e.preventDefault();
    var text = $("reply").value.trim();
    if (!text) return;
    act("/messages", { text: text }).then(function () { if (!$("desk-error").textContent) $("reply").value = ""; });
  };
  $("reply").onkeydown = function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("reply-form").requestSubmit(); }
  };
  $("note-form").onsubmit = function (e) {
    e.preventDefault();
    var text = $("note").value.trim();
    if (text) act("/notes", { text: text }).then(function () { $("note").value = ""; });
  };
  $("add-account").onsubmit = function (e) {
    e.preventDefault();
    adminCall("/admin/accounts", { login: $("new-login").value, role: $("new-role").value, password: $("new-password").value })
      .then(function () { $("new-password").value = ""; });
  };
  $("add-canned").onsubmit = function (e) {
    e.preventDefault();
    adminCall("/admin/canned", { language: $("canned-lang").value, title: $("canned-title").value, text: $("canned-text").value });
  };

  // A reload keeps the session: ask who is signed in.
  call("GET", "/me").then(start).catch(showLogin);
})();
