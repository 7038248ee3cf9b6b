"use strict";
(function () {
  const cards = Array.from(document.querySelectorAll("article.card"));
  const boxes = Array.from(document.querySelectorAll('input[name="verdict"]'));
  const selects = Array.from(document.querySelectorAll("select[data-filter]"));
  const shown = document.getElementById("shown");
  const empty = document.getElementById("empty");
  const docs = Array.from(document.querySelectorAll("details.document"));

  function list(card, name) {
    try {
      return JSON.parse(card.dataset[name] || "[]");
    } catch (error) {
      return [];
    }
  }

  function apply() {
    const verdicts = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    const wanted = {};
    selects.forEach((select) => { wanted[select.dataset.filter] = select.value; });
    let count = 0;
    cards.forEach((card) => {
      const visible = verdicts.has(card.dataset.verdict)
        && (!wanted.kind || card.dataset.kind === wanted.kind)
        && (!wanted.language || list(card, "languages").includes(wanted.language))
        && (!wanted.document || list(card, "documents").includes(wanted.document));
      card.hidden = !visible;
      if (visible) { count += 1; }
    });
    docs.forEach((doc) => { doc.hidden = Boolean(wanted.document) && doc.dataset.document !== wanted.document; });
    shown.textContent = "Showing " + count + " of " + cards.length + " findings";
    empty.hidden = count > 0;
  }

  function reveal() {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) { return; }
    for (let node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
      if (node.hidden) { node.hidden = false; }
    }
    target.scrollIntoView({ block: "center" });
    target.classList.add("flash");
    window.setTimeout(() => target.classList.remove("flash"), 1200);
  }

  boxes.forEach((box) => box.addEventListener("change", apply));
  selects.forEach((select) => select.addEventListener("change", apply));
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
  document.body.dataset.ready = "true";
})();
