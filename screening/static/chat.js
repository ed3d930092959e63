// Progressive enhancement: without JavaScript the form posts and the page reloads.
(function () {
  "use strict";
  var form = document.getElementById("send");
  var log = document.getElementById("log");
  var error = document.getElementById("error");
  if (!form || !log || !window.fetch) return;
  var session = log.getAttribute("data-session");
  var box = document.getElementById("text");

  function add(role, text) {
    var li = document.createElement("li");
    li.className = "msg " + role;
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = role === "candidate" ? "You: " : "Screener: ";
    var body = document.createElement("span");
    body.className = "text";
    body.textContent = text; // text, never HTML
    li.appendChild(who);
    li.appendChild(body);
    log.appendChild(li);
    li.scrollIntoView({block: "end"});
  }

  box.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = box.value;
    if (!text.trim()) return;
    var button = form.querySelector("button");
    button.disabled = true;
    error.textContent = "";
    fetch("/api/sessions/" + encodeURIComponent(session) + "/messages", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({text: text})
    }).then(function (r) {
      return r.json().then(function (data) { return {ok: r.ok, data: data}; });
    }).then(function (res) {
      if (!res.ok) { error.textContent = res.data.detail || "Something went wrong; please try again."; return; }
      add("candidate", text);
      add("screener", res.data.reply);
      box.value = "";
      if (res.data.done) { window.location.reload(); }
    }).catch(function () {
      error.textContent = "Could not reach the server; your message was not sent. Please try again.";
    }).finally(function () { button.disabled = false; box.focus(); });
  });
})();
