// The verdict filter. The page shows everything without it; the script only reveals the
// checkboxes and hides what the reader unticks (table rows, quote cards, timeline marks).
// A link such as index.html#show=conflict,compatible opens the page already filtered, for
// projecting one kind of finding.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  if (!form) { return; }
  var boxes = form.querySelectorAll("input[name=verdict]");
  var items = document.querySelectorAll("main [data-verdict]");
  function apply() {
    var shown = {};
    for (var i = 0; i < boxes.length; i++) { shown[boxes[i].value] = boxes[i].checked; }
    for (var j = 0; j < items.length; j++) {
      var verdict = items[j].getAttribute("data-verdict");
      items[j].classList.toggle("filtered-out", shown[verdict] === false);
    }
  }
  var match = /^#show=([a-z,]+)$/.exec(window.location.hash);
  if (match) {
    var wanted = match[1].split(",");
    for (var k = 0; k < boxes.length; k++) {
      boxes[k].checked = wanted.indexOf(boxes[k].value) >= 0;
    }
  }
  form.addEventListener("change", apply);
  form.hidden = false;
  document.documentElement.setAttribute("data-filter", "ready");
  apply();
})();
