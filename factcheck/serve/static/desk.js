// The review desk's keyboard and memory: j/k move between conflicts, a/d accept or dismiss
// the current one, n writes its note, u undoes; the reviewer's name is kept in this browser.
"use strict";
(function () {
  const KEY = "factcheck.reviewer";
  const items = () => Array.from(document.querySelectorAll("li.conflict"));
  let current = -1;

  function reviewer() {
    return document.getElementById("reviewer-name");
  }

  function remember() {
    const field = reviewer();
    if (!field) return;
    try { field.value = localStorage.getItem(KEY) || ""; } catch (e) { /* storage off */ }
    field.addEventListener("input", function () {
      try { localStorage.setItem(KEY, field.value); } catch (e) { /* storage off */ }
    });
  }

  function select(index) {
    const list = items();
    if (!list.length) return;
    current = Math.max(0, Math.min(index, list.length - 1));
    list.forEach(function (li, i) { li.classList.toggle("current", i === current); });
    list[current].scrollIntoView({ block: "nearest" });
    list[current].focus({ preventScroll: true });
  }

  function decide(value) {
    const li = items()[current];
    if (!li) return;
    const button = li.querySelector('button[name="decision"][value="' + value + '"]');
    if (button) button.form.requestSubmit(button);
  }

  function typing(target) {
    const tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  document.addEventListener("submit", function (event) {
    const form = event.target;
    const name = reviewer();
    const hidden = form.querySelector(".reviewer-field");
    if (!hidden) return;
    hidden.value = name ? name.value.trim() : "";
    if (!hidden.value) {
      event.preventDefault();
      if (name) {
        name.setCustomValidity("Write your name first: decisions say who made them.");
        name.reportValidity();
        name.focus();
        name.addEventListener("input", function () { name.setCustomValidity(""); }, { once: true });
      }
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": if (current < 0) select(0); decide("accepted"); break;
      case "d": if (current < 0) select(0); decide("dismissed"); break;
      case "n": {
        if (current < 0) select(0);
        const li = items()[current];
        const note = li && li.querySelector("textarea[name=note]");
        if (note) { event.preventDefault(); note.focus(); }
        break;
      }
      case "u": {
        const undo = document.getElementById("undo-form");
        if (undo) undo.requestSubmit();
        break;
      }
      default: return;
    }
  });

  document.addEventListener("focusin", function (event) {
    const li = event.target.closest && event.target.closest("li.conflict");
    if (li) {
      const index = items().indexOf(li);
      if (index !== current) {
        current = index;
        items().forEach(function (x, i) { x.classList.toggle("current", i === current); });
      }
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    remember();
    if (items().length) select(0);
  });
})();
