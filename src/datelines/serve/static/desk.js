// The copy desk: the story's datelines marked in place (green: right; red: wrong) with the
// checker's sentence on hover and on focus, a converter, and today's date. Everything comes
// from this service's JSON API (relative paths, so the page works behind a path prefix too).
"use strict";

const $ = (id) => document.getElementById(id);
const BUILT_IN = ["umalqura", "umalqura-icu", "civil", "astronomical"];
// The solar calendars printed beside the lunar one: Iran's and Afghanistan's, Bangladesh's.
const SOLAR = [
  {id: "solar-hijri", field: "solar_hijri_text", title: "Solar Hijri", where: "Iran, Afghanistan"},
  {id: "bangla", field: "bangla_text", title: "Bengali", where: "Bangladesh"},
];
let titles = {}; // authority id -> "Indonesia's calendar"
let checking = 0; // the latest check asked for: older answers are dropped

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body),
  };
  const response = await fetch(path, init);
  const answer = await response.json();
  if (!response.ok) {
    const err = new Error(answer.error ? answer.error.message : `HTTP ${response.status}`);
    err.code = answer.error ? answer.error.code : undefined;
    throw err;
  }
  return answer;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value; else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

// A message with its quoted pieces of the story isolated, each in its own direction: an
// Arabic or Persian date quoted in an English sentence kept its order (a trial: "'۱۶ ۱۴۰۴ حمل'").
// A quotation opens after no letter or digit and closes before none, so the apostrophes of
// "Indonesia's" and "Rabi' al-Thani" are no quotation marks (a trial: the text between two
// of them was isolated, and shown in bold). The quotation marks stay outside the isolate, in
// the sentence's direction (a trial: inside it, bidi moved them to the Persian text's ends).
function isolated(message) {
  const parts = message.split(/((?<![\p{L}\p{N}])'.*?'(?![\p{L}\p{N}]))/u);
  return parts.flatMap((part, i) => (i % 2 ? ["'", el("bdi", {dir: "auto"}, part.slice(1, -1)), "'"] : [part]));
}

// The API counts offsets in code points, JavaScript strings in UTF-16 units.
function utf16Offsets(text) {
  const map = [0];
  let unit = 0;
  for (const ch of text) { unit += ch.length; map.push(unit); }
  return map;
}

function authorityOf() { return $("authority").value || undefined; }

function followed(verdict) {
  const id = verdict.authority || verdict.calendar;
  return titles[id] ? `${titles[id]} (${id})` : id;
}

// A verdict that is ok but warns (another country's authority, a misspelt month): neither
// the green of a right line nor the red of a wrong one (a trial: it showed as "correct").
function state(verdict) {
  if (!verdict.ok) return "bad";
  return verdict.findings.some((f) => f.severity === "warning") ? "warn" : "ok";
}

const HEADS = {ok: "Correct", warn: "Check", bad: "Wrong"};
const SAID = {ok: " — correct: ", warn: " — check: ", bad: " — wrong: "};

function tip(found, id) {
  const verdict = found.verdict;
  const head = HEADS[state(verdict)];
  return el("span", {class: "tip", role: "tooltip", id, dir: "ltr"},
    el("b", {}, head), ...isolated(found.message), el("br"), `Calendar: ${followed(verdict)}`);
}

function render(text, answer) {
  const marked = $("marked");
  const findings = $("findings");
  marked.replaceChildren();
  findings.replaceChildren();
  const map = utf16Offsets(text);
  const lines = answer.datelines.map((found, index) => ({
    ...found, index, from: map[found.start], to: map[found.end],
  }));
  let offset = 0;
  for (const paragraph of text.split("\n")) {
    const start = offset;
    const end = offset + paragraph.length;
    const p = el("p", {dir: "auto"});
    let at = start;
    for (const found of lines) {
      const from = Math.max(found.from, start);
      const to = Math.min(found.to, end);
      if (from >= to) continue;
      if (from > at) p.append(text.slice(at, from));
      const id = `tip-${found.index}-${from}`;
      const mark = el("mark", {
        class: state(found.verdict), tabindex: "0", dir: "auto", "aria-describedby": id,
        "data-dateline": String(found.index),
      }, text.slice(from, to), tip(found, id));
      p.append(mark);
      at = to;
    }
    if (at < end) p.append(text.slice(at, end));
    marked.append(p);
    offset = end + 1;
  }
  for (const found of lines) {
    const verdict = found.verdict;
    const item = el("li", {class: state(verdict)}, el("bdi", {}, found.text), SAID[state(verdict)], ...isolated(found.message));
    findings.append(item);
  }
  const wrong = answer.failing;
  const count = answer.count;
  const warned = lines.filter((found) => state(found.verdict) === "warn").length;
  $("summary").className = wrong ? "error" : "";
  $("summary").textContent = count === 0
    ? "No dateline found."
    : `${count} dateline${count === 1 ? "" : "s"}: ${count - wrong - warned} correct, `
      + (warned ? `${warned} to check, ` : "") + `${wrong} wrong.`;
}

