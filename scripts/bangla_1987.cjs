// Writes tests/data/bangla-1987-npm.tsv from the npm package date-bengali-revised (2.0.2,
// MIT, github.com/commenthol/date-bengali-revised), an implementation of the Bangla
// Academy's 1987 revision of the Bengali calendar written without reference to ours: one
// line per Bengali year (year, the Gregorian date of 1 Boishakh, the twelve month lengths),
// walking every day from 14 April 1987 to 13 April 2100 and asserting that each is the day
// after the one before in both calendars.
//
//   npm install --prefix /tmp/bdr date-bengali-revised@2.0.2
//   NODE_PATH=/tmp/bdr/node_modules node scripts/bangla_1987.cjs
const { writeFileSync } = require("node:fs");
const Calendar = require("date-bengali-revised").default;

const DAY = 86400000;
const years = new Map();
let prev = null;
for (let t = Date.UTC(1987, 3, 14); t < Date.UTC(2100, 3, 14); t += DAY) {
  const g = new Date(t);
  const { year: y, month: m, day: d } = new Calendar().fromGregorian(
    g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate(),
  );
  if (prev) {
    const next = (y === prev.y && m === prev.m && d === prev.d + 1) ||
      (d === 1 && ((y === prev.y && m === prev.m + 1) || (y === prev.y + 1 && m === 1 && prev.m === 12)));
    if (!next) throw new Error(`discontinuity at ${g.toISOString()}`);
    if (d === 1) years.get(prev.y).lengths.push(prev.d);
  }
  if (m === 1 && d === 1) years.set(y, { first: g.toISOString().slice(0, 10), lengths: [] });
  prev = { y, m, d };
}
years.get(prev.y).lengths.push(prev.d);
const lines = [
  `# date-bengali-revised 2.0.2 (MIT) via Node ${process.version}: year, 1 Boishakh, month lengths`,
];
for (const [y, { first, lengths }] of years) lines.push([y, first, ...lengths].join("\t"));
writeFileSync("tests/data/bangla-1987-npm.tsv", lines.join("\n") + "\n");
