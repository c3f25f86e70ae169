// tickflow web: renders the event stream of /events. Every value is written with textContent, never as HTML,
// so tickers and messages from Kafka cannot inject markup.
"use strict";

const MAX_ALERTS = 200;
let alerts = [];

function cell(row, text, numeric) {
  const td = document.createElement("td");
  td.textContent = text === null || text === undefined ? "" : String(text);
  if (numeric) td.className = "num";
  row.appendChild(td);
}

function fixed(x, digits) {
  return typeof x === "number" ? x.toFixed(digits) : x;
}

function renderWatchlist(list) {
  document.getElementById("session").textContent = list.session ? "(" + list.session + ")" : "";
  const body = document.querySelector("#watchlist tbody");
  body.replaceChildren();
  for (const f of list.tickers) {
    const row = document.createElement("tr");
    row.dataset.ticker = f.ticker;
    cell(row, f.ticker);
    cell(row, fixed(f.close_d, 2), true);
    cell(row, typeof f.pct_chg_d === "number" ? (f.pct_chg_d * 100).toFixed(1) + " %" : "", true);
    cell(row, fixed(f.rvol30, 2), true);
    cell(row, fixed(f.dollar_vol_d, 0), true);
    cell(row, f.days_info_rich_252, true);
    body.appendChild(row);
  }
  document.getElementById("watchlist-empty").hidden = list.tickers.length > 0;
}

function renderAlerts(freshId) {
  const body = document.querySelector("#alerts tbody");
  body.replaceChildren();
  for (const a of alerts) {
    const row = document.createElement("tr");
    row.dataset.alertId = a.id;
    if (a.id === freshId) row.className = "fresh";
    cell(row, a.event_time);
    cell(row, a.ticker);
    cell(row, a.kind);
    cell(row, a.message);
    cell(row, a.id);
    body.appendChild(row);
  }
  document.getElementById("alerts-empty").hidden = alerts.length > 0;
}

function setStatus(state, text) {
  const status = document.getElementById("status");
  status.dataset.state = state;
  status.textContent = text;
}

function connect() {
  const source = new EventSource("events");
  source.onopen = () => setStatus("open", "live");
  source.onerror = () => setStatus("closed", "disconnected, retrying…");
  source.addEventListener("watchlist", e => renderWatchlist(JSON.parse(e.data)));
  source.addEventListener("alerts", e => {
    alerts = JSON.parse(e.data).slice(0, MAX_ALERTS);
    renderAlerts(null);
  });
  source.addEventListener("alert", e => {
    const a = JSON.parse(e.data);
    alerts = [a].concat(alerts.filter(x => x.id !== a.id)).slice(0, MAX_ALERTS);
    renderAlerts(a.id);
  });
}

connect();