// Keep a mark's sentence on the screen: at a phone's width a mark near the end of a line
// (a right-to-left one above all) put it past the edge (a trial).
function keepOnScreen(event) {
  const mark = event.target.closest && event.target.closest("mark");
  const box = mark && mark.querySelector(".tip");
  if (!box) return;
  box.style.transform = "";
  const rect = box.getBoundingClientRect();
  if (!rect.width) return;  // not shown
  const room = document.documentElement.clientWidth - 8;
  const shift = rect.right > room ? room - rect.right : rect.left < 8 ? 8 - rect.left : 0;
  if (shift) box.style.transform = `translateX(${Math.round(shift)}px)`;
}

async function check() {
  const text = $("story").value;
  const ticket = ++checking;
  if (!text.trim()) {
    $("marked").replaceChildren(); $("findings").replaceChildren();
    $("summary").className = "";
    $("summary").textContent = "Paste a story above to mark and check its dates.";
    return;
  }
  $("summary").className = "";
  $("summary").textContent = "Checking…";
  try {
    const answer = await api("v1/extract", {text, authority: authorityOf()});
    if (ticket === checking) render(text, answer);
  } catch (err) {
    if (ticket !== checking) return;
    $("marked").replaceChildren(); $("findings").replaceChildren();
    $("summary").className = "error";
    $("summary").textContent = tooLong(err, text) || err.message;
  }
}

// An editor's words for the service's limit on a text (a trial: "'text' has 126,000
// characters; the limit is 100,000" named a field of the API).
function tooLong(err, text) {
  if (err.code !== "text-too-long" && err.code !== "body-too-large") return "";
  const limit = /limit is ([\d,]+)/.exec(err.message);
  const size = [...text].length.toLocaleString("en");
  const most = limit && err.code === "text-too-long" ? `; at most ${limit[1]}` : "";
  return `This story is too long to check at once (${size} characters${most}): check it in parts.`;
}

// A house style may keep its own calendar (the iran style: Iran's): then its line can name
// another Hijri day than the converter's, and says whose calendar it is in.
function calendarNote(written, shown) {
  if (written.calendar === shown) return "";
  const whose = titles[written.calendar] ? `${titles[written.calendar]} (${written.calendar})` : written.calendar;
  return `The house style's line is in ${whose}, not ${shown}.`;
}

// A year or a month alone ("Ramadan 1250", "March 2025"): its first and last days; no
// dateline in the house style, which writes one day.
function period(found) {
  const other = found.from === "gregorian" ? found.hijri_text : found.gregorian_text;
  const said = found.from === "gregorian" ? found.gregorian_text : found.hijri_text;
  return [
    el("p", {}, el("bdi", {}, found.input), " → ", el("strong", {id: "convert-result"}, other)),
    el("p", {}, `${said}: ${found.days} days (${found.gregorian} · ${found.hijri}); ${found.calendar}`),
  ];
}

