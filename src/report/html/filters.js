(function () {
  "use strict";
  var root = document.documentElement;
  window.addEventListener("error", function (event) {
    root.setAttribute("data-script-error", String(event.message));
  });
  var boxes = Array.prototype.slice.call(document.querySelectorAll("[data-filter-severity]"));
  var code = document.getElementById("filter-code");
  function apply() {
    var shown = {};
    boxes.forEach(function (box) { shown[box.value] = box.checked; });
    var wanted = code ? code.value : "";
    function kept(element) {
      return shown[element.dataset.severity] && (wanted === "" || element.dataset.code === wanted);
    }
    document.querySelectorAll("article.finding").forEach(function (finding) {
      finding.hidden = !kept(finding);
    });
    document.querySelectorAll("section.finding-group").forEach(function (group) {
      group.hidden = !group.querySelector("article.finding:not([hidden])");
    });
    // The links under each rule to findings the filters hide, and a rule left with none
    // (one whose findings past those linked are counted, "... and N more", may have more).
    document.querySelectorAll("#by-rule li[data-code]").forEach(function (link) {
      link.hidden = !kept(link);
    });
    document.querySelectorAll("#by-rule ul.links").forEach(function (list) {
      var none = !list.querySelector("li[data-code]:not([hidden])") && !list.querySelector("li.more");
      list.hidden = none;
      if (list.previousElementSibling && list.previousElementSibling.tagName === "H3") {
        list.previousElementSibling.hidden = none;
      }
    });
  }
  // A link can open the page filtered: report.html#code=CC142 or #severity=error.
  var wanted = /^#(code|severity)=([a-zA-Z0-9]+)$/.exec(window.location.hash);
  if (wanted && wanted[1] === "code" && code) { code.value = wanted[2]; }
  if (wanted && wanted[1] === "severity") {
    boxes.forEach(function (box) { box.checked = box.value === wanted[2]; });
  }
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  if (code) { code.addEventListener("change", apply); }
  apply();
  root.setAttribute("data-ready", "true");
})();
