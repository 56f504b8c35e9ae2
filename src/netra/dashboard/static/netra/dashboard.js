/* netra dashboard: draws the charts from the JSON blocks the page renders with json_script.
   A static file because the CSP forbids inline scripts; every number also sits in the table
   under each chart, so the page is complete without JavaScript. */
(function () {
  "use strict";

  var WRAP = 30; // characters per line of a long category label

  function wrap(label) {
    var words = String(label).split(" ");
    var lines = [];
    var line = "";
    words.forEach(function (word) {
      if (line && (line + " " + word).length > WRAP) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) lines.push(line);
    return lines.length > 1 ? lines : label;
  }

  function colours() {
    var style = getComputedStyle(document.documentElement);
    var pick = function (name, fallback) {
      return style.getPropertyValue(name).trim() || fallback;
    };
    return [pick("--brand", "#0b5d7a"), pick("--grey", "#b54708"), pick("--forbidden", "#b42318")];
  }

  function config(spec) {
    var palette = colours();
    var horizontal = spec.kind === "hbar";
    var valueAxis = horizontal ? "x" : "y";
    var datasets = spec.series.map(function (series, index) {
      var colour = palette[index % palette.length];
      var dataset = {
        label: series.label,
        data: series.data,
        backgroundColor: colour,
        borderColor: colour,
      };
      if (spec.kind === "line") {
        dataset.fill = false;
        dataset.tension = 0.2;
        dataset.pointRadius = 3;
      }
      if (series.axis) {
        dataset[valueAxis + "AxisID"] = series.axis;
      }
      return dataset;
    });
    var scales = {};
    scales[valueAxis] = { beginAtZero: true, ticks: { precision: 0 } };
    scales[horizontal ? "y" : "x"] = {
      ticks: { autoSkip: spec.kind === "line" },
    };
    spec.series.forEach(function (series) {
      if (series.axis) {
        scales[series.axis] = {
          axis: valueAxis,
          position: horizontal ? "top" : "right",
          beginAtZero: true,
          ticks: { precision: 0 },
          grid: { drawOnChartArea: false },
        };
      }
    });
    var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    return {
      type: spec.kind === "line" ? "line" : "bar",
      data: {
        labels: spec.kind === "line" ? spec.labels : spec.labels.map(wrap),
        datasets: datasets,
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: reduced ? false : { duration: 300 },
        locale: "id-ID",
        scales: scales,
        plugins: { legend: { display: spec.series.length > 1 } },
      },
    };
  }

  function draw() {
    if (typeof window.Chart === "undefined") return; // the tables still show every number
    document.querySelectorAll("canvas[data-source]").forEach(function (canvas) {
      var source = document.getElementById(canvas.getAttribute("data-source"));
      if (!source) return;
      new window.Chart(canvas, config(JSON.parse(source.textContent)));
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
