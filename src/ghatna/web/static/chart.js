// Draws the chart described by <script type="application/json" id="chart-data"> with uPlot:
// stacked bars (one series per group) and a line on its own axis. Data only: nothing here
// reads the page's text or URL.
(function () {
  "use strict";
  var holder = document.getElementById("chart");
  var source = document.getElementById("chart-data");
  if (!holder || !source || typeof uPlot === "undefined") { return; }
  var spec = JSON.parse(source.textContent);
  if (!spec.x.length) { holder.textContent = "No dated events to chart."; return; }

  // Stacking: series k holds the sum of groups 0..k; the tallest is drawn first, the rest over it.
  var sums = [], running = spec.x.map(function () { return 0; });
  spec.bars.forEach(function (bar) {
    running = running.map(function (v, i) { return v + (bar.values[i] || 0); });
    sums.push(running.slice());
  });
  var order = spec.bars.map(function (_, k) { return k; }).reverse();
  var bars = uPlot.paths.bars({ size: [0.85, 48], gap: 1 });
  var series = [{ label: "period", value: function (u, v, si, i) { return i == null ? "" : spec.labels[i]; } }];
  var data = [spec.x];
  order.forEach(function (k) {
    series.push({
      label: spec.bars[k].label, fill: spec.bars[k].colour, stroke: spec.bars[k].colour, width: 0,
      paths: bars, points: { show: false },
      value: function (u, v, si, i) { return i == null ? "" : String(spec.bars[k].values[i]); }
    });
    data.push(sums[k]);
  });
  series.push({ label: spec.line.label, stroke: spec.line.colour, width: 2, scale: "g",
                points: { show: spec.x.length < 60, size: 5 } });
  data.push(spec.line.values);

  function size() { return { width: Math.max(280, holder.clientWidth), height: 300 }; }
  var options = Object.assign(size(), {
    series: series,
    scales: { x: { time: true, range: function (u, lo, hi) { return [lo - spec.step / 2, hi + spec.step / 2]; } },
              y: { range: function (u, lo, hi) { return [0, Math.max(1, hi)]; } } },
    axes: [{}, { label: "events" }, { scale: "g", side: 1, label: "Goldstein", grid: { show: false } }],
    legend: { live: true }
  });
  var plot = new uPlot(options, data, holder);
  window.addEventListener("resize", function () { plot.setSize(size()); });
})();
