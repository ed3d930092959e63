// Upload with a progress bar (XHR), then poll the meeting's status until the notes are ready.
(function () {
  const form = document.getElementById("upload-form");
  if (form) {
    const button = form.querySelector("button[type=submit]");
    const bar = document.getElementById("upload-progress");
    const label = document.getElementById("upload-status");
    let uploading = false;
    // Leaving mid-upload would throw the upload away: the browser asks first
    const warn = function (event) {
      event.preventDefault();
      event.returnValue = "The upload is not finished."; // older browsers want a text
      return event.returnValue;
    };
    const busy = function (on) {
      uploading = on;
      button.disabled = on; // one click, one upload (a double click would transcribe twice)
      if (on) { window.addEventListener("beforeunload", warn); }
      else { window.removeEventListener("beforeunload", warn); }
    };
    const failed = function (message) {
      busy(false);
      bar.value = 0;
      label.textContent = message;
      label.classList.add("flash-error");
    };
    // The date field has no time zone: the browser's is added, so "10:00" is the uploader's
    // 10:00 and not the server's (the server reads a date without an offset in its own zone)
    const withOffset = function (data) {
      const value = data.get("date");
      if (value && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) {
        const minutes = -new Date(value).getTimezoneOffset();
        const sign = minutes < 0 ? "-" : "+";
        const pad = function (n) { return String(Math.floor(Math.abs(n))).padStart(2, "0"); };
        data.set("date", value + sign + pad(minutes / 60) + ":" + pad(minutes % 60));
      }
      return data;
    };
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (uploading) { return; } // Enter in a field submits too
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
          // the recording is safe on the server: leave without asking, button still off
          window.removeEventListener("beforeunload", warn);
          window.location.assign(body.url);
        } else {
          failed(body.error || ("Upload failed (" + xhr.status + ")"));
        }
      });
      xhr.addEventListener("error", function () { failed("Upload failed: network error"); });
      xhr.addEventListener("abort", function () { failed("Upload cancelled"); });
      busy(true);
      bar.value = 0;
      label.classList.remove("flash-error");
      label.textContent = "Uploading: 0%";
      xhr.send(withOffset(new FormData(form)));
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
