/**
 * The inline script: filters projects by text (project or unit name), grade and "only with problems".
 * It reads `data-*` attributes and sets `hidden` and `textContent` only — never `innerHTML` — so no
 * input text is ever parsed as markup. Plain ES2017, no library; the report works without it too.
 */
import { trusted } from "./escape.ts"

const source = `(function () {
  "use strict";
  var q = document.getElementById("filter-text");
  var grade = document.getElementById("filter-grade");
  var problems = document.getElementById("filter-problems");
  var status = document.getElementById("filter-status");
  if (!q || !grade || !problems || !status) return;
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-search]"));
  var projects = items.filter(function (el) { return el.classList.contains("project"); });
  var containers = Array.prototype.slice.call(document.querySelectorAll("tbody, #projects"));
  function matches(el, terms) {
    if (grade.value && el.getAttribute("data-grade") !== grade.value) return false;
    if (problems.checked && el.getAttribute("data-problem") !== "1") return false;
    var text = el.getAttribute("data-search") || "";
    return terms.every(function (t) { return text.indexOf(t) !== -1; });
  }
  function apply() {
    var terms = q.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    items.forEach(function (el) { el.hidden = !matches(el, terms); });
    containers.forEach(function (box) {
      var empty = box.querySelector(":scope > .empty");
      if (!empty) return;
      var any = Array.prototype.some.call(box.querySelectorAll(":scope > [data-search]"), function (el) { return !el.hidden; });
      empty.hidden = any;
    });
    var shown = projects.filter(function (el) { return !el.hidden; }).length;
    var filtered = terms.length > 0 || grade.value !== "" || problems.checked;
    status.textContent = filtered ? "显示 " + shown + " / " + projects.length + " 个项目" : "共 " + projects.length + " 个项目";
    document.body.classList.toggle("filtered", filtered);
  }
  q.addEventListener("input", apply);
  grade.addEventListener("change", apply);
  problems.addEventListener("change", apply);
  document.getElementById("filter-reset").addEventListener("click", function () {
    q.value = ""; grade.value = ""; problems.checked = false; apply(); q.focus();
  });
  apply();
})();`

/** The script as trusted markup; it contains no input, so nothing in it needs escaping. */
export const filterScript = trusted(`<script>${source}</script>`)
