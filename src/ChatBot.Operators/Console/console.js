/* The operator console: plain script, no framework, no build step. Everything users and operators wrote is put on
   the page with textContent, never as HTML. Live through server-sent events from /api/operator/events.
   Its labels come from /api/operator/labels (the console_ texts of texts.yaml) in Russian or Kazakh: the language
   chosen in the header, kept with the operator's account (and in this browser for the login page). */
(function () {
  "use strict";
  var C = ChatBotConsole, api = C.api, $ = C.$, el = C.el, show = C.show, t = C.t, call = C.call, stored = C.storedLanguage;
  var me = null, current = null, queue = [], events = null, canned = [];

  // Loads the labels of a language and puts them on the page; what is drawn from data is drawn again.
  function useLanguage(code) {
    return C.useLanguage(code)
      .then(function () {
        if (me) {
          showMe();
          if (me.role === "admin") { loadAdmin(); } else { loadQueue(); if (current) openConversation(current); }
        }
      })
      .catch(function () {});
  }

  C.whenSignedOut(showLogin);

  function showLogin() {
    me = null;
    if (events) { events.close(); events = null; }
    show("login-view", true); show("desk", false); show("admin", false); show("reports", false); show("logout", false); show("inbox-link", false); show("applications", false);
    $("me").textContent = "";
  }

  function showMe() { $("me").textContent = me.login + (me.role === "admin" ? " " + t("admin_suffix") : ""); }

  function start(who) {
    me = who;
    show("login-view", false); show("logout", true);
    if (who.language && who.language !== C.language()) useLanguage(who.language);
    showMe();
    // Editors work on the knowledge page, which links to the review inbox; admins find both from their page.
    if (who.role === "editor") { window.location.assign("/operator/knowledge"); return; }
    if (who.role === "admin") { show("admin", true); show("reports", true); show("inbox-link", true); loadAdmin(); readyReports(); return; }
    show("desk", true); show("applications", true);
    loadQueue(); loadCanned(); listen(); loadApplications();
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
    return seconds < 60 ? t("under_a_minute") : t("minutes", { minutes: Math.floor(seconds / 60) });
  }

  var reasons = { UserAsked: "reason_user_asked", Misunderstood: "reason_misunderstood", FlowValidation: "reason_flow_validation" };
  function reason(r) { return reasons[r] ? t(reasons[r]) : r; }
  function channel(c) { return c === "web" ? t("channel_web") : c === "telegram" ? "Telegram" : c; }

  function loadQueue() {
    return call("GET", "/queue").then(function (items) {
      queue = items;
      var list = $("queue");
      list.textContent = "";
      if (!items.length) list.appendChild(el("li", "queue-item meta", t("queue_empty")));
      items.forEach(function (q) {
        var li = el("li", "queue-item");
        li.dataset.id = q.conversationId;
        li.tabIndex = 0;
        li.setAttribute("aria-current", String(q.conversationId === current));
        var badge = q.state === "waiting" ? el("span", "badge", t("waiting_for", { minutes: minutes(q.waitingSeconds) }))
          : el("span", "badge" + (q.operator === me.login ? " mine" : ""), q.operator === me.login ? t("yours") : t("with_operator", { login: q.operator }));
        li.appendChild(badge);
        li.appendChild(el("div", "question", q.lastQuestion || t("no_question")));
        li.appendChild(el("div", "meta", [channel(q.channel), q.language, reason(q.reason),
          q.outsideHours ? t("outside_hours") : ""].filter(Boolean).join(" · ")));
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
      $("conversation-title").textContent = channel(c.channel) + " · " + c.language + " · " +
        (c.state === "waiting" ? t("state_waiting") : c.state === "operator" ? t("with_operator", { login: c.operator }) : t("state_bot"));
      var mine = c.state === "operator" && c.operator === me.login;
      $("take").disabled = c.state !== "waiting";
      $("give-back").disabled = !mine; $("transfer").disabled = !mine;
      $("close").disabled = !(mine || c.state === "waiting");
      $("send").disabled = !mine; $("reply").disabled = !mine;
      var log = $("transcript");
      var atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
      log.textContent = "";
      c.messages.forEach(function (m) {
        var item = el("div", "msg " + m.from);
        item.appendChild(el("span", "who", t("from_" + m.from) + " · " + new Date(m.at).toLocaleTimeString()));
        item.appendChild(el("span", null, m.pressed ? t("pressed") + " " + m.text : m.text));
        log.appendChild(item);
      });
      c.notes.forEach(function (n) {
        var note = el("div", "msg note");
        note.appendChild(el("span", "who", t("note_by", { login: n.operator }) + " · " + new Date(n.at).toLocaleTimeString()));
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
    select.options[0].textContent = t("canned");
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
        tr.appendChild(el("td", null, t("role_" + a.role)));
        tr.appendChild(el("td", null, a.disabled ? t("disabled") : t("active")));
        var td = el("td");
        var toggle = el("button", null, a.disabled ? t("enable") : t("disable"));
        toggle.type = "button";
        toggle.onclick = function () { adminCall("/admin/accounts/" + encodeURIComponent(a.login) + (a.disabled ? "/enable" : "/disable")); };
        var reset = el("button", null, t("new_password"));
        reset.type = "button";
        reset.onclick = function () {
          var p = window.prompt(t("new_password_prompt", { login: a.login }));
          if (p) adminCall("/admin/accounts/" + encodeURIComponent(a.login) + "/password", { password: p });
        };
        td.appendChild(toggle); td.appendChild(reset); tr.appendChild(td); body.appendChild(tr);
      });
    }).catch(function (e) { $("admin-error").textContent = e.message; });
    call("GET", "/admin/canned").then(function (items) {
      var list = $("canned-list"); list.textContent = "";
      items.forEach(function (c) {
        var li = el("li", null, "[" + c.language + "] " + c.title + ": " + c.text + " ");
        var remove = el("button", null, t("delete"));
        remove.type = "button";
        remove.onclick = function () {
          $("admin-error").textContent = "";
          call("DELETE", "/admin/canned/" + c.id).then(loadAdmin).catch(function (e) { $("admin-error").textContent = e.message; });
        };
        li.appendChild(remove); list.appendChild(li);
      });
    }).catch(function () {});
    loadCampaigns();
    loadAnnouncements();
  }

  // Survey periods: open (which invites the subscribers not reached yet) and close, with an optional reopening day.

  function loadCampaigns() {
    call("GET", "/admin/campaigns").then(function (items) {
      var body = $("campaigns"); body.textContent = "";
      items.forEach(function (c) {
        var tr = el("tr");
        tr.dataset.survey = c.survey;
        var state = t("campaign_" + c.state) + (c.reopensOn ? ", " + t("campaign_reopens", { date: c.reopensOn }) : "");
        [c.survey, state, c.period, c.invited, c.respondents].forEach(function (v) { tr.appendChild(el("td", null, String(v))); });
        var path = "/admin/campaigns/" + encodeURIComponent(c.survey);
        var td = el("td");
        var open = el("button", null, t("campaign_open_button"));
        open.type = "button";
        open.onclick = function () {
          var period = window.prompt(t("campaign_period_prompt"), c.period);
          if (period) adminCall(path + "/open", { period: period.trim() });
        };
        var close = el("button", null, t("close"));
        close.type = "button";
        close.onclick = function () {
          var day = window.prompt(t("campaign_reopen_prompt"), "");
          if (day !== null) adminCall(path + "/close", day.trim() ? { reopensOn: day.trim() } : {});
        };
        td.appendChild(open); td.appendChild(close); tr.appendChild(td); body.appendChild(tr);
      });
    }).catch(function (e) { $("admin-error").textContent = e.message; });
  }

  // Announcements: written in both languages, previewed as Telegram and the widget show them, sent, stopped and
  // resumed; while one is being sent its progress bar is refreshed every two seconds.

  var TOPICS = ["trainings", "support", "tax", "surveys"], CHANNELS = ["telegram", "web"], progressTimer = null;

  function checkboxes(id, values, prefix) {
    var box = $(id);
    Array.prototype.slice.call(box.querySelectorAll("label")).forEach(function (l) { box.removeChild(l); });
    values.forEach(function (v) {
      var label = el("label"), input = el("input");
      input.type = "checkbox"; input.value = v; input.checked = true;
      label.appendChild(input); label.appendChild(document.createTextNode(" " + t(prefix + v)));
      box.appendChild(label);
    });
  }

  function checked(id) {
    return Array.prototype.filter.call($(id).querySelectorAll("input"), function (i) { return i.checked; }).map(function (i) { return i.value; });
  }

  function announcementDraft() {
    return { textRu: $("announcement-ru").value, textKk: $("announcement-kk").value, topics: checked("announcement-topics"), channels: checked("announcement-channels") };
  }

  // One message as a channel shows it: the text, then Telegram's keyboard under it or the widget's quick replies.
  function mockup(kind, language, message) {
    var box = el("figure", "mockup " + kind);
    box.appendChild(el("figcaption", null, t("preview_" + kind) + " · " + language));
    box.appendChild(el("div", "bubble", message.text));
    var buttons = el("div", "buttons");
    message.buttons.forEach(function (b) { buttons.appendChild(el("span", "button", b.title)); });
    box.appendChild(buttons);
    return box;
  }

  function showPreview(preview) {
    var box = $("announcement-previews"); box.textContent = "";
    ["ru", "kk"].forEach(function (language) {
      box.appendChild(mockup("telegram", language, preview[language]));
      box.appendChild(mockup("widget", language, preview[language]));
    });
  }

  function loadAnnouncements() {
    if (!$("announcement-topics").querySelector("label")) {
      checkboxes("announcement-topics", TOPICS, "topic_");
      checkboxes("announcement-channels", CHANNELS, "channel_");
    }
    call("GET", "/admin/announcements").then(function (items) {
      var body = $("announcements"); body.textContent = "";
      var sending = false;
      items.forEach(function (a) {
        var tr = el("tr"), r = a.recipients, done = r.total - r.queued;
        tr.dataset.id = a.id;
        sending = sending || (a.state === "sending" && !a.complete);
        tr.appendChild(el("td", null, a.id));
        tr.appendChild(el("td", "announcement-text", a.textRu));
        tr.appendChild(el("td", null, t(a.complete ? "announcement_complete" : "announcement_" + a.state)));
        var td = el("td"), bar = el("progress");
        bar.max = Math.max(r.total, 1); bar.value = done;
        td.appendChild(bar);
        td.appendChild(el("div", "figures", t("announcement_figures", { done: done, total: r.total, sent: r.sent, queued: r.queued, failed: r.failed, blocked: r.blocked, withdrawn: r.withdrawn })));
        tr.appendChild(td);
        var actions = el("td"), path = "/admin/announcements/" + encodeURIComponent(a.id);
        var preview = el("button", null, t("announcement_preview")); preview.type = "button";
        preview.onclick = function () { call("GET", path + "/preview").then(showPreview).catch(function (e) { $("admin-error").textContent = e.message; }); };
        actions.appendChild(preview);
        var next = { draft: "send", sending: "stop", stopped: "resume" }[a.state];
        if (next && !a.complete) {
          var go = el("button", next === "send" ? "primary" : null, t("announcement_" + next)); go.type = "button";
          go.onclick = function () { adminCall(path + "/" + next); };
          actions.appendChild(go);
        }
        tr.appendChild(actions);
        body.appendChild(tr);
      });
      window.clearTimeout(progressTimer);
      if (sending) progressTimer = window.setTimeout(loadAnnouncements, 2000);
    }).catch(function (e) { $("admin-error").textContent = e.message; });
  }

  $("announcement-preview").onclick = function () {
    $("admin-error").textContent = "";
    call("POST", "/admin/announcements/preview", announcementDraft()).then(showPreview).catch(function (e) { $("admin-error").textContent = e.message; });
  };
  $("announcement-form").onsubmit = function (e) {
    e.preventDefault();
    adminCall("/admin/announcements", announcementDraft()).then(function () {
      if (!$("admin-error").textContent) { $("announcement-ru").value = ""; $("announcement-kk").value = ""; }
    });
  };

  function adminCall(path, body) {
    $("admin-error").textContent = "";
    return call("POST", path, body).then(loadAdmin).catch(function (e) { $("admin-error").textContent = e.message; });
  }

  // The service gives one refusal for every reason (it does not say whether a login exists), and 429 to an address
  // that failed too often.
  var loginRefusals = { 401: "refused", 429: "throttled" };

  $("login-view").onsubmit = function (e) {
    e.preventDefault();
    $("login-error").textContent = "";
    call("POST", "/login", { login: $("login").value, password: $("password").value })
      .then(function (who) { $("password").value = ""; start(who); })
      .catch(function (err) { $("login-error").textContent = loginRefusals[err.status] ? t(loginRefusals[err.status]) : err.message; });
  };
  $("logout").onclick = function () { call("POST", "/logout").finally(showLogin); };
  $("take").onclick = function () { act("/claim"); };
  $("give-back").onclick = function () { act("/release"); };
  $("close").onclick = function () { act("/close"); };
  $("transfer").onclick = function () {
    var to = window.prompt(t("transfer_prompt"));
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

  // The funder's report: a period picked, the HTML shown in a frame that runs no script, each format a download.
  function readyReports() {
    var months = $("report-month");
    if (!months.options.length) {
      var now = new Date(), last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
      for (var m = 1; m <= 12; m++) months.appendChild(el("option", null, (m < 10 ? "0" : "") + m)).value = String(m);
      months.value = String(last.getMonth() + 1);
      $("report-year").value = String(last.getFullYear());
    }
  }

  function reportPeriod() {
    var year = $("report-year").value, kind = $("report-kind").value;
    if (kind === "quarter") return year + "-Q" + $("report-quarter").value;
    if (kind === "month") return year + "-" + ("0" + $("report-month").value).slice(-2);
    return year;
  }

  $("report-kind").onchange = function () {
    show("report-month", this.value === "month"); show("report-quarter", this.value === "quarter");
  };
  $("report-form").onsubmit = function (e) {
    e.preventDefault();
    var period = reportPeriod(), base = api + "/admin/reports?period=" + encodeURIComponent(period) + "&format=";
    // The form makes only well-formed periods; the service still refuses a bad one with a problem shown in the frame.
    ["html", "xlsx", "csv", "json"].forEach(function (f) { var a = $("report-" + f); a.href = base + f; a.setAttribute("download", "report-" + period + "." + f); });
    $("report-frame").src = base + "html";
    show("report-frame", true); show("report-downloads", true);
  };

  // Applications: the filtered list, one opened with its history, and the consultant's actions on it.
  var application = null;

  function appStatus(code) { return t("app_status_" + code); }

  function when(at) { return new Date(at).toLocaleString([], { dateStyle: "short", timeStyle: "short" }); }

  function dueText(a) { return when(a.answerDue) + (a.overdue ? " · " + t("app_overdue") : ""); }

  function loadApplications() {
    var query = [["kind", $("app-kind").value], ["status", $("app-status").value], ["consultant", $("app-consultant").value.trim()],
      ["olderThanDays", $("app-age").value], ["overdue", $("app-overdue").checked ? "true" : ""]]
      .filter(function (p) { return p[1]; }).map(function (p) { return p[0] + "=" + encodeURIComponent(p[1]); }).join("&");
    return call("GET", "/applications" + (query ? "?" + query : "")).then(function (items) {
      $("app-error").textContent = "";
      var list = $("app-list");
      list.textContent = "";
      items.forEach(function (a) {
        var tr = el("tr", a.overdue ? "overdue" : null);
        tr.dataset.id = a.id;
        tr.tabIndex = 0;
        [a.id, t("app_kind_" + a.kind), appStatus(a.status), a.assignedTo || "—", dueText(a)].forEach(function (v) { tr.appendChild(el("td", null, v)); });
        tr.onclick = function () { openApplication(a.id); };
        tr.onkeydown = function (e) { if (e.key === "Enter") openApplication(a.id); };
        list.appendChild(tr);
      });
    }).catch(function (e) { $("app-error").textContent = e.message; });
  }

  function openApplication(id) {
    return call("GET", "/applications/" + encodeURIComponent(id)).then(function (a) {
      application = a;
      show("app-detail", true);
      $("app-head").textContent = a.id + " · " + t("app_kind_" + a.kind) + " · " + appStatus(a.status) + " · " + dueText(a);
      $("app-description").textContent = a.description;
      $("app-contact").textContent = [a.name, a.phone, channel(a.channel), a.language].filter(Boolean).join(" · ");
      var files = $("app-attachments");
      files.textContent = "";
      a.attachments.forEach(function (f) {
        var link = el("a", null, f.fileName + " (" + Math.ceil(f.size / 1024) + " KB)");
        link.href = api + "/applications/" + encodeURIComponent(a.id) + "/attachments/" + f.index;
        var li = el("li"); li.appendChild(link); files.appendChild(li);
      });
      var history = $("app-history");
      history.textContent = "";
      a.history.forEach(function (h) {
        history.appendChild(el("li", h.kind === "note" ? "note" : null,
          when(h.at) + " · " + (h.by === "entrepreneur" ? t("from_user") : h.by) + " · " + t("app_change_" + h.kind) + " · " + appStatus(h.status) + (h.text ? ": " + h.text : "")));
      });
      var next = $("app-next");
      next.textContent = "";
      a.next.forEach(function (code) { var o = el("option", null, appStatus(code)); o.value = code; next.appendChild(o); });
    }).catch(function (e) { $("app-error").textContent = e.message; });
  }

  function appAct(path, body) {
    if (!application) return Promise.resolve();
    $("app-error").textContent = "";
    return call("POST", "/applications/" + encodeURIComponent(application.id) + path, body || {})
      .then(function () { return Promise.all([loadApplications(), openApplication(application.id)]); })
      .catch(function (e) { $("app-error").textContent = e.message; });
  }

  $("app-filters").onsubmit = function (e) { e.preventDefault(); loadApplications(); };
  $("app-take").onclick = function () { appAct("/assign", { login: me.login }); };
  $("app-set-status").onclick = function () {
    appAct("/status", { status: $("app-next").value, note: $("app-status-note").value }).then(function () { $("app-status-note").value = ""; });
  };
  $("app-reply-form").onsubmit = function (e) {
    e.preventDefault();
    var text = $("app-reply").value.trim();
    if (text) appAct("/reply", { text: text, asking: $("app-asking").checked }).then(function () { if (!$("app-error").textContent) $("app-reply").value = ""; });
  };
  $("app-note-form").onsubmit = function (e) {
    e.preventDefault();
    var text = $("app-note").value.trim();
    if (text) appAct("/notes", { text: text }).then(function () { $("app-note").value = ""; });
  };

  // The switch: at once on this page, and kept with the account when someone is signed in.
  $("language").onchange = function () {
    var chosen = this.value;
    useLanguage(chosen);
    if (me) call("PUT", "/me/language", { language: chosen }).catch(function () {});
  };

  // A reload keeps the session: ask who is signed in (their account's language wins over this browser's).
  useLanguage(stored() || "ru").then(function () { return call("GET", "/me"); }).then(start).catch(showLogin);
})();
