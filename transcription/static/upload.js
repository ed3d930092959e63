// Upload with a progress bar (XHR), then poll the meeting's status until the notes are ready.
(function () {
  const form = document.getElementById("upload-form");
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const bar = document.getElementById("upload-progress");
      const label = document.getElementById("upload-status");
      const xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) {
          bar.value = Math.round((100 * e.loaded) / e.total);
          label.textContent = "Uploading: " + bar.value + "%";
        }
      });
      xhr.addEventListener("load", function () {
        let body = {};
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = {}; }
        if (xhr.status === 201 && body.url) {
          label.textContent = "Uploaded. Transcribing...";
          window.location.assign(body.url);
        } else {
          label.textContent = body.error || ("Upload failed (" + xhr.status + ")");
          label.classList.add("flash-error");
        }
      });
      xhr.addEventListener("error", function () { label.textContent = "Upload failed: network error"; });
      label.textContent = "Uploading: 0%";
      xhr.send(new FormData(form));
    });
  }
  const status = document.getElementById("processing");
  if (status) {
    const bar = document.getElementById("processing-progress");
    const note = document.getElementById("processing-note");
    const poll = function () {
      fetch(status.dataset.statusUrl, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (s) {
          bar.value = s.percent;
          note.textContent = s.status === "failed" ? ("Failed: " + s.error) : (s.percent + "% - " + s.note);
          if (s.status === "done") { window.location.reload(); }
          else if (s.status !== "failed") { setTimeout(poll, 2000); }
        })
        .catch(function () { setTimeout(poll, 5000); });
    };
    setTimeout(poll, 1000);
  }
})();
