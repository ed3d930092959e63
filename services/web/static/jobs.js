// Refreshes the part of a jobs page marked data-refresh="<seconds>" while the tab is visible.
(function () {
  "use strict";
  function schedule() {
    var box = document.getElementById("jobs-table");
    if (!box || !box.dataset.refresh) return;
    window.setTimeout(refresh, Number(box.dataset.refresh) * 1000);
  }
  function refresh() {
    if (document.hidden) { schedule(); return; }
    fetch(window.location.href, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        ["jobs-table", "job-summary"].forEach(function (id) {
          var fresh = page.getElementById(id), current = document.getElementById(id);
          if (fresh && current) current.replaceWith(fresh);
        });
      })
      .catch(function () { /* keep the current table; try again later */ })
      .finally(schedule);
  }
  document.addEventListener("DOMContentLoaded", schedule);
})();
