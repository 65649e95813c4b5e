"""``page.js``: the one script of the page, an enhancement only.

Without it every word, link, still and the film are there; with it each
quote gets a "Copy with attribution" button that copies the words with who
said them (the same text the window copies, written into the page by
:mod:`mediakit.publish.web.page` as ``data-citation``). Its labels come from
the page too, in the page's language. No inline script: the page's
Content-Security-Policy allows only this file.
"""

from __future__ import annotations

PAGE_JS = """\
// Made by mediakit: the quotes' "Copy with attribution" buttons.
(function () {
  "use strict";
  var COPIED_MS = 1500;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (e) { done = false; }
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }

  var quotes = document.querySelectorAll("figure.quote[data-citation]");
  Array.prototype.forEach.call(quotes, function (figure) {
    var caption = figure.querySelector("figcaption");
    if (!caption) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = figure.getAttribute("data-copy");
    button.addEventListener("click", function () {
      copy(figure.getAttribute("data-citation")).then(function () {
        var label = figure.getAttribute("data-copy");
        button.style.minWidth = button.offsetWidth + "px";
        button.textContent = figure.getAttribute("data-copied");
        status.textContent = figure.getAttribute("data-copied");
        window.setTimeout(function () { button.textContent = label; }, COPIED_MS);
      }, function () {});
    });
    caption.appendChild(button);
  });
})();
"""
