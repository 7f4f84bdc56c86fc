// node bench.js [--rows N] [--db FILE]: the Livres workload through Sequelize 6, printing the same JSON line as
// catalogue-bench.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Op, fn, col } = require('sequelize');
const define = require('./schema');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const n = parseInt(option('--rows', '100000'), 10);
const file = option('--db', path.join(os.tmpdir(), 'sequelize-bench.db'));
const genres = ['Roman', 'Essai', 'BD', 'Poésie'];

function row(i) {
  return {
    Nom: `Le Livre ${i}`, NomSansEspaces: `LeLivre${i}`, Presentation: 'Une présentation', Description: 'desc',
    Couverture: `covers/${i}.jpg`, Prix: 9.99 + (i % 50), Genre: genres[i % 4], Accroche: 'accroche',
    Lien: `https://example.org/${i}`, Auteur: `Auteur ${i % 300}`, Edition: 'Gallimard', Quantite: i % 20,
    Annee: 1950 + (i % 70), NbPages: 100 + (i % 400), Ventes: i * 1.5, Arriere: `covers/${i}-back.jpg`,
    Dos: `covers/${i}-spine.jpg`,
  };
}

const lookupId = (k) => 1 + ((k * 7919) % n);

// Linux: writing 5 to /proc/self/clear_refs resets the peak (VmHWM) that /proc/self/status reports.
function resetPeakRss() {
  try { fs.writeFileSync('/proc/self/clear_refs', '5'); } catch (e) { /* not Linux: the lifetime peak stays */ }
}
function peakRssMb() {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

async function timed(work) {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main() {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const { sequelize, Livre } = define(file);
  await sequelize.query('PRAGMA journal_mode = WAL');
  await sequelize.query('PRAGMA synchronous = NORMAL');
  await sequelize.sync();
  const result = { rows: n };
  // The rows are made inside the clock, as for every engine of bench/run.sh.
  result.insert_ms = await timed(() => sequelize.transaction((t) => {
    const rows = [];
    for (let i = 0; i < n; ++i) rows.push(row(i));
    return Livre.bulkCreate(rows, { validate: true, transaction: t });
  }));
  resetPeakRss(); // findAll's own peak, without the input rows built above
  result.findAll_ms = await timed(async () => {
    const all = await Livre.findAll();
    if (all.length !== n) throw new Error(`findAll read ${all.length} rows`);
  });
  result.findAll_peak_rss_mb = peakRssMb();
  result.findByPk10k_ms = await timed(async () => {
    for (let k = 0; k < 10000; ++k) if (!(await Livre.findByPk(lookupId(k)))) throw new Error('findByPk failed');
  });
  result.filtered100_ms = await timed(async () => {
    for (let k = 0; k < 100; ++k) {
      await Livre.findAll({
        where: { Genre: 'Roman', Prix: { [Op.gt]: 30 }, Annee: { [Op.between]: [1980, 1990] } },
        order: [['Prix', 'DESC']], limit: 20,
      });
    }
  });
  result.update10k_ms = await timed(() => sequelize.transaction(async (t) => {
    for (let k = 0; k < 10000; ++k) {
      const livre = await Livre.findByPk(lookupId(k), { transaction: t });
      livre.Prix = livre.Prix * 1.01;
      await livre.save({ transaction: t });
    }
  }));
  result.aggregate100_ms = await timed(async () => {
    for (let k = 0; k < 100; ++k) {
      await Livre.findAll({
        attributes: ['Genre', [fn('COUNT', col('ID')), 'n'], [fn('SUM', col('Ventes')), 'ventes'], [fn('AVG', col('Prix')), 'prix']],
        group: ['Genre'], raw: true,
      });
    }
  });
  result.peak_rss_mb = process.resourceUsage().maxRSS / 1024; // the whole run's peak
  await sequelize.close();
  console.log(JSON.stringify(result));
}

main().catch((e) => { console.error(`bench: ${e.message}`); process.exit(1); });
