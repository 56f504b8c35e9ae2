/* Cek dulu sebelum posting: show the self-check's refusals (400 form errors, 429 too many checks,
   503 no active election) in place, as htmx by default swaps only 2xx answers. No inline code:
   this file is loaded under the strict Content-Security-Policy (script-src 'self'). */
document.addEventListener("htmx:beforeSwap", function (event) {
  var status = event.detail.xhr.status;
  var target = event.detail.target;
  if (target && target.id === "hasil" && (status === 400 || status === 429 || status === 503)) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