async function convert(event) {
  if (event) event.preventDefault();
  const out = $("convert-output");
  const date = $("convert-input").value.trim();
  if (!date) { out.replaceChildren(); return; }
  try {
    const asked = {date, from: $("convert-from").value, calendar: authorityOf()};
    if ($("convert-order").value) asked.order = $("convert-order").value;
    asked.to = "all"; // the solar calendars' dates too
    const found = await api("v1/convert", asked);
    if (found.period) { out.replaceChildren(...period(found)); return; }
    // A Gregorian date gives its Hijri date; a date of any other calendar, its Gregorian day.
    const day = `${found.weekday}, ${found.gregorian_text}`;
    const read = found.from === "gregorian" ? [day, found.hijri_text] : [found.hijri_text, day];
    // A day the house style's calendar does not reach (a Rumi date of 1908: Umm al-Qura's
    // table begins in 1924) has no line in that style: the conversion stands without it.
    const written = await api("v1/format", {date: found.gregorian, style: $("style").value,
      calendar: authorityOf()}).catch((err) => ({error: err.message}));
    const solar = SOLAR.filter((c) => found[c.field]).map((c) => `${c.title} (${c.where}): ${found[c.field]}`);
    if (found.rumi_text) solar.push(`Rumi (Ottoman): ${found.rumi_text}`);  // a day of 1840-1925
    out.replaceChildren(
      el("p", {}, el("bdi", {}, found.input), " → ", el("strong", {id: "convert-result"}, read[1])),
      el("p", {}, `${read[0]} (${found.gregorian} · ${found.hijri}); ${found.calendar}, month ${found.month_source}`),
      el("p", {id: "convert-solar"}, solar.join(" · ")),
      written.error
        ? el("p", {class: "calendar-note"}, `No line in the house style: ${written.error}`)
        : el("p", {class: "dateline", dir: "auto"}, written.dateline));
    const note = written.error ? "" : calendarNote(written, found.calendar);
    if (note) out.append(el("p", {class: "calendar-note"}, note));
  } catch (err) {
    out.replaceChildren(el("p", {class: "error", role: "alert"}, err.message));
    // The service asks for "order", a field of its own: on this page it is the menu above.
    if (err.message.includes('"order"')) {
      out.append(el("p", {class: "hint"}, "Choose how to read it under \u201c01/02/2016 is\u201d above."));
    }
    // (a trial: the page has a menu for what the service asks)
    if (err.message.includes('"from": "hijri" or "gregorian"')) {
      out.append(el("p", {class: "hint"}, "Choose \u201cHijri\u201d or \u201cGregorian\u201d under \u201cRead as\u201d above."));
    } else if (err.message.includes('"from": "rumi" or "gregorian"')) {
      out.append(el("p", {class: "hint"}, "Choose \u201cRumi\u201d or \u201cGregorian\u201d under \u201cRead as\u201d above."));
    } else if (err.message.includes('"from": "hijri"')) {
      out.append(el("p", {class: "hint"}, "If it is a Hijri date, choose \u201cHijri\u201d under \u201cRead as\u201d above."));
    }
  }
}

async function today() {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const names = [...BUILT_IN, ...SOLAR.map((c) => c.id)];
  if (authorityOf() && !names.includes(authorityOf())) names.unshift(authorityOf());
  const query = new URLSearchParams(tz ? [["tz", tz]] : []);
  for (const name of names) query.append("calendar", name);
  try {
    const found = await api(`v1/today?${query}`);
    const first = found.calendars[0];
    $("today-gregorian").textContent = `${first.weekday}, ${first.gregorian_text} (Gregorian${tz ? `, ${tz}` : ""})`;
    $("today-list").replaceChildren(...found.calendars.map((c) => {
      const solar = SOLAR.find((s) => s.id === c.calendar);
      return solar
        ? el("li", {}, el("b", {}, c.calendar), `: ${c[solar.field]} (${solar.where})`)
        : el("li", {}, el("b", {}, c.calendar), `: ${c.hijri_text}`);
    }));
    const written = await api("v1/format", {date: found.gregorian, style: $("style").value, calendar: authorityOf()});
    $("today-dateline").textContent = written.dateline;
    $("today-note").textContent = calendarNote(written, first.calendar);
  } catch (err) {
    $("today-gregorian").textContent = err.message;
  }
}

async function start() {
  const [authorities, styles] = await Promise.all([api("v1/authorities"), api("v1/styles")]);
  for (const found of authorities.authorities) {
    titles[found.id] = found.title;
    $("authority").append(el("option", {value: found.id}, `${found.id}: ${found.country} (${found.name})`));
  }
  titles.umalqura = "Umm al-Qura";
  for (const style of styles.styles) {
    // An option is plain text: the example is isolated (FSI … PDI) so that an Arabic or Persian
    // one keeps its own direction inside the English label.
    $("style").append(el("option", {value: style.name}, `${style.name}: \u2068${style.example}\u2069`));
  }
  $("check").addEventListener("click", check);
  $("marked").addEventListener("focusin", keepOnScreen);
  $("marked").addEventListener("mouseover", keepOnScreen);
  $("story").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); check(); }
  });
  let pause;
  $("story").addEventListener("input", () => { clearTimeout(pause); pause = setTimeout(check, 600); });
  $("authority").addEventListener("change", () => { check(); today(); convert(); });
  $("style").addEventListener("change", () => { today(); convert(); });
  $("convert-form").addEventListener("submit", convert);
  $("convert-order").addEventListener("change", () => convert());
  document.body.dataset.ready = "true";
  await today();
}

start().catch((err) => { $("summary").className = "error"; $("summary").textContent = err.message; });
