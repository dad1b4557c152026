// The emulator's dashboard: reads and changes everything through the control plane (/_emulator), as any client would.
// Everything shown comes from the emulator and may carry markup (a manifest, an account name): it only ever becomes
// text nodes (textContent), never HTML.
"use strict";

const API = "/_emulator/";
const TOKEN_KEY = "importexport-emulator-admin-token";
const REFRESH_MILLIS = 1000;
/** Jobs a page of the table shows: the emulator sends one page, whatever the number of jobs. */
const PAGE_SIZE = 50;
/** The happy path of the lifecycle diagram of docs/control-plane.md; an off-path end (canceled, expired) is drawn after its stage. */
const STAGES = [
  { name: "Created", holds: s => s.locationCode === "NotReceived" },
  { name: "Device received", holds: s => s.locationCode === "AtAWS" && s.progressCode === "Pending" },
  { name: "Loading", holds: s => s.locationCode === "AtAWS" && s.progressCode === "InProgress" },
  { name: "Loaded", holds: s => s.locationCode === "AtAWS" && !["Pending", "InProgress", "Canceled"].includes(s.progressCode) },
  { name: "Returned", holds: s => s.locationCode === "Returned" },
];

const view = { token: sessionStorage.getItem(TOKEN_KEY), selected: null, listing: null, offset: 0, refreshing: false, drawn: {},
  answers: new Map() };
/** GET answers kept for their ETags: the latest few paths (each search, page and job is a path of its own). */
const KEPT_ANSWERS = 16;

/** Draws a part of the page only when what it shows changed, so that a selection or a hover survives the refresh. */
function redraw(part, data, draw) {
  const key = JSON.stringify(data);
  if (view.drawn[part] !== key) {
    view.drawn[part] = key;
    draw(data);
  }
}

class Refusal extends Error {
  constructor(status, code, message) {
    super(message || code || ("HTTP " + status));
    this.status = status;
    this.code = code;
  }
}

/**
 * One control-plane call; the token goes along when one was given. A 401 or 403 asks for the token. A GET names the
 * ETag of its last answer, and an unchanged answer comes back as a bodiless 304: polling costs nothing when nothing changed.
 */
