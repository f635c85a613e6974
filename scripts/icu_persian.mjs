// Writes tests/data/icu-persian.tsv.gz from Node's Intl (ICU's `persian` calendar, the
// 33-year arithmetic rule): one line per Solar Hijri year (year, Gregorian date of
// 1 Farvardin, the twelve month lengths), walking every day from 1 Farvardin 1178 to the
// end of 1700 and asserting that each is the day after the one before in both calendars.
//
//   node scripts/icu_persian.mjs
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const DAY = 86400000;
const fmt = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", {
  timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric",
});
const years = new Map();
let prev = null;
for (let t = Date.parse("1799-03-01T00:00:00Z"); t <= Date.parse("2322-04-01T00:00:00Z"); t += DAY) {
  const parts = fmt.formatToParts(new Date(t));
  const get = (k) => Number(parts.find((p) => p.type === k).value);
  const y = get("year"), m = get("month"), d = get("day");
  if (prev) {
    const next = (y === prev.y && m === prev.m && d === prev.d + 1) ||
      (d === 1 && ((y === prev.y && m === prev.m + 1) || (y === prev.y + 1 && m === 1 && prev.m === 12)));
    if (!next) throw new Error(`discontinuity at ${new Date(t).toISOString()}`);
    if (d === 1) years.get(prev.y)?.lengths.push(prev.d);
  }
  if (m === 1 && d === 1) years.set(y, { first: new Date(t).toISOString().slice(0, 10), lengths: [] });
  prev = { y, m, d };
}
const lines = [`# ICU persian via Node ${process.version}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}`];
for (const [y, { first, lengths }] of years) {
  if (lengths.length === 12 && y >= 1178 && y <= 1700) lines.push([y, first, ...lengths].join("\t"));
}
writeFileSync("tests/data/icu-persian.tsv.gz", gzipSync(lines.join("\n") + "\n"));
console.log(`wrote ${lines.length - 1} years`);
