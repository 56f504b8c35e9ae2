// Public report pages: print button, contact fields toggle, file checks before upload, no double submit.
// A static file (strict CSP: no inline scripts). Everything still works without it.
(function () {
  "use strict";

  function mb(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1).replace(".", ",") + " MB";
  }

  function fileProblem(form, input) {
    var maxFiles = parseInt(form.dataset.maxFiles, 10);
    var maxFile = parseInt(form.dataset.maxFileBytes, 10);
    var maxTotal = parseInt(form.dataset.maxTotalBytes, 10);
    var files = input.files || [];
    var total = 0;
    if (files.length > maxFiles) {
      return "Paling banyak " + maxFiles + " berkas; Anda memilih " + files.length + ".";
    }
    for (var i = 0; i < files.length; i++) {
      total += files[i].size;
      if (files[i].size > maxFile) {
        return "Berkas '" + files[i].name + "' berukuran " + mb(files[i].size) + "; batasnya " + mb(maxFile) + " per berkas.";
      }
    }
    if (total > maxTotal) {
      return "Total ukuran berkas " + mb(total) + "; batasnya " + mb(maxTotal) + ".";
    }
    return "";
  }

  function setUpForm(form) {
    var input = form.querySelector("input[type=file]");
    var problem = form.querySelector("[data-file-problem]");
    if (input && problem) {
      input.addEventListener("change", function () {
        var text = fileProblem(form, input);
        problem.textContent = text;
        problem.hidden = !text;
        input.setCustomValidity(text);
      });
    }
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button && button.dataset.busyText) {
        window.setTimeout(function () {
          button.disabled = true;
          button.textContent = button.dataset.busyText;
        }, 0);
      }
    });
  }

  function setUpContact() {
    var box = document.querySelector("[data-contact-fields]");
    if (!box) {
      return;
    }
    var radios = document.querySelectorAll("input[name=identity]");
    function sync() {
      var chosen = document.querySelector("input[name=identity]:checked");
      box.hidden = !chosen || chosen.value !== "kontak";
    }
    radios.forEach(function (radio) {
      radio.addEventListener("change", sync);
    });
    sync();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
    });
    document.querySelectorAll("form[data-report-form]").forEach(setUpForm);
    setUpContact();
  });
})();
