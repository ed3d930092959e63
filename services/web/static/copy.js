// Adds a "Copy" button to every <pre class="command"> (the clipboard API needs https or localhost).
(function () {
  "use strict";
  function addButton(block) {
    if (!navigator.clipboard) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy this command");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(block.innerText.trim()).then(function () {
        button.textContent = "Copied";
        window.setTimeout(function () { button.textContent = "Copy"; }, 2000);
      });
    });
    block.insertAdjacentElement("afterend", button);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("pre.command").forEach(addButton);
  });
})();
