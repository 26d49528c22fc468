/* The knowledge page of the console, for editors (and admins): topics with search and review dates, one topic's
   edit with a preview as Telegram and the widget show it, its history with revert, and the model's status. Plain
   script like the console; everything from the knowledge is put on the page with textContent, never as HTML. */
(function () {
  "use strict";
  var C = ChatBotConsole, $ = C.$, el = C.el, show = C.show, t = C.t, call = C.call, stored = C.storedLanguage;
  var me = null, current = null, isNew = false, statusTimer = null;

  function useLanguage(code) {
    return C.useLanguage(code)
      .then(function () { if (me) { loadTopics(); loadModel(); if (current) preview(); } })
      .catch(function () {});
  }

  C.whenSignedOut(signedOut);

  function signedOut() { show("kb", false); show("signed-out", true); }

  function loadTopics() {
    var query = $("due-only").checked ? "?due=true" : "?q=" + encodeURIComponent($("search").value);
    return call("GET", "/knowledge/topics" + query).then(function (found) {
      var list = $("topics");
      list.textContent = "";
      if (!found.topics.length) list.appendChild(el("li", "topic-item meta", t("kb_nothing_found")));
      found.topics.forEach(function (topic) {
        var item = el("li", "topic-item");
        item.setAttribute("aria-current", String(current === topic.id));
        item.appendChild(el("div", null, topic.title[C.language()]));
        var meta = el("div", "meta", topic.id + (topic.reviewBy ? " · " + t("kb_review_by") + " " + topic.reviewBy : ""));
        if (topic.due) { meta.appendChild(document.createTextNode(" ")); meta.appendChild(el("span", "badge" + (topic.past ? " past" : ""), t(topic.past ? "kb_overdue" : "kb_due"))); }
        item.appendChild(meta);
        item.addEventListener("click", function () { openTopic(topic.id); });
        list.appendChild(item);
      });
    }).catch(function (e) { $("topic-error").textContent = e.message; });
  }

  function lines(text) { return text.split("\n").map(function (s) { return s.trim(); }).filter(function (s) { return s.length; }); }

  function fill(topic) {
    $("topic-heading").textContent = topic ? topic.title[C.language()] + " (" + topic.id + ")" : t("kb_new_topic");
    $("title-ru").value = topic ? topic.title.ru : "";
    $("title-kk").value = topic ? topic.title.kk : "";
    $("short-ru").value = topic && topic.short ? topic.short.ru : "";
    $("short-kk").value = topic && topic.short ? topic.short.kk : "";
    $("answer-ru").value = topic ? topic.answer.ru : "";
    $("answer-kk").value = topic ? topic.answer.kk : "";
    $("links").value = topic ? topic.links.map(function (l) { return l.url + " | " + l.title.ru + " | " + l.title.kk; }).join("\n") : "";
    $("as-of").value = topic ? topic.asOf || "" : new Date().toISOString().slice(0, 10);
    $("review-by").value = topic ? topic.reviewBy || "" : "";
    $("questions-ru").value = topic ? topic.questions.ru.join("\n") : "";
    $("questions-kk").value = topic ? topic.questions.kk.join("\n") : "";
    $("category").value = topic ? topic.category : "";
    $("topic-error").textContent = ""; $("topic-saved").textContent = "";
    show("new-id-row", !topic); show("category-row", !topic);
    show("pick", false); show("topic-form", true);
    preview();
  }

  function openTopic(id) {
    current = id; isNew = false;
    return Promise.all([call("GET", "/knowledge/topics/" + encodeURIComponent(id)), loadTopics()])
      .then(function (loaded) { fill(loaded[0]); return loadHistory(); })
      .catch(function (e) { $("topic-error").textContent = e.message; });
  }

  function body() {
    return {
      category: $("category").value || null,
      title: { ru: $("title-ru").value, kk: $("title-kk").value },
      short: { ru: $("short-ru").value, kk: $("short-kk").value },
      answer: { ru: $("answer-ru").value, kk: $("answer-kk").value },
      links: lines($("links").value).map(function (line) {
        var parts = line.split("|").map(function (p) { return p.trim(); });
        return { url: parts[0], title: { ru: parts[1] || "", kk: parts[2] || parts[1] || "" } };
      }),
      asOf: $("as-of").value,
      reviewBy: $("review-by").value || null,
      questions: { ru: lines($("questions-ru").value), kk: lines($("questions-kk").value) }
    };
  }

  // The first reply as the bot gives it: the short answer (else the full one), the year it is current for, and the
  // buttons under it; Telegram shows them as an inline keyboard, the widget as buttons.
  function preview() {
    var shortText = $("short-" + C.language()).value.trim(), full = $("answer-" + C.language()).value.trim();
    var year = ($("as-of").value || "").slice(0, 4);
    var text = (shortText || full) + (year ? "\n\n" + t("kb_preview_as_of", { year: year }) : "");
    var buttons = shortText ? [t("kb_preview_more"), t("kb_preview_menu")] : lines($("links").value).map(function (l) { return "🔗 " + (l.split("|")[C.language() === "kk" ? 2 : 1] || l).trim(); }).concat([t("kb_preview_menu")]);
    ["preview-telegram", "preview-widget"].forEach(function (id) {
      var box = $(id);
      box.textContent = text;
      var row = el("div", "buttons");
      buttons.forEach(function (b) { row.appendChild(el("span", null, b)); });
      box.appendChild(row);
    });
  }

  function loadHistory() {
    if (!current) { $("history").textContent = ""; return Promise.resolve(); }
    return call("GET", "/knowledge/history?topic=" + encodeURIComponent(current)).then(function (changes) {
      var list = $("history");
      list.textContent = "";
      if (!changes.length) list.appendChild(el("li", "meta", t("kb_no_history")));
      changes.forEach(function (change) {
        var item = el("li");
        item.appendChild(el("span", null, new Date(change.at).toLocaleString(C.language() === "kk" ? "kk-KZ" : "ru-RU") + " · " + change.author + " · " + t("kb_kind_" + change.kind.replace(/-/g, "_")) + " · " + change.summary));
        var revert = el("button", null, t("kb_revert"));
        revert.type = "button";
        revert.addEventListener("click", function () {
          // Said once the topic is shown again: showing a topic clears the status line.
          call("POST", "/knowledge/history/" + change.id + "/revert").then(function () {
            return openTopic(current).then(function () { $("topic-saved").textContent = t("kb_reverted"); }).then(loadModel);
          }).catch(function (e) { $("topic-error").textContent = e.message; });
        });
        item.appendChild(revert);
        list.appendChild(item);
      });
    });
  }

  function percent(share) { return (share * 100).toFixed(1) + " %"; }

  function scores(s) { return s ? "ru " + percent(s.ru) + ", kk " + percent(s.kk) : "—"; }

  function loadModel() {
    return call("GET", "/knowledge/model").then(function (model) {
      var c = model.current;
      $("model-status").textContent = t("kb_model_status", {
        version: c.modelVersion, knowledge: c.knowledgeVersion,
        at: new Date(c.trainedAt).toLocaleString(C.language() === "kk" ? "kk-KZ" : "ru-RU"),
        seconds: c.trainingSeconds ? c.trainingSeconds.toFixed(1) : "—"
      }) + (model.training ? " " + t("kb_training") : "");
      $("model-scores").textContent = t("kb_model_scores", { before: scores(c.scoresBefore), after: scores(c.scores) });
      $("model-held").textContent = model.held ? t("kb_held", { before: scores(model.held.before), after: scores(model.held.status.scores) }) + " " + model.held.reason : (model.lastError || "");
      show("confirm-model", !!model.held);
      clearTimeout(statusTimer);
      if (model.training) statusTimer = setTimeout(loadModel, 2000);
    }).catch(function () {});
  }

  $("topic-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var id = isNew ? $("new-id").value.trim() : current;
    $("topic-error").textContent = ""; $("topic-saved").textContent = "";
    call("PUT", "/knowledge/topics/" + encodeURIComponent(id), body()).then(function (saved) {
      $("topic-saved").textContent = t("kb_saved", { version: saved.version });
      current = id; isNew = false;
      return Promise.all([loadTopics(), loadHistory(), loadModel()]);
    }).catch(function (err) { $("topic-error").textContent = err.message; });
  });

  ["short-ru", "short-kk", "answer-ru", "answer-kk", "as-of", "links"].forEach(function (id) { $(id).addEventListener("input", preview); });
  $("search").addEventListener("input", function () { $("due-only").checked = false; loadTopics(); });
  $("due-only").addEventListener("change", loadTopics);
  $("new-topic").addEventListener("click", function () { current = null; isNew = true; fill(null); loadHistory(); });
  $("confirm-model").addEventListener("click", function () { call("POST", "/knowledge/model/confirm").then(loadModel).catch(function (e) { $("model-held").textContent = e.message; }); });
  $("language").addEventListener("change", function () {
    useLanguage($("language").value);
    if (me) call("PUT", "/me/language", { language: $("language").value }).catch(function () {});
  });

  useLanguage(stored() || "ru").then(function () {
    return call("GET", "/me");
  }).then(function (who) {
    me = who;
    if (who.role !== "editor" && who.role !== "admin") { signedOut(); return; }
    $("me").textContent = who.login;
    show("to-console", who.role === "admin");
    if (who.language && who.language !== C.language()) useLanguage(who.language);
    show("kb", true);
    loadTopics(); loadModel();
  }).catch(function () { signedOut(); });
}());
