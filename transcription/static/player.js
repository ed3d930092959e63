// The meeting page's player: a time in the notes or the transcript plays that moment.
// The link still scrolls to the transcript; without a player (or JavaScript) only that.
"use strict";
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-start]");
  const player = document.getElementById("player");
  if (!link || !player) return;
  const start = Number(link.dataset.start);
  if (!Number.isFinite(start)) return;
  player.currentTime = Math.max(0, start - 0.5);  // a breath before the words
  player.play().catch(() => {});  // a browser may refuse autoplay; the position is still set
});