async function call(method, path, body) {
  const headers = {};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (view.token) headers["Authorization"] = "Bearer " + view.token;
  const last = method === "GET" ? view.answers.get(path) : undefined;
  if (last) headers["If-None-Match"] = last.etag;
  const response = await fetch(API + path, { method, headers, cache: "no-store",
    body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 304 && last) return last.body;
  const answer = await response.json().catch(() => null);
  if (method === "GET" && response.ok && response.headers.get("ETag")) {
    view.answers.delete(path); // the oldest answer is the first to go
    view.answers.set(path, { etag: response.headers.get("ETag"), body: answer });
    if (view.answers.size > KEPT_ANSWERS) view.answers.delete(view.answers.keys().next().value);
  }
  if (response.status === 401 || response.status === 403) {
    askForToken(response.status === 401 ? "This emulator's control plane needs its admin token (--admin-token)."
      : "That token is not this emulator's admin token.");
  }
  if (!response.ok) {
    throw new Refusal(response.status, answer && answer.error, answer && answer.message);
  }
  return answer;
}

/** An element with attributes and children; strings become text nodes, so nothing from the emulator is parsed as HTML. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === "className") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const $ = id => document.getElementById(id);

function stateName(job) {
  return job.progressCode + " / " + job.locationCode;
}

function shortTime(iso) {
  return iso ? iso.replace("T", " ").replace(/\.\d+Z$|Z$/, "") : "";
}

/** An instant to the second, as ISO 8601: the emulator's clock has nanoseconds nobody reads. */
function toSecond(iso) {
  return iso.replace(/\.\d+Z$/, "Z");
}

/** Whether the emulator answers: rewritten by every refresh. */
function setStatus(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

/** What the last action did: it stays until the next action, whatever the refreshes in between. */
function setActionStatus(text, className) {
  $("action-status").textContent = text;
  $("action-status").className = className;
}

function askForToken(reason) {
  $("token-reason").textContent = reason;
  $("token-panel").hidden = false;
}

/** Keeps the options of a filter in step with the jobs, without losing what the user chose. */
function fillFilter(select, values) {
  const chosen = select.value;
  select.replaceChildren(el("option", { value: "" }, "all"), ...values.map(value => el("option", { value }, value)));
  select.value = [...select.options].some(option => option.value === chosen) ? chosen : "";
}

/** A cell that names its column, for the narrow layout in which each row is a card. */
function cell(label, text, className) {
  return el("td", { "data-label": label, className: className || "" }, text);
}

function renderJobs(listing) {
  fillFilter($("filter-account"), listing.accounts);
  fillFilter($("filter-progress"), listing.progressCodes);
  $("job-count").textContent = listing.matching === listing.total ? String(listing.total) : listing.matching + " of " + listing.total;
  const first = listing.jobs.length ? listing.offset + 1 : 0;
  $("page-info").textContent = first + "–" + (listing.offset + listing.jobs.length) + " of " + listing.matching;
  $("page-prev").disabled = listing.offset === 0;
  $("page-next").disabled = listing.offset + listing.jobs.length >= listing.matching;
  $("jobs").replaceChildren(...listing.jobs.map(job => el("tr", {
    "data-job-id": job.jobId,
    className: job.jobId === view.selected ? "selected" : "",
    onclick: () => select(job.jobId),
  }, cell("Job", job.jobId), cell("Account", job.accountId), cell("Kind", job.kind), cell("State", stateName(job), "state"),
    cell("Created", shortTime(job.creationDate)))));
}

/** The rows are rebuilt only when the page or the selection changed: a rebuild under the pointer would swallow a click. */
function drawJobs() {
  if (view.listing) redraw("jobs", [view.listing, view.selected], () => renderJobs(view.listing));
}

/** The page of jobs the table shows: the filters and the search are the emulator's to apply, so a page is all that comes. */
function jobsPath() {
  const query = new URLSearchParams({ limit: PAGE_SIZE, offset: view.offset, search: $("job-search").value.trim(),
    account: $("filter-account").value, progress: $("filter-progress").value, type: $("filter-type").value });
  return "jobs?" + query;
}

function renderRequests(requests) {
  $("requests").replaceChildren(...requests.slice(-50).reverse().map(request => el("tr", {
    className: request.status >= 400 ? "failed" : "",
  }, cell("Time", shortTime(request.time)), cell("Operation", request.operation), cell("Account", request.accountId || "–"),
    cell("Status", request.status), cell("Error", request.errorCode || ""), cell("ms", request.millis.toFixed(1)))));
}

function renderFaults(faults) {
  $("faults").replaceChildren(...(faults.length ? faults.map(fault => el("li", {},
    fault.operation + (fault.accountId ? " for " + fault.accountId : "") + ": "
    + (fault.errorCode ? fault.status + " " + fault.errorCode : "no error")
    + (fault.delayMillis ? ", delayed " + fault.delayMillis + " ms" : "")
    + (fault.count ? ", " + fault.count + " call(s) left" : ", every call"))) : [el("li", { className: "none" }, "none")]));
}

/** The lifecycle as a row of stages: passed ones with the date the job entered them, the current one highlighted. */
function renderLifecycle(states) {
  const current = states[states.length - 1];
  const offPath = current.progressCode === "Canceled" || current.progressCode === "Expired";
  let reached = STAGES.findIndex(stage => stage.holds(current));
  const items = STAGES.map((stage, index) => {
    const entered = states.find(state => stage.holds(state));
    const failed = stage.name === "Loaded" && entered && entered.aborted;
    const label = stage.name === "Loaded" && entered && entered.progressCode !== "Success" ? entered.progressCode : stage.name;
    const kind = index === reached && !offPath ? "current" : index < reached || (offPath && index <= reached) ? "done" : "ahead";
    return el("li", { "data-stage": stage.name, className: kind + (failed ? " failed" : "") },
      el("strong", {}, label), entered ? el("time", {}, shortTime(entered.since)) : "");
  });
  if (offPath) {
    const last = items.length;
    items.splice(reached + 1, 0, el("li", { "data-stage": current.progressCode, className: "current failed" },
      el("strong", {}, current.progressCode), el("time", {}, shortTime(current.since))));
    items.length = Math.min(items.length, last + 1);
  }
  $("lifecycle").replaceChildren(...items);
}

function renderDetail(detail) {
  const job = detail.job;
  $("job-detail").hidden = false;
  $("detail-title").textContent = job.jobId;
  renderLifecycle(detail.states);
  const fields = [["Account", job.accountId], ["Type", job.jobType + " (" + job.kind + ")"], ["Location", job.locationMessage],
    ["Progress", job.progressMessage], ["Errors", job.errorCount], ["Carrier", job.carrier], ["Tracking number", job.trackingNumber],
    ["Log", job.logKey ? job.logBucket + "/" + job.logKey : null]];
  $("detail-fields").replaceChildren(...fields.filter(([, value]) => value !== null && value !== undefined)
    .flatMap(([name, value]) => [el("dt", {}, name), el("dd", {}, value)]));
  $("detail-documents").replaceChildren(...detail.documents.map(document =>
    el("li", {}, el("a", { href: document.path, download: document.name, onclick: event => download(event, document) }, document.name))));
  $("detail-manifest").textContent = detail.manifest;
  const select = $("state-select");
  if (select.options.length !== detail.transitions.length) {
    select.replaceChildren(...detail.transitions.map(name => el("option", { value: name }, name)));
  }
}

/** With a token, a plain link would go without it: fetch the document with it and hand the browser the bytes. */
async function download(event, document) {
  if (!view.token) return;
  event.preventDefault();
  const response = await fetch(document.path, { headers: { Authorization: "Bearer " + view.token } });
  if (!response.ok) {
    setActionStatus("Download of " + document.name + " refused: HTTP " + response.status, "refused");
    return;
  }
  const link = el("a", { href: URL.createObjectURL(await response.blob()), download: document.name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

async function select(jobId) {
  view.selected = jobId;
  $("action-result").textContent = "";
  view.drawn.detail = null;
  drawJobs();
  await refreshDetail();
  bringIntoView($("job-detail"));
}

/** Scrolls the least that shows the element's top, when it is out of sight (the narrow layout puts the detail below the jobs). */
function bringIntoView(element) {
  const box = element.getBoundingClientRect();
  if (box.top < 0 || box.top > window.innerHeight - 40) element.scrollIntoView({ block: "start" });
}

/** Draws the selected job; an answer for a job no longer selected (a click came while it was on its way) is dropped. */
async function refreshDetail() {
  const jobId = view.selected;
  if (!jobId) return;
  try {
    const detail = await call("GET", "jobs/" + encodeURIComponent(jobId) + "/detail");
    if (view.selected === jobId) redraw("detail", detail, renderDetail);
  } catch (error) {
    if (view.selected !== jobId) return;
    if (error.status === 404) {
      view.selected = null;
      $("job-detail").hidden = true;
    } else {
      throw error;
    }
  }
}

async function refresh() {
  if (view.refreshing) return;
  view.refreshing = true;
  try {
    const [clock, listing, faults, requests] = await Promise.all([call("GET", "clock"), call("GET", jobsPath()),
      call("GET", "faults"), call("GET", "requests")]);
    $("clock-now").textContent = toSecond(clock.now);
    if (listing.offset > 0 && listing.offset >= listing.matching) { // the page emptied (a reset, a filter): back to the first
      view.offset = 0;
    }
    view.listing = listing;
    drawJobs();
    redraw("faults", faults.faults, renderFaults);
    redraw("requests", requests.requests.slice(-50), renderRequests);
    await refreshDetail();
    $("token-panel").hidden = true;
    setStatus("Updated " + new Date().toLocaleTimeString(), false);
  } catch (error) {
    setStatus("Cannot read the emulator: " + error.message, true);
  } finally {
    view.refreshing = false;
  }
}

/**
 * Runs a change and shows the emulator's refusal as it said it (a refused transition is shown, not hidden), until the
 * next action; then refreshes.
 */
async function act(change, resultElement) {
  const show = resultElement ? (text, className) => { resultElement.textContent = text; resultElement.className = className; }
    : setActionStatus;
  show("", "");
  try {
    await change();
    show("Done", "ok");
  } catch (error) {
    show("Refused: " + error.message, "refused");
  }
  await refresh();
}

/** A new filter or search starts at the first page. */
function refilter() {
  view.offset = 0;
  refresh();
}

function turnPage(by) {
  view.offset = Math.max(0, view.offset + by * PAGE_SIZE);
  refresh();
}

/** The version, once: it does not change while the page is open. */
async function showVersion() {
  const health = await call("GET", "health").catch(error => error);
  if (!(health instanceof Error)) $("version").textContent = health.version;
}

function wire() {
  for (const id of ["filter-account", "filter-progress", "filter-type"]) $(id).addEventListener("change", refilter);
  let typing;
  $("job-search").addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(refilter, 250);
  });
  $("page-prev").addEventListener("click", () => turnPage(-1));
  $("page-next").addEventListener("click", () => turnPage(1));
  $("token-submit").addEventListener("click", () => {
    view.token = $("token-input").value.trim() || null;
    if (view.token) sessionStorage.setItem(TOKEN_KEY, view.token); else sessionStorage.removeItem(TOKEN_KEY);
    refresh();
  });
  $("clock-advance").addEventListener("click", () => act(() => call("POST", "clock", { advance: $("clock-advance-input").value.trim() })));
  $("clock-set").addEventListener("click", () => act(() => call("POST", "clock", { set: $("clock-set-input").value.trim() })));
  $("reset").addEventListener("click", () => {
    $("reset").hidden = true;
    $("reset-confirm").hidden = false;
  });
  const closeReset = () => {
    $("reset").hidden = false;
    $("reset-confirm").hidden = true;
  };
  $("reset-no").addEventListener("click", closeReset);
  $("reset-yes").addEventListener("click", () => {
    closeReset();
    act(() => call("POST", "reset"));
  });
  $("advance").addEventListener("click", () => act(() => call("POST", "jobs/" + encodeURIComponent(view.selected) + "/advance"),
    $("action-result")));
  $("set-state").addEventListener("click", () => {
    const state = $("state-select").value;
    const body = state === "SuccessWithErrors" ? { state, errorCount: Number($("error-count").value) } : { state };
    act(() => call("POST", "jobs/" + encodeURIComponent(view.selected) + "/state", body), $("action-result"));
  });
  $("fault-add").addEventListener("click", () => {
    const fault = { operation: $("fault-operation").value.trim(), count: Number($("fault-count").value),
      delayMillis: Number($("fault-delay").value) };
    const errorCode = $("fault-error-code").value.trim();
    if (errorCode) Object.assign(fault, { errorCode, status: Number($("fault-status").value) });
    act(() => call("POST", "faults", fault));
  });
  $("faults-clear").addEventListener("click", () => act(() => call("DELETE", "faults")));
}

wire();
showVersion();
refresh();
setInterval(refresh, REFRESH_MILLIS);
