// node import.js FILE [--db FILE]: the peer of `catalogue-bench --import`. Reads a CSV in the catalogue's own
// format (the seed's column names in its header) with csv-parse, streaming, and writes it into a new catalogue
// through Sequelize's bulkCreate with the seed's model (schema.js) and its validation, 1,000 rows a call, all in one
// transaction (all rows or none, as our import). Prints one JSON line: import_ms, import_peak_rss_mb, added.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parse } = require('csv-parse');
const define = require('./schema');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const csv = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--')));
if (!csv) {
  console.error('usage: node import.js FILE [--db FILE]');
  process.exit(2);
}
const file = option('--db', path.join(os.tmpdir(), 'sequelize-import.db'));
const perCall = 1000;

function peakRssMb() {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

// The file's texts as the model's values: numbers converted, empty optional columns null, as our importer does.
const integers = new Set(['Annee', 'NbPages', 'Quantite']);
const floats = new Set(['Prix', 'Ventes']);
const required = new Set(['Presentation', 'NomSansEspaces', 'Arriere', 'Dos']);
function book(record) {
  const values = {};
  for (const [column, text] of Object.entries(record)) {
    if (integers.has(column) || floats.has(column)) {
      const number = text === '' ? null : Number(text);
      if (number !== null && (Number.isNaN(number) || (integers.has(column) && !Number.isInteger(number))))
        throw new Error(`${column}: ${text} is not a number`);
      values[column] = number;
    } else {
      values[column] = text === '' && !required.has(column) ? null : text;
    }
  }
  if (values.NomSansEspaces === undefined || values.NomSansEspaces === '')
    values.NomSansEspaces = (values.Nom || '').replace(/\s/g, '');
  return values;
}

async function main() {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  const { sequelize, Livre } = define(file);
  await sequelize.query('PRAGMA journal_mode = WAL');
  await sequelize.query('PRAGMA synchronous = NORMAL');
  await sequelize.sync();
  let added = 0;
  const start = process.hrtime.bigint();
  await sequelize.transaction(async (transaction) => {
    const parser = fs.createReadStream(csv).pipe(parse({ columns: true, bom: true, relax_quotes: false }));
    let rows = [];
    for await (const record of parser) {
      rows.push(book(record));
      if (rows.length === perCall) {
        await Livre.bulkCreate(rows, { validate: true, transaction });
        added += rows.length;
        rows = [];
      }
    }
    if (rows.length > 0) {
      await Livre.bulkCreate(rows, { validate: true, transaction });
      added += rows.length;
    }
  });
  const importMs = Number(process.hrtime.bigint() - start) / 1e6;
  await sequelize.close();
  console.log(JSON.stringify({ import_ms: importMs, import_peak_rss_mb: peakRssMb(), added }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
