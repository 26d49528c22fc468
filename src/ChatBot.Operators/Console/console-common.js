/* What every page of the operator console shares, loaded before the page's own script: the calls to
   /api/operator with the XSRF token, the ru/kk labels from /api/operator/labels put on the page, and the small
   helpers that draw with textContent, never as HTML. Plain script, no framework, no build step. */
var ChatBotConsole = (function () {
  "use strict";
  var api = "/api/operator";
  var LANGUAGE_KEY = "chatbot.console.language";
  var language = "ru", labels = {};
  var signedOut = function () {};

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function show(id, on) { $(id).classList.toggle("hidden", !on); }

  // A label in the page's language; {name} filled from values.
  function t(key, values) {
    var text = labels[key] != null ? labels[key] : key;
    Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(String(values[name])); });
    return text;
  }

  function xsrf() {
    var m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return m ? decodeURIComponent(m[1]) : "";
  }

  // A 401 on anything but the login itself means the session is gone: the page's own handler shows it.
  function call(method, path, body) {
    var init = { method: method, credentials: "same-origin", headers: {} };
    if (method !== "GET") {
      init.headers["X-XSRF-TOKEN"] = xsrf();
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body || {});
    }
    return fetch(api + path, init).then(function (r) {
      if (r.status === 401 && path !== "/login") { signedOut(); }
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (p) {
          var e = new Error(p.detail || ("HTTP " + r.status)); e.status = r.status; throw e;
        });
      }
      return r.status === 204 ? null : r.json();
    });
  }

  // The language this browser chose last, for the login page (the account's choice wins once signed in).
  function storedLanguage() {
    try { return window.localStorage.getItem(LANGUAGE_KEY); } catch (e) { return null; }
  }

  // Loads the labels of a language and puts them on the static labels of the page; what the page drew from data it
  // draws again itself when this resolves.
  function useLanguage(code) {
    language = code === "kk" ? "kk" : "ru";
    try { window.localStorage.setItem(LANGUAGE_KEY, language); } catch (e) { /* private mode: the account keeps it */ }
    $("language").value = language;
    return fetch(api + "/labels?language=" + language, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (loaded) {
        labels = loaded;
        document.documentElement.lang = language;
        Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (e) { e.textContent = t(e.dataset.t); });
        Array.prototype.forEach.call(document.querySelectorAll("[data-t-placeholder]"), function (e) { e.placeholder = t(e.dataset.tPlaceholder); });
        Array.prototype.forEach.call(document.querySelectorAll("[data-t-aria]"), function (e) { e.setAttribute("aria-label", t(e.dataset.tAria)); });
      });
  }

  return {
    api: api,
    $: $,
    el: el,
    show: show,
    t: t,
    call: call,
    storedLanguage: storedLanguage,
    useLanguage: useLanguage,
    language: function () { return language; },
    whenSignedOut: function (handler) { signedOut = handler; }
  };
}());
