/* The editors' review inbox: plain script, no framework, no build step. What users and operators wrote is put on the
   page with textContent, never as HTML. Labels come from /api/operator/labels (the console_inbox_ texts of
   texts.yaml) in the language chosen in the header; the rows from /api/operator/inbox. */
(function () {
  "use strict";
  var C = ChatBotConsole, api = C.api, $ = C.$, el = C.el, show = C.show, t = C.t, call = C.call;
  var SIGNALS = ["not-understood", "near-tie", "none-of-these", "thumbs-down", "handoff"];
  var me = null, rows = [], counts = {}, selected = {}, signal = "";

  function useLanguage(code) {
    return C.useLanguage(code).then(function () {
      // What is drawn from data is drawn again in the new language at once; the data stays as it was.
      if (me) { $("inbox-message").textContent = ""; drawSignals(); drawRows(); }
    });
  }

  C.whenSignedOut(showLogin);

  function showLogin() { me = null; show("login-view", true); show("inbox", false); }

  function start(who) {
    me = who;
    $("me").textContent = who.login;
    if (who.role !== "editor" && who.role !== "admin") {
      show("login-view", true);
      $("login-error").textContent = t("inbox_editors_only");
      return;
    }
    show("login-view", false); show("inbox", true);
    load();
  }

  function query() {
    var q = "?status=" + $("status").value;
    if (signal) q += "&signal=" + signal;
    if ($("lang-filter").value) q += "&language=" + $("lang-filter").value;
    return q;
  }

  function load() {
    $("export").href = api + "/inbox/export.csv" + query();
    return call("GET", "/inbox" + query()).then(function (view) {
      rows = view.groups;
      counts = view.counts;
      selected = {};
      drawSignals();
      drawRows();
    }).catch(function (e) { $("inbox-error").textContent = e.message; });
  }

  function drawSignals() {
    var box = $("signals");
    box.textContent = "";
    [""].concat(SIGNALS).forEach(function (name) {
      var total = name ? counts[name] || 0 : SIGNALS.reduce(function (s, n) { return s + (counts[n] || 0); }, 0);
      var b = el("button", null, t(name ? "inbox_signal_" + name.replace(/-/g, "_") : "inbox_all") + " · " + total);
      b.type = "button";
      b.dataset.signal = name;
      b.setAttribute("aria-pressed", String(signal === name));
      b.addEventListener("click", function () { signal = name; load(); });
      box.appendChild(b);
    });
  }

  function topicTitle(topic) {
    return topic.title ? (C.language() === "kk" ? topic.title.kk : topic.title.ru) : topic.id;
  }

  function drawRows() {
    var body = $("rows");
    body.textContent = "";
    show("inbox-empty", rows.length === 0);
    rows.forEach(function (row) {
      var tr = el("tr");
      tr.dataset.id = row.id;
      var box = el("input");
      box.type = "checkbox";
      box.setAttribute("aria-label", row.text || t("inbox_no_question"));
      box.checked = !!selected[row.id];
      box.addEventListener("change", function () { if (box.checked) selected[row.id] = row; else delete selected[row.id]; countSelected(); });
      var cell = el("td"); cell.appendChild(box); tr.appendChild(cell);

      var question = el("td");
      question.appendChild(el("span", "text", row.text || t("inbox_no_question")));
      question.appendChild(el("span", "spellings", row.language + (row.spellings.length > 1 ? " · " + row.spellings.slice(1, 4).join(" · ") : "")));
      if (row.operatorAnswer) question.appendChild(el("span", "answer", t("inbox_operator_answered") + ": " + row.operatorAnswer));
      if (row.lastStep) question.appendChild(el("span", "trace", t("inbox_action_" + row.lastStep.action.replace(/-/g, "_")) + (row.lastStep.detail ? " (" + row.lastStep.detail + ")" : "") + " · " + row.lastStep.by + " · " + new Date(row.lastStep.at).toLocaleString(C.language())));
      tr.appendChild(question);
      tr.appendChild(el("td", "count", String(row.count)));
      tr.appendChild(el("td", null, Object.keys(row.signals).map(function (s) { return t("inbox_signal_" + s.replace(/-/g, "_")) + (row.signals[s] > 1 ? " ×" + row.signals[s] : ""); }).join(", ")));
      tr.appendChild(el("td", null, row.topics.map(topicTitle).join(", ")));
      tr.appendChild(el("td", null, new Date(row.lastAt).toLocaleString(C.language())));
      body.appendChild(tr);
    });
    countSelected();
  }

  function chosen() { return Object.keys(selected).map(function (k) { return selected[k]; }); }

  function countSelected() {
    var n = chosen().length;
    $("selected-count").textContent = t("inbox_selected") + ": " + n;
    $("select-all").checked = n > 0 && n === rows.length;
  }

  function ids() { return chosen().reduce(function (all, row) { return all.concat(row.itemIds); }, []); }

  function act(action, extra) {
    $("inbox-error").textContent = ""; $("inbox-message").textContent = "";
    if (ids().length === 0) { $("inbox-error").textContent = t("inbox_choose_rows"); return Promise.resolve(); }
    var body = { action: action, ids: ids() };
    Object.keys(extra || {}).forEach(function (k) { body[k] = extra[k]; });
    return call("POST", "/inbox/act", body).then(function (result) {
      $("inbox-message").textContent = t("inbox_moved") + ": " + result.changed;
      show("new-topic", false);
      return load();
    }).catch(function (e) { $("inbox-error").textContent = e.message; });
  }

  function searchTopics() {
    return call("GET", "/inbox/topics?q=" + encodeURIComponent($("topic-search").value.replace(/\s+—.*$/, ""))).then(function (found) {
      var list = $("topic-list");
      list.textContent = "";
      found.forEach(function (m) {
        var o = el("option");
        o.value = topicTitle(m) + " — " + m.id;
        list.appendChild(o);
      });
    }).catch(function () {});
  }

  // The topic typed or picked: "Title — id" from the list, or an id typed outright.
  function pickedTopic() {
    var value = $("topic-search").value.trim();
    var dash = value.lastIndexOf(" — ");
    return dash >= 0 ? value.slice(dash + 3) : value;
  }

  function openNewTopic() {
    var rowsChosen = chosen();
    if (rowsChosen.length === 0) { $("inbox-error").textContent = t("inbox_choose_rows"); return; }
    var ru = rowsChosen.filter(function (r) { return r.language === "ru"; }).map(function (r) { return r.text; });
    var kk = rowsChosen.filter(function (r) { return r.language === "kk"; }).map(function (r) { return r.text; });
    $("nt-questions-ru").value = ru.join("\n");
    $("nt-questions-kk").value = kk.join("\n");
    $("nt-title-ru").value = ru[0] || "";
    $("nt-title-kk").value = kk[0] || "";
    var today = new Date().toISOString().slice(0, 10);
    $("nt-as-of").value = today;
    var select = $("nt-category");
    call("GET", "/inbox/topics").then(function (all) {
      select.textContent = "";
      all.map(function (m) { return m.category; }).filter(function (c, i, a) { return a.indexOf(c) === i; }).forEach(function (c) {
        var o = el("option", null, c); o.value = c; select.appendChild(o);
      });
    }).catch(function () {});
    show("new-topic", true);
    $("nt-id").focus();
  }

  function lines(id) { return $(id).value.split("\n").map(function (s) { return s.trim(); }).filter(Boolean); }

  function saveNewTopic(e) {
    e.preventDefault();
    var link = $("nt-link").value.trim();
    act("new-topic", {
      newTopic: {
        id: $("nt-id").value.trim(),
        category: $("nt-category").value,
        title: { ru: $("nt-title-ru").value, kk: $("nt-title-kk").value },
        answer: { ru: $("nt-answer-ru").value, kk: $("nt-answer-kk").value },
        short: { ru: $("nt-short-ru").value, kk: $("nt-short-kk").value },
        links: link ? [{ url: link, title: { ru: link, kk: link } }] : [],
        asOf: $("nt-as-of").value || null,
        reviewBy: $("nt-review-by").value || null,
        questions: { ru: lines("nt-questions-ru"), kk: lines("nt-questions-kk") }
      }
    });
  }

  $("login-view").addEventListener("submit", function (e) {
    e.preventDefault();
    $("login-error").textContent = "";
    call("POST", "/login", { login: $("login").value, password: $("password").value })
      .then(function () { return call("GET", "/me"); })
      .then(start)
      .catch(function (err) { $("login-error").textContent = err.message; });
  });
  $("language").addEventListener("change", function () {
    useLanguage($("language").value);
    if (me) call("PUT", "/me/language", { language: $("language").value }).catch(function () {});
  });
  $("status").addEventListener("change", load);
  $("lang-filter").addEventListener("change", load);
  $("select-all").addEventListener("change", function () {
    selected = {};
    if ($("select-all").checked) rows.forEach(function (r) { selected[r.id] = r; });
    drawRows();
  });
  $("topic-search").addEventListener("input", searchTopics);
  $("act-phrasing").addEventListener("click", function () {
    if (!pickedTopic()) { $("inbox-error").textContent = t("inbox_choose_topic"); return; }
    act("phrasing", { topic: pickedTopic() });
  });
  $("act-new-topic").addEventListener("click", openNewTopic);
  $("act-out-of-scope").addEventListener("click", function () { act("out-of-scope"); });
  $("act-ignore").addEventListener("click", function () { act("ignore"); });
  $("act-reopen").addEventListener("click", function () { act("reopen"); });
  $("new-topic").addEventListener("submit", saveNewTopic);
  $("nt-cancel").addEventListener("click", function () { show("new-topic", false); });

  useLanguage(C.storedLanguage() || "ru").then(function () {
    return fetch(api + "/me", { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { showLogin(); return null; }
      return r.json().then(function (who) {
        if (who.language && who.language !== C.language()) { return useLanguage(who.language).then(function () { start(who); }); }
        start(who);
      });
    });
  }).catch(showLogin);
})();
