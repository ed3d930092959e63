// Record a meeting in the browser (microphone, MediaRecorder): the recording becomes the
// form's file, so it is uploaded and transcribed like any other. Hidden where the browser
// cannot record (no MediaRecorder, or a page not served over HTTPS or from localhost).
"use strict";
(function () {
  const box = document.getElementById("recorder");
  const input = document.getElementById("recording");
  if (!box || !input || !window.MediaRecorder || !navigator.mediaDevices) return;
  const start = document.getElementById("record-start");
  const stop = document.getElementById("record-stop");
  const status = document.getElementById("record-status");
  const kinds = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4"];
  const kind = kinds.find((k) => MediaRecorder.isTypeSupported(k)) || "";
  const extension = kind.includes("ogg") ? "ogg" : kind.includes("mp4") ? "m4a" : "webm";
  let recorder = null;
  let timer = null;
  box.hidden = false;
  // Leaving while recording, or before the recording is uploaded, would lose the meeting
  const warn = (event) => {
    event.preventDefault();
    event.returnValue = "The recording is not uploaded yet.";
    return event.returnValue;
  };
  input.form.addEventListener("submit", () => window.removeEventListener("beforeunload", warn));

  const clock = (seconds) =>
    Math.floor(seconds / 60) + ":" + String(Math.floor(seconds % 60)).padStart(2, "0");

  start.addEventListener("click", async () => {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      status.textContent = "The microphone is not available (" + error.name + "); upload a file instead.";
      return;
    }
    const parts = [];
    recorder = new MediaRecorder(stream, kind ? { mimeType: kind } : undefined);
    recorder.addEventListener("dataavailable", (event) => { if (event.data.size) parts.push(event.data); });
    recorder.addEventListener("stop", () => {
      stream.getTracks().forEach((track) => track.stop());
      clearInterval(timer);
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
      const file = new File(parts, "recording-" + stamp + "." + extension, { type: recorder.mimeType });
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      status.textContent = "Recorded " + clock(file.size ? elapsed() : 0) + ". Upload it below.";
      start.disabled = false;
      stop.disabled = true;
    });
    const began = Date.now();
    const elapsed = () => (Date.now() - began) / 1000;
    window.addEventListener("beforeunload", warn);
    recorder.start(1000); // parts of a second; the file is made from them at Stop
    start.disabled = true;
    stop.disabled = false;
    status.textContent = "Recording 0:00";
    timer = setInterval(() => { status.textContent = "Recording " + clock(elapsed()); }, 500);
  });
  stop.addEventListener("click", () => { if (recorder && recorder.state !== "inactive") recorder.stop(); });
})();
